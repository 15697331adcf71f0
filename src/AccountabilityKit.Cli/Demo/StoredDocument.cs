namespace AccountabilityKit.Cli.Demo;

/// <summary>A demo object stored as its JSON document (kind + key), for what the EF Core mapping does not cover.</summary>
internal sealed class StoredDocument
{
    public long Id { get; set; }

    public required string Kind { get; set; }

    public required string Key { get; set; }

    public required string Json { get; set; }
}
