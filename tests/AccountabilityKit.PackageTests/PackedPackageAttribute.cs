namespace AccountabilityKit.PackageTests;

/// <summary>Where the packed packages are and which version this build consumed (set by the project file).</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class PackedPackageAttribute(string folder, string version) : Attribute
{
    public string Folder { get; } = folder;

    public string Version { get; } = version;

    public static PackedPackageAttribute Current =>
        (PackedPackageAttribute)Attribute.GetCustomAttribute(typeof(PackedPackageAttribute).Assembly, typeof(PackedPackageAttribute))!;
}
