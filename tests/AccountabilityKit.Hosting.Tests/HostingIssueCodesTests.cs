using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Hosting.Tests;

public sealed class HostingIssueCodesTests() : IssueCodeDocumentationTests(typeof(HostingIssueCodes), "HO", minimumCount: 2);
