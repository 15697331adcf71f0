namespace AccountabilityKit.Cli.Demo;

/// <summary>What a path names, without following a symbolic link and without opening it (opening a named pipe blocks).</summary>
internal enum PathKind
{
    /// <summary>Nothing: the path does not exist.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    RegularFile,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A symbolic link (to anything, or dangling).</summary>
    SymbolicLink,

    /// <summary>A device node, a named pipe (fifo) or a socket.</summary>
    Special,
}
