using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Cli.Demo;

/// <summary>
/// The demo's claim on its database path for one run. The tool touches only what it owns: the path must name nothing
/// yet, or a regular file an earlier <c>akit demo</c> wrote (its SQLite header carries <see cref="ApplicationId"/>);
/// a directory, a symbolic link, a device, a named pipe or a socket, a foreign file, a missing or unwritable directory
/// are refused (exit 2) before any work. The claim holds an exclusive lock on <c>FILE.lock</c>, so a second run on the
/// same path at the same time is refused as "in use". The database is written to a new file of this run beside it and
/// renamed over the path only when complete (<see cref="Commit"/>); on failure that file is removed.
/// </summary>
internal sealed class DemoDatabaseFile : IDisposable
{
    /// <summary>The SQLite <c>application_id</c> the demo stamps on its database: "AKIT" in ASCII.</summary>
    public const int ApplicationId = 0x414B4954;

    /// <summary>The statement that stamps <see cref="ApplicationId"/> (1095453012) on a database.</summary>
    public const string StampApplicationId = "PRAGMA application_id = 1095453012";

    private readonly FileStream _lock;
    private readonly bool _createdLock;
    private readonly string _lockPath;
    private string? _scratch;

    private DemoDatabaseFile(string path, string fullPath, string lockPath, FileStream lockStream, bool createdLock)
    {
        Path = path;
        FullPath = fullPath;
        _lockPath = lockPath;
        _lock = lockStream;
        _createdLock = createdLock;
    }

    /// <summary>The path as given.</summary>
    public string Path { get; }

    /// <summary>The absolute path.</summary>
    public string FullPath { get; }

    /// <summary>Checks <paramref name="path"/> and takes the lock, or throws a <see cref="UsageException"/> saying why not.</summary>
    public static DemoDatabaseFile Claim(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw UsageException.Of(nameof(Messages.DatabasePathEmpty));
        }

        string full;
        try
        {
            full = System.IO.Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UsageException(Catalog.Of(nameof(Messages.DatabaseCannotRecreate), ("path", path), ("reason", e.Message)), e);
        }

        if (System.IO.Path.EndsInDirectorySeparator(full))
        {
            throw UsageException.Of(nameof(Messages.DatabaseIsDirectory), ("path", path));
        }

        var directory = System.IO.Path.GetDirectoryName(full) ?? full;
        if (PathKinds.Of(directory) != PathKind.Directory)
        {
            throw UsageException.Of(nameof(Messages.DatabaseDirectoryMissing), ("path", path), ("directory", directory));
        }

        RequireOwnOrMissing(full, path);
        var lockPath = full + ".lock";
        RequireRegularOrMissing(lockPath, lockPath);
        var (stream, created) = OpenLock(lockPath, path, directory);
        try
        {
            // Checked again under the lock: another run may have written the file meanwhile.
            RequireOwnOrMissing(full, path);
            return new DemoDatabaseFile(path, full, lockPath, stream, created);
        }
        catch
        {
            Release(stream, created, lockPath);
            throw;
        }
    }

    /// <summary>
    /// A new, empty file of this run in the database's directory, for SQLite to fill (created exclusively: nothing is
    /// overwritten). A second call returns the same file.
    /// </summary>
    public string CreateScratch()
    {
        if (_scratch is not null)
        {
            return _scratch;
        }

        var directory = System.IO.Path.GetDirectoryName(FullPath)!;
        var scratch = FullPath + "." + Guid.NewGuid().ToString("N")[..12] + ".tmp";
        try
        {
            using (new FileStream(scratch, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(Catalog.Of(nameof(Messages.DatabaseDirectoryNotWritable), ("directory", directory), ("reason", e.Message)), e);
        }

        _scratch = scratch;
        return scratch;
    }

    /// <summary>
    /// Puts the finished scratch file in place: renamed onto the path when it names nothing, or over the earlier demo
    /// database it names (checked once more, under the lock).
    /// </summary>
    public void Commit()
    {
        var scratch = _scratch ?? throw new InvalidOperationException("Nothing was written.");
        var existing = RequireOwnOrMissing(FullPath, Path);
        try
        {
            File.Move(scratch, FullPath, overwrite: existing == PathKind.RegularFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(Catalog.Of(nameof(Messages.DatabaseCannotRecreate), ("path", Path), ("reason", e.Message)), e);
        }

        _scratch = null;
    }

    /// <summary>Removes the scratch file if it was not committed, and releases the lock (removing the lock file if this run created it).</summary>
    public void Dispose()
    {
        if (_scratch is { } scratch)
        {
            _scratch = null;
            TryDelete(scratch);
            TryDelete(scratch + "-journal");
        }

        Release(_lock, _createdLock, _lockPath);
    }

    /// <summary>Whether <paramref name="path"/> (a regular file) is a SQLite database with the demo's application id.</summary>
    public static bool IsDemoDatabase(string path)
    {
        var header = new byte[100];
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length)
            {
                return false;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        return header.AsSpan(0, 16).SequenceEqual("SQLite format 3\0"u8)
            && System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(68, 4)) == ApplicationId;
    }

    private static PathKind RequireOwnOrMissing(string full, string shown)
    {
        var kind = RequireRegularOrMissing(full, shown);
        if (kind == PathKind.RegularFile && !IsDemoDatabase(full))
        {
            throw UsageException.Of(nameof(Messages.DatabaseNotOwnFile), ("path", shown));
        }

        return kind;
    }

    private static PathKind RequireRegularOrMissing(string full, string shown)
    {
        var kind = PathKinds.Of(full);
        var refusal = kind switch
        {
            PathKind.Directory => nameof(Messages.DatabaseIsDirectory),
            PathKind.SymbolicLink => nameof(Messages.DatabaseIsSymbolicLink),
            PathKind.Special => nameof(Messages.DatabaseIsSpecialFile),
            _ => null,
        };
        if (refusal is not null)
        {
            throw UsageException.Of(refusal, ("path", shown));
        }

        return kind;
    }

    private static (FileStream Stream, bool Created) OpenLock(string lockPath, string path, string directory)
    {
        try
        {
            return (new FileStream(lockPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None), true);
        }
        catch (IOException) when (File.Exists(lockPath))
        {
            // Held by a run now, or left by an earlier run that ended without removing it: the lock decides.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(Catalog.Of(nameof(Messages.DatabaseDirectoryNotWritable), ("directory", directory), ("reason", e.Message)), e);
        }

        try
        {
            return (new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None), false);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UsageException(Catalog.Of(nameof(Messages.DatabaseDirectoryNotWritable), ("directory", directory), ("reason", e.Message)), e);
        }
        catch (IOException e)
        {
            // An exclusive lock (flock on Unix, a sharing violation on Windows) held by another run.
            throw new UsageException(Catalog.Of(nameof(Messages.DatabaseInUse), ("path", path)), e);
        }
    }

    private static void Release(FileStream stream, bool created, string lockPath)
    {
        if (created)
        {
            // Removed while still held, so no other run can take a lock on a file that is about to vanish.
            TryDelete(lockPath);
        }

        stream.Dispose();
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a file of this run that cannot be removed is left behind, never something else.
        }
    }
}
