namespace AccountabilityKit.Checklists;

/// <summary>
/// The stable issue codes of <c>AccountabilityKit.Checklists</c> (prefix <c>CL</c>), each documented with an example
/// in the package README under "Issue codes".
/// </summary>
public static class ChecklistsIssueCodes
{
    /// <summary>A template's id is empty or blank.</summary>
    public const string EmptyTemplateId = "CL001";

    /// <summary>A template's year is outside 1900..9999, or not the year the caller expected.</summary>
    public const string WrongYear = "CL002";

    /// <summary>A template's version is below 1.</summary>
    public const string InvalidVersion = "CL003";

    /// <summary>A required text (template title, aspect title, duty text) is empty or blank.</summary>
    public const string EmptyText = "CL004";

    /// <summary>Two aspects share one code.</summary>
    public const string DuplicateAspectCode = "CL005";

    /// <summary>Two duties share one code (anywhere in the template).</summary>
    public const string DuplicateDutyCode = "CL006";

    /// <summary>An aspect has no duties.</summary>
    public const string AspectWithoutDuties = "CL007";

    /// <summary>A duty names a role that is not <c>team</c>, <c>secretary</c>, <c>member</c> or <c>disciplineSecretary</c>, or names no role.</summary>
    public const string UnknownRole = "CL008";

    /// <summary>A duty's frequency is not <c>monthly</c>, <c>quarterly</c>, <c>halfYearly</c> or <c>yearly</c>.</summary>
    public const string UnknownFrequency = "CL009";

    /// <summary>A duty's lineage is inconsistent: <c>same</c>/<c>changed</c> without a previous code, <c>new</c> with one, or two duties continuing one previous duty.</summary>
    public const string InvalidLineage = "CL010";

    /// <summary>A template applies to no unit kind.</summary>
    public const string NoUnitKinds = "CL011";

    /// <summary>A code (aspect or duty) is empty or blank.</summary>
    public const string EmptyCode = "CL012";

    /// <summary>A row of the tab-separated template form is malformed: wrong column count, bad <c>mandatory</c> flag, or a header that is not the documented one.</summary>
    public const string MalformedTableRow = "CL013";

    /// <summary>A checklist document has an empty id or template id, or an owner naming a person without a role (or a role without a person).</summary>
    public const string EmptyChecklistField = "CL014";

    /// <summary>A mandatory duty (规定动作) that applies to the owner's role is covered by no item.</summary>
    public const string MandatoryDutyNotCovered = "CL020";

    /// <summary>An item covers a duty code the template does not have, or covers no duty at all.</summary>
    public const string UnknownDuty = "CL021";

    /// <summary>An item's content (责任内容) is empty or blank.</summary>
    public const string EmptyContent = "CL022";

    /// <summary>An item's measures (工作措施) are empty or blank.</summary>
    public const string EmptyMeasures = "CL023";

    /// <summary>An item's completion standard (完成标准) is empty or blank.</summary>
    public const string EmptyCompletionStandard = "CL024";

    /// <summary>An item has no milestone (序时进度).</summary>
    public const string NoMilestones = "CL025";

    /// <summary>A milestone is due outside the template's year, or has an empty deliverable.</summary>
    public const string MilestoneOutsideYear = "CL026";

    /// <summary>An item's milestones are not in ascending order of due date.</summary>
    public const string MilestonesOutOfOrder = "CL027";

    /// <summary>The template tags a duty of the owner's role <c>first-form</c> (第一种形态) but no item covering it names a first-form measure (谈心谈话, 提醒谈话, 诫勉谈话, 回访谈话, 日常监督检查).</summary>
    public const string NoFirstFormMeasure = "CL028";

    /// <summary>An item's content merely repeats the duty text (no tailoring — 上下一般粗).</summary>
    public const string ContentRepeatsDuty = "CL029";

    /// <summary>The checklist names another template or another year than the template it is validated against.</summary>
    public const string TemplateMismatch = "CL030";

    /// <summary>Two items of one checklist share one id, or an item id is empty.</summary>
    public const string DuplicateItemId = "CL031";

    /// <summary>An item covers a duty that does not apply to the owner's role (warning).</summary>
    public const string DutyNotForRole = "CL032";

    /// <summary>Carry-forward: the item's duty was withdrawn in the new template; the item is dropped.</summary>
    public const string DutyWithdrawn = "CL040";

    /// <summary>Carry-forward: the item's duty continues with changed text; the item is kept and must be reviewed (warning).</summary>
    public const string DutyChanged = "CL041";

    /// <summary>Carry-forward: the new template has a duty for the owner's role that no carried item covers (warning).</summary>
    public const string NewDutyUncovered = "CL042";

    /// <summary>A review was returned without any reason (validation code or text).</summary>
    public const string ReturnWithoutReason = "CL050";

    /// <summary>A duty record has an empty description, a person-time count below 1, or an empty evidence reference.</summary>
    public const string InvalidDutyRecord = "CL060";

    /// <summary>Similarity options are out of range (n-gram size, thresholds, MinHash bands × rows).</summary>
    public const string InvalidSimilarityOptions = "CL070";
}
