using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Documents.Tests;

public sealed class CatalogTests() : MessageCatalogContractTests(Catalog.Instance);
