using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Accountability.Tests.Messages;

public sealed class CatalogTests() : MessageCatalogContractTests(Catalog.Instance);
