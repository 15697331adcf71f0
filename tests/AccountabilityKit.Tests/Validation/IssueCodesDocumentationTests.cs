using AccountabilityKit.TestSupport;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Tests.Validation;

public sealed class IssueCodesDocumentationTests() : IssueCodeDocumentationTests(typeof(VocabularyIssueCodes), "AK", minimumCount: 20);
