namespace AccountabilityKit.Cli.Output;

/// <summary>A column of a data set: a stable key (JSON property, CSV header) and zh-CN/English headers for tables.</summary>
internal sealed record DataColumn(string Key, string Chinese, string English, bool AlignRight = false);
