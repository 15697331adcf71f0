using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AccountabilityKit.Documents.Tests.TestSupport;

/// <summary>Writes a document to bytes and reads it back with DocumentFormat.OpenXml.</summary>
internal sealed class Docx : IDisposable
{
    private readonly MemoryStream _stream;

    private Docx(byte[] bytes)
    {
        Bytes = bytes;
        _stream = new MemoryStream(bytes, writable: false);
        Package = WordprocessingDocument.Open(_stream, isEditable: false);
    }

    public byte[] Bytes { get; }

    public WordprocessingDocument Package { get; }

    public Body Body => Package.MainDocumentPart!.Document.Body!;

    public static Docx Of(Action<Stream> write)
    {
        using var output = new MemoryStream();
        write(output);
        return new Docx(output.ToArray());
    }

    /// <summary>Every schema error OpenXmlValidator finds (Office 2019 rules).</summary>
    public IReadOnlyList<string> ValidationErrors() =>
        [.. new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(Package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];

    /// <summary>The text of every body paragraph outside tables, in order.</summary>
    public IReadOnlyList<string> Paragraphs() =>
        [.. Body.Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0)];

    public IReadOnlyList<Table> Tables() => [.. Body.Elements<Table>()];

    /// <summary>The cell texts of a table's rows, header first.</summary>
    public static IReadOnlyList<string[]> Rows(Table table) =>
        [.. table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray())];

    public string AllText => Body.InnerText;

    public void Dispose()
    {
        Package.Dispose();
        _stream.Dispose();
    }
}
