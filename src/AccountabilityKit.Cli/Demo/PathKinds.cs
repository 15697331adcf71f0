using System.Runtime.InteropServices;
using System.Text;

namespace AccountabilityKit.Cli.Demo;

/// <summary>Finds the <see cref="PathKind"/> of a path: <c>statx(2)</c> on Linux, file attributes elsewhere.</summary>
internal static class PathKinds
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;
    private const int LinkType = 0xA000;
    private const int NoEntry = 2;
    private const int NotDirectory = 20;

    /// <summary>The kind of <paramref name="path"/>.</summary>
    public static PathKind Of(string path)
    {
        if (OperatingSystem.IsLinux() && TryStatx(path, out var kind))
        {
            return kind;
        }

        // Elsewhere .NET tells directories and links apart; device nodes of other systems are not recognised.
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return PathKind.SymbolicLink;
        }

        if (System.IO.Directory.Exists(path))
        {
            return PathKind.Directory;
        }

        return info.Exists ? PathKind.RegularFile : PathKind.Missing;
    }

    private static bool TryStatx(string path, out PathKind kind)
    {
        kind = PathKind.Missing;
        var name = Encoding.UTF8.GetBytes(path + "\0");
        var buffer = new byte[256];
        int result;
        try
        {
            result = Statx(AtFdCwd, name, AtSymlinkNoFollow, StatxType, buffer);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }

        if (result != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error is NoEntry or NotDirectory)
            {
                return true;
            }

            // Another failure (no permission to look): let the caller's own attempt report it.
            return false;
        }

        kind = (BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask) switch
        {
            RegularType => PathKind.RegularFile,
            DirectoryType => PathKind.Directory,
            LinkType => PathKind.SymbolicLink,
            _ => PathKind.Special,
        };
        return true;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code in the project; the arguments are blittable arrays.
    private static extern int Statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);
#pragma warning restore SYSLIB1054
}
