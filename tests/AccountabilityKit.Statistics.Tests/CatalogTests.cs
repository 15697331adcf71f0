using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Statistics.Tests;

/// <summary>The Statistics catalogue holds both cultures in step (keys, placeholders, no English in zh-CN, no Han in English).</summary>
public sealed class CatalogTests() : MessageCatalogContractTests(Catalog.Instance);
