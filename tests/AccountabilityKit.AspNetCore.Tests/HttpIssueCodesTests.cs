using AccountabilityKit.TestSupport;

namespace AccountabilityKit.AspNetCore.Tests;

public sealed class HttpIssueCodesTests() : IssueCodeDocumentationTests(typeof(HttpIssueCodes), "HT", minimumCount: 4);
