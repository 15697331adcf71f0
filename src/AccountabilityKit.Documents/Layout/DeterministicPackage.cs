using System.IO.Compression;

namespace AccountabilityKit.Documents.Layout;

/// <summary>Copies a package's zip with every entry in the same order and a fixed entry time, so the same document gives the same bytes.</summary>
internal static class DeterministicPackage
{
    /// <summary>The time stamped on every entry: the earliest a zip can hold.</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void CopyTo(MemoryStream package, Stream output)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
