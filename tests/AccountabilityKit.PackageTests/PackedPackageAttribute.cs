namespace AccountabilityKit.PackageTests;

/// <summary>Where the packed packages are and which version this build consumed (set by the project file).</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class PackedPackageAttribute(string folder, string version) : Attribute
{
    public string Folder { get; } = folder;

    public string Version { get; } = version;

    /// <summary>The version of the AccountabilityKit packages this build restored (read from the loaded assembly).</summary>
    public static string ConsumedVersion => typeof(AccountabilityKit.Organization.OrgTree).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
        .Cast<System.Reflection.AssemblyInformationalVersionAttribute>()
        .Single().InformationalVersion.Split('+')[0];

    public static PackedPackageAttribute Current =>
        (PackedPackageAttribute)Attribute.GetCustomAttribute(typeof(PackedPackageAttribute).Assembly, typeof(PackedPackageAttribute))!;
}
