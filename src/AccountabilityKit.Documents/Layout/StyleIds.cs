namespace AccountabilityKit.Documents.Layout;

/// <summary>The style ids the documents use (identifiers, not text).</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Body = "BodyText";
    public const string TableText = "TableText";
    public const string Caption = "Caption";
}
