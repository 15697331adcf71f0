using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Assessment.Tests;

public sealed class CatalogTests() : MessageCatalogContractTests(Catalog.Instance);
