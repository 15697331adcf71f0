using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Hosting.Tests;

public sealed class ReadmeSamplesTests() : ReadmeSamplesCompileTests("PackageReadme.md", "PackageReadme.zh-CN.md");
