using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Cli.Tests;

/// <summary>The repository's root READMEs (English and zh-CN): every C# block compiles as a user's console program.</summary>
public sealed class RootReadmeBlocksTests() : ReadmeSamplesCompileTests("RootReadme.md", "RootReadme.zh-CN.md");
