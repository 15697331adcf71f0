using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Assessment.Tests;

public sealed class AssessmentIssueCodesTests() : IssueCodeDocumentationTests(typeof(AssessmentIssueCodes), "AS", minimumCount: 20);
