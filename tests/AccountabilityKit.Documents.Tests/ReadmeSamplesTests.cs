using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Documents.Tests;

public sealed class ReadmeSamplesTests() : ReadmeSamplesCompileTests("PackageReadme.md", "PackageReadme.zh-CN.md");
