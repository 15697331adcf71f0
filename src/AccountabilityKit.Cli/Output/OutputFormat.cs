namespace AccountabilityKit.Cli.Output;

/// <summary>How a command writes its data: a table for people, JSON or CSV for programs.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<OutputFormat>))]
internal enum OutputFormat
{
    /// <summary>Tables and text (the default).</summary>
    Table,

    /// <summary>One JSON document on standard output.</summary>
    Json,

    /// <summary>Comma-separated values with a header row (RFC 4180 quoting).</summary>
    Csv,
}
