using System.Globalization;
using System.Xml.Linq;
using NodaTime;

namespace AccountabilityKit.Documents.Layout;

/// <summary>
/// Writes docProps/core.xml by hand: System.IO.Packaging's own properties part gets a random name and relationship id
/// in every package, which would make the same document differ byte for byte.
/// </summary>
internal static class CoreProperties
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(Stream stream, string title, string creator, string language, Instant? at)
    {
        var root = new XElement(
            Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XElement(Dc + "title", title),
            new XElement(Dc + "creator", creator),
            new XElement(Dc + "language", language));
        if (at is { } instant)
        {
            var text = instant.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
            root.Add(new XElement(DcTerms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), text));
            root.Add(new XElement(DcTerms + "modified", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), text));
        }

        new XDocument(new XDeclaration("1.0", "utf-8", "yes"), root).Save(stream, SaveOptions.DisableFormatting);
    }
}
