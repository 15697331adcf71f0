using System.Collections.Immutable;

namespace AccountabilityKit.Checklists.Templates;

/// <summary>A group of duties in a template (方面).</summary>
public sealed record Aspect
{
    /// <summary>Creates an aspect.</summary>
    /// <param name="code">The code, e.g. <c>C06</c>.</param>
    /// <param name="title">The title, zh-CN.</param>
    /// <param name="order">The position in the template, from 1.</param>
    /// <param name="duties">The duties, in order.</param>
    public Aspect(string code, string title, int order, IEnumerable<Duty> duties)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(duties);
        Code = code;
        Title = title;
        Order = order;
        Duties = [.. duties];
    }

    /// <summary>The code, e.g. <c>C06</c>.</summary>
    public string Code { get; }

    /// <summary>The title, zh-CN.</summary>
    public string Title { get; }

    /// <summary>The position in the template, from 1.</summary>
    public int Order { get; }

    /// <summary>The duties, in order.</summary>
    public ImmutableArray<Duty> Duties { get; }
}
