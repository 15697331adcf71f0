using System.Collections.Frozen;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Citations;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>
/// Checks an <see cref="AccountabilityCase"/> against the regulation pack of its version and reports every problem at
/// once, each with a stable code, the JSON path of the field and the article it rests on.
/// </summary>
public static class AccountabilityRules
{
    private static readonly Lazy<RegulationPackCatalog> DefaultCatalog = new(RegulationPackCatalog.CreateDefault);

    private static readonly FrozenDictionary<string, (Citation Citation, VerificationStatus Status)> Bases = new Dictionary<string, (Citation, VerificationStatus)>
    {
        [AccountabilityIssueCodes.FormNotAllowedForSubject] = (Citation.Parse("ARR2019 Art. 8"), VerificationStatus.Verified),
        [AccountabilityIssueCodes.AuthorityMayOnlyPropose] = (Citation.Parse("ARR2019 Art. 12"), VerificationStatus.Verified),
        [AccountabilityIssueCodes.AuthorityHasNoPower] = (Citation.Parse("ARR2019 Art. 12"), VerificationStatus.Verified),
        [AccountabilityIssueCodes.OrganizationWithoutTeamMembers] = (Citation.Parse("ARR2019 Art. 6(2)"), VerificationStatus.Verified),
        [AccountabilityIssueCodes.ExemptionWithForm] = (Citation.Parse("ARR2019 Art. 17"), VerificationStatus.Verified),
        [AccountabilityIssueCodes.DatesOutOfOrder] = (Citation.Parse("ARR2019 Art. 9"), VerificationStatus.Verified),
        [AccountabilityIssueCodes.SubjectAlreadyOnFile] = (Citation.Parse("ARR2019 Art. 9"), VerificationStatus.Verified),
        [AccountabilityIssueCodes.TypicalCaseWithoutBatch] = (Citation.Parse("ARR2019 Art. 15"), VerificationStatus.PartlyVerified),
        [AccountabilityIssueCodes.MissingCircumstance] = (Citation.Parse("ARR2019 Art. 7"), VerificationStatus.Verified),
        [AccountabilityIssueCodes.ModifierWithoutEvidence] = (Citation.Parse("ARR2019 Art. 10"), VerificationStatus.Verified),
        [AccountabilityIssueCodes.FormKindMismatch] = (Citation.Parse("ARR2019 Art. 8"), VerificationStatus.Verified),
        [AccountabilityIssueCodes.InvalidSubjects] = (Citation.Parse("ARR2019 Art. 5"), VerificationStatus.Verified),
        [AccountabilityIssueCodes.InvestigationTeamTooSmall] = (Citation.Parse("ARR2019 Art. 10"), VerificationStatus.Verified),
        [AccountabilityIssueCodes.OutsideManagementAuthority] = (Citation.Parse("ARR2019 Art. 12"), VerificationStatus.Verified),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The article each case rule rests on, with its verification status.</summary>
    /// <param name="code">A case-rule code (AC020 and above).</param>
    /// <param name="citation">The article.</param>
    /// <param name="status">Its verification status.</param>
    /// <returns>True when <paramref name="code"/> is a case-rule code.</returns>
    public static bool TryGetBasis(string code, out Citation citation, out VerificationStatus status)
    {
        ArgumentNullException.ThrowIfNull(code);
        var found = Bases.TryGetValue(code, out var basis);
        (citation, status) = basis;
        return found;
    }

    private static readonly FrozenDictionary<string, string> ChineseTitles = new Dictionary<string, string>
    {
        [AccountabilityIssueCodes.FormNotAllowedForSubject] = "问责方式不适用于该问责对象",
        [AccountabilityIssueCodes.AuthorityMayOnlyPropose] = "问责主体只能提出建议",
        [AccountabilityIssueCodes.AuthorityHasNoPower] = "问责主体无相应权限",
        [AccountabilityIssueCodes.OrganizationWithoutTeamMembers] = "问责党组织未同时问责领导班子有关成员",
        [AccountabilityIssueCodes.ExemptionWithForm] = "免予或者不予问责却作出问责方式",
        [AccountabilityIssueCodes.DatesOutOfOrder] = "日期先后顺序错误",
        [AccountabilityIssueCodes.SubjectAlreadyOnFile] = "已立案审查不再另行启动问责调查",
        [AccountabilityIssueCodes.TypicalCaseWithoutBatch] = "典型案例通报缺少批次",
        [AccountabilityIssueCodes.MissingCircumstance] = "缺少问责情形",
        [AccountabilityIssueCodes.ModifierWithoutEvidence] = "从轻从重情节缺少依据材料",
        [AccountabilityIssueCodes.FormKindMismatch] = "组织处理或者纪律处分种类缺失或者不符",
        [AccountabilityIssueCodes.InvalidSubjects] = "问责对象缺失或者重复",
        [AccountabilityIssueCodes.InvestigationTeamTooSmall] = "调查组不足二人",
        [AccountabilityIssueCodes.OutsideManagementAuthority] = "超出管理权限",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The zh-CN title of a case-rule code, for display.</summary>
    /// <param name="code">A case-rule code.</param>
    /// <returns>The title, or null when <paramref name="code"/> is not a case-rule code.</returns>
    public static string? ChineseTitleOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ChineseTitles.GetValueOrDefault(code);
    }

    /// <summary>The codes of the case rules.</summary>
    public static IReadOnlyCollection<string> RuleCodes => Bases.Keys;

    /// <summary>
    /// Validates a case against the embedded default pack of its regulation version (or, when the case names none, the
    /// version in force on its decision or start date).
    /// </summary>
    /// <param name="case">The case.</param>
    /// <returns>Every problem found.</returns>
    public static ValidationReport Validate(AccountabilityCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return Validate(@case, PackFor(@case, DefaultCatalog.Value));
    }

    /// <summary>Validates a case against the given pack.</summary>
    /// <param name="case">The case.</param>
    /// <param name="pack">The pack to judge by.</param>
    /// <returns>Every problem found.</returns>
    public static ValidationReport Validate(AccountabilityCase @case, RegulationPack pack)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(pack);
        var issues = new List<ValidationIssue>();
        CheckNoNulls(@case.Organizations, "$.organizations", issues);
        CheckNoNulls(@case.Cadres, "$.cadres", issues);
        CheckNoNulls(@case.Modifiers, "$.modifiers", issues);
        if (@case.Authority is null)
        {
            issues.Add(ValidationIssue.Error(VocabularyIssueCodes.NullJsonValue, "$.authority", "The case has no authority."));
        }

        if (issues.Count > 0)
        {
            // Further rules would read the missing parts; report the holes first.
            return ValidationReport.From(issues);
        }

        CheckDates(@case, issues);
        CheckCircumstances(@case, pack, issues);
        CheckSubjects(@case, issues);
        CheckModifiers(@case, issues);

        for (var i = 0; i < @case.Organizations.Length; i++)
        {
            var organization = @case.Organizations[i];
            var path = JsonPaths.Index("$.organizations", i);
            CheckForms(@case, pack, SubjectKind.Organization, organization.Forms, path, issues);
            CheckOnFile(organization.OnFileForDisciplinaryReview, path, issues);
            CheckExemption(@case, organization.Forms, null, organization.Unit, path, issues);
            if (!organization.Forms.IsEmpty && !@case.Cadres.Any(c => c.Unit == organization.Unit))
            {
                issues.Add(Issue(AccountabilityIssueCodes.OrganizationWithoutTeamMembers, path, $"The organisation {organization.Unit} is held to account without the responsible members of its leadership team."));
            }
        }

        for (var i = 0; i < @case.Cadres.Length; i++)
        {
            var cadre = @case.Cadres[i];
            var path = JsonPaths.Index("$.cadres", i);
            CheckForms(@case, pack, SubjectKind.Cadre, cadre.Forms, path, issues);
            CheckKinds(cadre, path, issues);
            CheckOnFile(cadre.OnFileForDisciplinaryReview, path, issues);
            CheckExemption(@case, cadre.Forms, cadre.Person, cadre.Unit, path, issues);
        }

        var team = @case.InvestigationTeam;
        if (!team.IsEmpty && team.Distinct().Count() < 2)
        {
            issues.Add(Issue(AccountabilityIssueCodes.InvestigationTeamTooSmall, "$.investigationTeam", $"The investigation team has {team.Distinct().Count()} distinct member(s); it needs at least two."));
        }

        if (@case.IsTypicalCase && string.IsNullOrWhiteSpace(@case.NoticeBatch))
        {
            issues.Add(Issue(AccountabilityIssueCodes.TypicalCaseWithoutBatch, "$.noticeBatch", "A typical case to be circulated needs its notice batch."));
        }

        return ValidationReport.From(issues);
    }

    /// <summary>
    /// Validates a case against the given pack and, through the organisation tree, checks that every subject's unit
    /// lies within the deciding authority's unit subtree (the Party organisation with management authority decides,
    /// ARR2019 Art. 12).
    /// </summary>
    /// <param name="case">The case.</param>
    /// <param name="pack">The pack to judge by.</param>
    /// <param name="tree">The organisation tree.</param>
    /// <returns>Every problem found.</returns>
    public static ValidationReport Validate(AccountabilityCase @case, RegulationPack pack, Organization.OrgTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var report = Validate(@case, pack);
        if (@case.Authority is null || @case.Organizations.Any(static o => o is null) || @case.Cadres.Any(static c => c is null))
        {
            return report;
        }

        var issues = new List<ValidationIssue>();
        if (!tree.Contains(@case.Authority.Unit))
        {
            issues.Add(Issue(AccountabilityIssueCodes.OutsideManagementAuthority, "$.authority.unit", $"The authority's unit {@case.Authority.Unit} is not in the organisation tree."));
            return report.Merge(ValidationReport.From(issues));
        }

        void Check(Organization.OrgUnitId unit, string path)
        {
            if (!tree.Contains(unit))
            {
                issues.Add(Issue(AccountabilityIssueCodes.OutsideManagementAuthority, path, $"The unit {unit} is not in the organisation tree."));
            }
            else if (!tree.IsWithin(unit, @case.Authority.Unit))
            {
                issues.Add(Issue(AccountabilityIssueCodes.OutsideManagementAuthority, path, $"The unit {unit} is outside the management authority of {@case.Authority.Unit}."));
            }
        }

        for (var i = 0; i < @case.Organizations.Length; i++)
        {
            Check(@case.Organizations[i].Unit, JsonPaths.Property(JsonPaths.Index("$.organizations", i), "unit"));
        }

        for (var i = 0; i < @case.Cadres.Length; i++)
        {
            Check(@case.Cadres[i].Unit, JsonPaths.Property(JsonPaths.Index("$.cadres", i), "unit"));
        }

        return report.Merge(ValidationReport.From(issues));
    }

    /// <summary>Validates a case against the pack in force in <paramref name="catalog"/> for the case's version.</summary>
    /// <param name="case">The case.</param>
    /// <param name="catalog">The catalog (with local packs loaded).</param>
    /// <returns>Every problem found.</returns>
    public static ValidationReport Validate(AccountabilityCase @case, RegulationPackCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(catalog);
        return Validate(@case, PackFor(@case, catalog));
    }

    /// <summary>The pack a case is judged by: its named version, else the version in force on its decision or start date.</summary>
    /// <param name="case">The case.</param>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The pack.</returns>
    public static RegulationPack PackFor(AccountabilityCase @case, RegulationPackCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(catalog);
        if (@case.RegulationVersion is { } version)
        {
            return catalog.For(version);
        }

        return (@case.DecidedOn ?? @case.StartApprovedOn) is { } date ? catalog.ForDate(date) : catalog.For(RegulationKeys.AccountabilityRegulations2019);
    }

    private static void CheckNoNulls<T>(System.Collections.Immutable.ImmutableArray<T> items, string path, List<ValidationIssue> issues)
        where T : class
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                issues.Add(ValidationIssue.Error(VocabularyIssueCodes.NullJsonValue, JsonPaths.Index(path, i), "null is not allowed here."));
            }
        }
    }

    private static void CheckDates(AccountabilityCase c, List<ValidationIssue> issues)
    {
        // Each dated step must not precede the latest earlier dated step: start → investigation → defence → report → decision.
        (string Name, LocalDate? Date)[] chain =
        [
            ("startApprovedOn", c.StartApprovedOn),
            ("investigationStartedOn", c.InvestigationStartedOn),
            ("defenceHeardOn", c.DefenceHeardOn),
            ("reportedOn", c.ReportedOn),
            ("decidedOn", c.DecidedOn),
        ];
        (string Name, LocalDate Date)? latest = null;
        foreach (var (name, date) in chain)
        {
            if (date is not { } day)
            {
                continue;
            }

            if (latest is { } l && day < l.Date)
            {
                issues.Add(Issue(AccountabilityIssueCodes.DatesOutOfOrder, JsonPaths.Property(JsonPaths.Root, name), $"{name} ({day:uuuu-MM-dd}) is before {l.Name} ({l.Date:uuuu-MM-dd})."));
                continue;
            }

            latest = (name, day);
        }

        if (c.DeliveredOn is { } delivered)
        {
            if (c.DecidedOn is not { } decision)
            {
                issues.Add(Issue(AccountabilityIssueCodes.DatesOutOfOrder, "$.decidedOn", "The case has a delivery date but no decision date."));
            }
            else if (delivered < decision)
            {
                issues.Add(Issue(AccountabilityIssueCodes.DatesOutOfOrder, "$.deliveredOn", $"The delivery ({delivered:uuuu-MM-dd}) is before the decision ({decision:uuuu-MM-dd})."));
            }
        }

        if (c.AppealedOn is { } appealed && (c.DeliveredOn is not { } d || appealed < d))
        {
            issues.Add(Issue(AccountabilityIssueCodes.DatesOutOfOrder, "$.appealedOn", "An appeal must follow the delivery of the decision."));
        }

        if (c.AppealDecidedOn is { } answered && (c.AppealedOn is not { } a || answered < a))
        {
            issues.Add(Issue(AccountabilityIssueCodes.DatesOutOfOrder, "$.appealDecidedOn", "An appeal decision must follow the appeal."));
        }

        // Art. 21: a decision can only be found wrong after it was made, and corrected only after it was found wrong.
        if (c.DecisionFoundWrongOn is { } foundWrong && (c.DecidedOn is not { } decidedDay || foundWrong < decidedDay))
        {
            issues.Add(Issue(AccountabilityIssueCodes.DatesOutOfOrder, "$.decisionFoundWrongOn", "A decision can only be found wrong after it was made (ARR2019 Art. 21)."));
        }

        if (c.CorrectedOn is { } corrected && (c.DecisionFoundWrongOn is not { } w || corrected < w))
        {
            issues.Add(Issue(AccountabilityIssueCodes.DatesOutOfOrder, "$.correctedOn", "A correction must follow the finding that the decision was wrong (ARR2019 Art. 21)."));
        }
    }

    private static void CheckCircumstances(AccountabilityCase c, RegulationPack pack, List<ValidationIssue> issues)
    {
        var decidesSomething = c.Organizations.Any(static o => !o.Forms.IsEmpty) || c.Cadres.Any(static x => !x.Forms.IsEmpty);
        if (c.Circumstances.IsEmpty && decidesSomething)
        {
            issues.Add(Issue(AccountabilityIssueCodes.MissingCircumstance, "$.circumstances", "A decision must cite at least one circumstance of Art. 7."));
        }

        for (var i = 0; i < c.Circumstances.Length; i++)
        {
            if (!Enum.IsDefined(c.Circumstances[i]) || !pack.TryGetCircumstance(c.Circumstances[i], out _))
            {
                issues.Add(Issue(AccountabilityIssueCodes.MissingCircumstance, JsonPaths.Index("$.circumstances", i), $"The circumstance '{c.Circumstances[i]}' is not part of {pack.RegulationVersion} (pack {pack.Id}).", pack.Circumstances.FirstOrDefault()));
            }
        }
    }

    private static void CheckSubjects(AccountabilityCase c, List<ValidationIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(c.Id))
        {
            issues.Add(ValidationIssue.Error(AccountabilityIssueCodes.InvalidValue, "$.id", "The case id is empty."));
        }

        if (c.Organizations.IsEmpty && c.Cadres.IsEmpty)
        {
            issues.Add(Issue(AccountabilityIssueCodes.InvalidSubjects, "$.cadres", "The case holds no organisation and no cadre to account."));
        }

        var units = new HashSet<Organization.OrgUnitId>();
        for (var i = 0; i < c.Organizations.Length; i++)
        {
            if (!units.Add(c.Organizations[i].Unit))
            {
                issues.Add(Issue(AccountabilityIssueCodes.InvalidSubjects, JsonPaths.Property(JsonPaths.Index("$.organizations", i), "unit"), $"The organisation {c.Organizations[i].Unit} appears twice."));
            }
        }

        var people = new HashSet<People.PersonId>();
        for (var i = 0; i < c.Cadres.Length; i++)
        {
            if (!people.Add(c.Cadres[i].Person))
            {
                issues.Add(Issue(AccountabilityIssueCodes.InvalidSubjects, JsonPaths.Property(JsonPaths.Index("$.cadres", i), "person"), $"The cadre {c.Cadres[i].Person} appears twice."));
            }
        }
    }

    private static void CheckModifiers(AccountabilityCase c, List<ValidationIssue> issues)
    {
        for (var i = 0; i < c.Modifiers.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(c.Modifiers[i].Evidence))
            {
                issues.Add(Issue(AccountabilityIssueCodes.ModifierWithoutEvidence, JsonPaths.Property(JsonPaths.Index("$.modifiers", i), "evidence"), $"The modifier '{c.Modifiers[i].Kind}' needs its evidence."));
            }
        }
    }

    private static void CheckForms(AccountabilityCase c, RegulationPack pack, SubjectKind subject, System.Collections.Immutable.ImmutableArray<AccountabilityForm> forms, string path, List<ValidationIssue> issues)
    {
        for (var j = 0; j < forms.Length; j++)
        {
            var form = forms[j];
            var formPath = JsonPaths.Index(JsonPaths.Property(path, "forms"), j);
            if (!pack.TryGetForm(subject, form, out _))
            {
                issues.Add(Issue(AccountabilityIssueCodes.FormNotAllowedForSubject, formPath, $"The form '{form}' is not allowed for a subject of kind '{subject}' under {pack.RegulationVersion} (pack {pack.Id}).", pack.FormsFor(subject).FirstOrDefault()));
                continue;
            }

            if (!pack.TryGetAuthority(c.Authority.Kind, subject, form, out var authority))
            {
                issues.Add(Issue(AccountabilityIssueCodes.AuthorityHasNoPower, formPath, $"The authority matrix gives a {c.Authority.Kind} no power over '{form}' for a {subject}."));
            }
            else if (authority.Power == AuthorityPower.ProposeOnly)
            {
                issues.Add(Issue(AccountabilityIssueCodes.AuthorityMayOnlyPropose, formPath, $"A {c.Authority.Kind} may only propose '{form}' for a {subject}; the Party organisation with management authority decides (entry {authority.Id}).", authority));
            }
        }
    }

    private static void CheckKinds(AccountableCadre cadre, string path, List<ValidationIssue> issues)
    {
        var adjusts = cadre.Forms.Contains(AccountabilityForm.OrganizationalAdjustment);
        if (adjusts != cadre.Adjustment.HasValue)
        {
            issues.Add(Issue(AccountabilityIssueCodes.FormKindMismatch, JsonPaths.Property(path, "adjustment"), adjusts
                ? "An organisational adjustment needs its kind (suspension, post change, ordered resignation, demotion or removal)."
                : "An adjustment kind is given but the forms hold no organisational adjustment."));
        }

        var sanctions = cadre.Forms.Contains(AccountabilityForm.DisciplinarySanction);
        if (sanctions != cadre.Sanction.HasValue)
        {
            issues.Add(Issue(AccountabilityIssueCodes.FormKindMismatch, JsonPaths.Property(path, "sanction"), sanctions
                ? "A disciplinary sanction needs its kind (warning … expulsion)."
                : "A sanction is given but the forms hold no disciplinary sanction."));
        }
    }

    private static void CheckOnFile(bool onFile, string path, List<ValidationIssue> issues)
    {
        if (onFile)
        {
            issues.Add(Issue(AccountabilityIssueCodes.SubjectAlreadyOnFile, JsonPaths.Property(path, "onFileForDisciplinaryReview"), "The subject is already on file for disciplinary review (立案审查): no separate accountability investigation is started."));
        }
    }

    private static void CheckExemption(AccountabilityCase c, System.Collections.Immutable.ImmutableArray<AccountabilityForm> forms, People.PersonId? person, Organization.OrgUnitId unit, string path, List<ValidationIssue> issues)
    {
        if (forms.IsEmpty)
        {
            return;
        }

        var exempt = c.Modifiers.FirstOrDefault(m =>
            m.Kind is ModifierKind.Exempted or ModifierKind.NotPursued
            && (person is { } p ? m.Person == p || (m.Person is null && m.Unit is null) : m.Person is null && (m.Unit is null || m.Unit == unit)));
        if (exempt is not null)
        {
            issues.Add(Issue(AccountabilityIssueCodes.ExemptionWithForm, JsonPaths.Property(path, "forms"), $"The subject is {exempt.Kind} ({exempt.Evidence}) and cannot also receive a form."));
        }
    }

    private static ValidationIssue Issue(string code, string path, string message, PackEntry? basis = null)
    {
        var (citation, status) = basis is null ? Bases[code] : (basis.Citation, basis.Status);
        var flag = status == VerificationStatus.Verified ? string.Empty : " [confirm locally]";
        return ValidationIssue.Error(code, path, $"{message} ({citation} {citation.ToChineseString()}{flag})");
    }
}
