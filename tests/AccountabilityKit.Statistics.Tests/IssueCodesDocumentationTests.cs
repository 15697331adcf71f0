using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Statistics.Tests;

public sealed class IssueCodesDocumentationTests() : IssueCodeDocumentationTests(typeof(StatisticsIssueCodes), "ST", minimumCount: 8);
