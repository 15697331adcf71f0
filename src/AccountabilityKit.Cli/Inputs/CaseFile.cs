using System.Text.Json;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Cli.Inputs;

/// <summary>Reads accountability cases: one case object (the package's case JSON) or an array of them, told apart by the first JSON token (comments skipped).</summary>
internal static class CaseFile
{
    public static IReadOnlyList<(string Path, AccountabilityCase? Case, ValidationReport Report)> Read(string path)
    {
        var json = InputFiles.ReadText(path, nameof(Messages.FileKindCase));
        // The first token decides, after whitespace and comments (which the case JSON allows): an array of cases or one case.
        if (!InputFiles.StartsWithArray(json))
        {
            var ok = AccountabilityCaseJson.TryLoad(json, out var single, out var report);
            if (!ok)
            {
                InputFiles.ThrowIfNotJson(report, path);
            }

            return [("$", ok ? single : null, report)];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new UsageException(Catalog.Of(nameof(Messages.FileNotJsonAtLine), ("path", path), ("line", (e.LineNumber ?? 0) + 1)), e);
        }

        using (document)
        {
            var results = new List<(string, AccountabilityCase?, ValidationReport)>();
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var prefix = JsonPaths.Index("$", index++);
                var ok = AccountabilityCaseJson.TryLoad(element.GetRawText(), out var item, out var report);
                results.Add((prefix, ok ? item : null, report.Under(prefix)));
            }

            return results;
        }
    }
}
