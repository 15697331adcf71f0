using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Cli.Tests;

/// <summary>The Cli catalogue: both cultures, the same placeholders, Chinese that reads as Chinese, English without Han.</summary>
public sealed class CatalogTests() : MessageCatalogContractTests(Catalog.Instance);
