using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Accountability.Tests;

public sealed class IssueCodesDocumentationTests() : IssueCodeDocumentationTests(typeof(AccountabilityIssueCodes), "AC", minimumCount: 20);
