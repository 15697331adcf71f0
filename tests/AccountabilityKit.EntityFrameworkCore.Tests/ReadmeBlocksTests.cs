using AccountabilityKit.TestSupport;

namespace AccountabilityKit.EntityFrameworkCore.Tests;

/// <summary>Every C# block of the package's READMEs (English and zh-CN) compiles as written, providers included.</summary>
public sealed class ReadmeBlocksTests() : ReadmeSamplesCompileTests("PackageReadme.md", "PackageReadme.zh-CN.md");
