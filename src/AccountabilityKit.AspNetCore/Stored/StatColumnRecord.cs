namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>One column of a statistics table: its stable key and its label.</summary>
internal sealed record StatColumnRecord(string Key, string Label);
