namespace AccountabilityKit.Documents;

/// <summary>The fonts of a document, one per role, as GB/T 9704-2012 names them (see <see cref="Standard"/>).</summary>
public sealed record DocumentFonts
{
    /// <summary>The fonts the standard names: title 方正小标宋简体, body 仿宋_GB2312, first-level headings 黑体, second-level headings 楷体_GB2312, page numbers 宋体.</summary>
    public static DocumentFonts Standard { get; } = new();

    /// <summary>The title's font (2号小标宋, 22 pt); falls back to 华文中宋.</summary>
    public DocumentFont Title { get; init; } = new("方正小标宋简体", "华文中宋");

    /// <summary>The body's font (3号仿宋, 16 pt); falls back to 仿宋 (then the viewer's FangSong or Noto Serif CJK SC).</summary>
    public DocumentFont Body { get; init; } = new("仿宋_GB2312", "仿宋");

    /// <summary>The first-level headings' font (一、…, 3号黑体); falls back to SimHei.</summary>
    public DocumentFont Heading { get; init; } = new("黑体", "SimHei");

    /// <summary>The second-level headings' font ((一)…, 3号楷体); falls back to 楷体.</summary>
    public DocumentFont SubHeading { get; init; } = new("楷体_GB2312", "楷体");

    /// <summary>The page numbers' font (4号宋体, 14 pt); falls back to SimSun.</summary>
    public DocumentFont PageNumber { get; init; } = new("宋体", "SimSun");
}
