using AccountabilityKit.TestSupport;

namespace AccountabilityKit.AspNetCore.Tests;

public sealed class StoredDataIssueCodesTests() : IssueCodeDocumentationTests(typeof(StoredDataIssueCodes), "HTD", minimumCount: 9);
