using System.Collections.Immutable;

namespace AccountabilityKit.Checklists.Tailoring;

/// <summary>One tailored item of a responsibility checklist: the duties it covers and how the owner will perform them.</summary>
public sealed record ChecklistItem
{
    /// <summary>Creates an item (checked by <see cref="ChecklistValidator"/>, not here).</summary>
    /// <param name="id">The item id, unique within the checklist.</param>
    /// <param name="dutyCodes">The template duties it covers.</param>
    /// <param name="content">What the owner is responsible for (责任内容).</param>
    /// <param name="measures">How it will be done (工作措施).</param>
    /// <param name="milestones">The scheduled progress (序时进度).</param>
    /// <param name="completionStandard">What "done" looks like (完成标准).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A duty code or a milestone is null (so <see cref="ChecklistValidator"/> never meets one).</exception>
    public ChecklistItem(string id, IEnumerable<string> dutyCodes, string content, string measures, IEnumerable<Milestone> milestones, string completionStandard)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(dutyCodes);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(milestones);
        ArgumentNullException.ThrowIfNull(completionStandard);
        Id = id;
        DutyCodes = [.. dutyCodes];
        Content = content;
        Measures = measures;
        Milestones = [.. milestones];
        if (DutyCodes.Any(static c => c is null))
        {
            throw new ArgumentException("A duty code is null.", nameof(dutyCodes));
        }

        if (Milestones.Any(static m => m is null))
        {
            throw new ArgumentException("A milestone is null.", nameof(milestones));
        }

        CompletionStandard = completionStandard;
    }

    /// <summary>The item id, unique within the checklist.</summary>
    public string Id { get; }

    /// <summary>The template duties it covers.</summary>
    public ImmutableArray<string> DutyCodes { get; }

    /// <summary>What the owner is responsible for (责任内容).</summary>
    public string Content { get; }

    /// <summary>How it will be done (工作措施).</summary>
    public string Measures { get; }

    /// <summary>The scheduled progress (序时进度).</summary>
    public ImmutableArray<Milestone> Milestones { get; init; }

    /// <summary>What "done" looks like (完成标准).</summary>
    public string CompletionStandard { get; }
}
