using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Checklists.Tests.Messages;

public sealed class CatalogTests() : MessageCatalogContractTests(Catalog.Instance);
