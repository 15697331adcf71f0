namespace AccountabilityKit.Accountability;

/// <summary>The stable issue codes of AccountabilityKit.Accountability (documented in the package README).</summary>
public static class AccountabilityIssueCodes
{
    /// <summary>A regulation pack has an unsupported <c>formatVersion</c>.</summary>
    public const string UnsupportedFormatVersion = "AC001";

    /// <summary>A regulation pack names a regulation version that is not supported (ARR2016 or ARR2019).</summary>
    public const string UnknownRegulationVersion = "AC002";

    /// <summary>A pack entry has no citation.</summary>
    public const string MissingCitation = "AC003";

    /// <summary>A pack entry's citation is malformed or names an unknown regulation.</summary>
    public const string InvalidCitation = "AC004";

    /// <summary>Two entries of one pack section share an id.</summary>
    public const string DuplicateEntryId = "AC005";

    /// <summary>A pack extends a pack that (directly or through others) extends it: a cyclic override.</summary>
    public const string CyclicOverride = "AC006";

    /// <summary>A pack extends a pack that is not loaded.</summary>
    public const string UnknownBasePack = "AC007";

    /// <summary>A pack extends a pack of another regulation version.</summary>
    public const string BaseVersionMismatch = "AC008";

    /// <summary>A number in a pack (severity, months, days) is out of range.</summary>
    public const string NumberOutOfRange = "AC009";

    /// <summary>A pack id is empty, blank or not a simple identifier.</summary>
    public const string InvalidPackId = "AC010";

    /// <summary>A form entry names a form that does not fit the subject kind, or two forms of a subject kind share a severity.</summary>
    public const string InconsistentForm = "AC011";

    /// <summary>A case decides a form that the pack does not allow for the subject kind (ARR2019 Art. 8).</summary>
    public const string FormNotAllowedForSubject = "AC020";

    /// <summary>A case's authority may only propose the form it decided (ARR2019 Art. 12).</summary>
    public const string AuthorityMayOnlyPropose = "AC021";

    /// <summary>The pack's authority matrix has no entry letting the case's authority decide the form (ARR2019 Art. 12).</summary>
    public const string AuthorityHasNoPower = "AC022";

    /// <summary>An organisation is held to account without any responsible member of its leadership team (ARR2019 Art. 6(2)).</summary>
    public const string OrganizationWithoutTeamMembers = "AC023";

    /// <summary>A subject is exempted or not pursued and yet given a form (ARR2019 Art. 17).</summary>
    public const string ExemptionWithForm = "AC024";

    /// <summary>The case's dates are out of order (start approved, decision, delivery).</summary>
    public const string DatesOutOfOrder = "AC025";

    /// <summary>A separate accountability investigation of a subject already on file for disciplinary review (ARR2019 Art. 9).</summary>
    public const string SubjectAlreadyOnFile = "AC026";

    /// <summary>A typical case to be circulated has no notice batch.</summary>
    public const string TypicalCaseWithoutBatch = "AC027";

    /// <summary>A case cites no Art. 7 circumstance, or a circumstance the pack's regulation version does not know.</summary>
    public const string MissingCircumstance = "AC028";

    /// <summary>A modifier has no evidence.</summary>
    public const string ModifierWithoutEvidence = "AC029";

    /// <summary>A form needs its kind (organisational adjustment kind, sanction) or has a kind without the form.</summary>
    public const string FormKindMismatch = "AC030";

    /// <summary>A case has no subject, or holds one subject to account twice.</summary>
    public const string InvalidSubjects = "AC031";

    /// <summary>An identifier, text or number of a case or an input is empty or out of range.</summary>
    public const string InvalidValue = "AC032";

    /// <summary>The investigation team has fewer than two members, or names one twice (ARR2019 Art. 10).</summary>
    public const string InvestigationTeamTooSmall = "AC033";

    /// <summary>A subject's unit is outside the deciding authority's unit subtree, or a unit is not in the organisation tree (ARR2019 Art. 12: the Party organisation with management authority decides).</summary>
    public const string OutsideManagementAuthority = "AC034";

    /// <summary>The authority may decide a form only after approval by the same-level Party committee or its principal leader, and the case records no approval (ARR2019 Art. 12).</summary>
    public const string ApprovalMissing = "AC035";

    /// <summary>The recorded approval is not by the Party committee (party group) of the deciding authority's unit or its principal leader, or is dated after the decision (ARR2019 Art. 12).</summary>
    public const string ApprovalByWrongBody = "AC036";
}
