using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Tests;

public sealed class ReadmeSamplesTests() : ReadmeSamplesCompileTests("PackageReadme.md", "PackageReadme.zh-CN.md")
{
    [Fact]
    public void Compile_UndefinedName_IsReported() =>
        Compile("using AccountabilityKit.Organization;\nvar tree = OrgTree.Build(unitsThatDoNotExist);")
            .Should().ContainSingle().Which.Should().Contain("CS0103");
}
