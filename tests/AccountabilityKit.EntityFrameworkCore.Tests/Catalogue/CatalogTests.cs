using AccountabilityKit.TestSupport;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Catalogue;

/// <summary>The EntityFrameworkCore catalogue: both cultures, same keys and placeholders, Chinese reads as Chinese.</summary>
public sealed class CatalogTests() : MessageCatalogContractTests(Catalog.Instance)
{
    [Fact]
    public void Catalog_IsNamedAfterThePackage()
    {
        Catalog.Instance.Name.Should().Be("EntityFrameworkCore");
        Catalog.Instance.Ids.Should().OnlyContain(id => id.StartsWith("EntityFrameworkCore.", StringComparison.Ordinal));
    }
}
