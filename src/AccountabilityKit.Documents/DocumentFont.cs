namespace AccountabilityKit.Documents;

/// <summary>
/// A font as GB/T 9704-2012 names it, with the font a viewer should use when it is missing. The name is written into
/// every run (<c>w:rFonts</c>, east-Asian and Latin slots alike); the fallback goes into the document's font table
/// (<c>w:altName</c>), which Word honours; LibreOffice and other viewers substitute through their own tables
/// (fontconfig). A missing font never fails: substitution is the viewer's.
/// </summary>
/// <param name="Name">The font's name, e.g. <c>仿宋_GB2312</c>.</param>
/// <param name="Fallback">The font to use when <paramref name="Name"/> is not installed, e.g. <c>仿宋</c>.</param>
public sealed record DocumentFont(string Name, string Fallback);
