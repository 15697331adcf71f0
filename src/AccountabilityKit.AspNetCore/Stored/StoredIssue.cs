namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>One issue of a problem answer: the kit's code, severity, JSON path, message id and rendered message.</summary>
internal sealed record StoredIssue(string Code, string Severity, string Path, string MessageId, string Message, string? Citation);
