using AccountabilityKit.TestSupport;

namespace AccountabilityKit.AspNetCore.Tests;

public sealed class ReadmeSamplesTests() : ReadmeSamplesCompileTests("PackageReadme.md", "PackageReadme.zh-CN.md");
