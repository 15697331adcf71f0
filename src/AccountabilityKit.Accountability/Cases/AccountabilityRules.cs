using System.Collections.Frozen;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
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
    private static readonly Citation CorrectionArticle = Citation.Parse("ARR2019 Art. 21");

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
        [AccountabilityIssueCodes.ApprovalMissing] = (Citation.Parse("ARR2019 Art. 12"), VerificationStatus.Verified),
        [AccountabilityIssueCodes.ApprovalByWrongBody] = (Citation.Parse("ARR2019 Art. 12"), VerificationStatus.Verified),
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

    private static readonly FrozenDictionary<string, string> Titles = new Dictionary<string, string>
    {
        [AccountabilityIssueCodes.FormNotAllowedForSubject] = nameof(Messages.TitleFormNotAllowedForSubject),
        [AccountabilityIssueCodes.AuthorityMayOnlyPropose] = nameof(Messages.TitleAuthorityMayOnlyPropose),
        [AccountabilityIssueCodes.AuthorityHasNoPower] = nameof(Messages.TitleAuthorityHasNoPower),
        [AccountabilityIssueCodes.OrganizationWithoutTeamMembers] = nameof(Messages.TitleOrganizationWithoutTeamMembers),
        [AccountabilityIssueCodes.ExemptionWithForm] = nameof(Messages.TitleExemptionWithForm),
        [AccountabilityIssueCodes.DatesOutOfOrder] = nameof(Messages.TitleDatesOutOfOrder),
        [AccountabilityIssueCodes.SubjectAlreadyOnFile] = nameof(Messages.TitleSubjectAlreadyOnFile),
        [AccountabilityIssueCodes.TypicalCaseWithoutBatch] = nameof(Messages.TitleTypicalCaseWithoutBatch),
        [AccountabilityIssueCodes.MissingCircumstance] = nameof(Messages.TitleMissingCircumstance),
        [AccountabilityIssueCodes.ModifierWithoutEvidence] = nameof(Messages.TitleModifierWithoutEvidence),
        [AccountabilityIssueCodes.FormKindMismatch] = nameof(Messages.TitleFormKindMismatch),
        [AccountabilityIssueCodes.InvalidSubjects] = nameof(Messages.TitleInvalidSubjects),
        [AccountabilityIssueCodes.InvestigationTeamTooSmall] = nameof(Messages.TitleInvestigationTeamTooSmall),
        [AccountabilityIssueCodes.OutsideManagementAuthority] = nameof(Messages.TitleOutsideManagementAuthority),
        [AccountabilityIssueCodes.ApprovalMissing] = nameof(Messages.TitleApprovalMissing),
        [AccountabilityIssueCodes.ApprovalByWrongBody] = nameof(Messages.TitleApprovalByWrongBody),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The title of a case-rule code, as a catalogue message (for display: render it in the host's culture).</summary>
    /// <param name="code">A case-rule code.</param>
    /// <returns>The title, or null when <paramref name="code"/> is not a case-rule code.</returns>
    public static Message? TitleOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Titles.TryGetValue(code, out var key) ? Catalog.Of(key) : null;
    }

    /// <summary>The zh-CN title of a case-rule code, for display (<see cref="TitleOf"/> rendered in zh-CN).</summary>
    /// <param name="code">A case-rule code.</param>
    /// <returns>The title, or null when <paramref name="code"/> is not a case-rule code.</returns>
    public static string? ChineseTitleOf(string code) => TitleOf(code)?.Render(MessageCatalog.Chinese);

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
        var issues = new ValidationReportBuilder();
        CheckNoNulls(@case.Organizations, issues.Under("organizations"));
        CheckNoNulls(@case.Cadres, issues.Under("cadres"));
        CheckNoNulls(@case.Modifiers, issues.Under("modifiers"));
        if (@case.Authority is null)
        {
            issues.Error(VocabularyIssueCodes.NullJsonValue, "authority", Catalog.Of(nameof(Messages.CaseNoAuthority)));
        }

        if (@case.Approval is { Body: null })
        {
            issues.Error(VocabularyIssueCodes.NullJsonValue, "approval.body", Catalog.Of(nameof(Messages.NullNotAllowed)));
        }

        if (issues.Count > 0)
        {
            // Further rules would read the missing parts; report the holes first.
            return issues.Build();
        }

        CheckDates(@case, issues);
        CheckCircumstances(@case, pack, issues);
        CheckSubjects(@case, issues);
        CheckModifiers(@case, issues);

        for (var i = 0; i < @case.Organizations.Length; i++)
        {
            var organization = @case.Organizations[i];
            var subject = issues.At("organizations", i);
            CheckForms(@case, pack, SubjectKind.Organization, organization.Forms, subject);
            CheckOnFile(organization.OnFileForDisciplinaryReview, subject);
            CheckExemption(@case, organization.Forms, null, organization.Unit, subject);
            if (!organization.Forms.IsEmpty && !@case.Cadres.Any(c => c.Unit == organization.Unit))
            {
                Rule(subject, AccountabilityIssueCodes.OrganizationWithoutTeamMembers, string.Empty, Catalog.Of(nameof(Messages.OrganizationWithoutTeamMembers), ("unit", organization.Unit)));
            }
        }

        for (var i = 0; i < @case.Cadres.Length; i++)
        {
            var cadre = @case.Cadres[i];
            var subject = issues.At("cadres", i);
            CheckForms(@case, pack, SubjectKind.Cadre, cadre.Forms, subject);
            CheckKinds(cadre, subject);
            CheckOnFile(cadre.OnFileForDisciplinaryReview, subject);
            CheckExemption(@case, cadre.Forms, cadre.Person, cadre.Unit, subject);
        }

        CheckApproval(@case, pack, issues);

        var team = @case.InvestigationTeam;
        if (!team.IsEmpty && team.Distinct().Count() < 2)
        {
            Rule(issues, AccountabilityIssueCodes.InvestigationTeamTooSmall, "investigationTeam", Catalog.Of(nameof(Messages.InvestigationTeamTooSmall), ("count", team.Distinct().Count())));
        }

        if (@case.IsTypicalCase && string.IsNullOrWhiteSpace(@case.NoticeBatch))
        {
            Rule(issues, AccountabilityIssueCodes.TypicalCaseWithoutBatch, "noticeBatch", Catalog.Of(nameof(Messages.TypicalCaseWithoutBatch)));
        }

        return issues.Build();
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

        var issues = new ValidationReportBuilder();
        issues.AddRange(report);
        const string code = AccountabilityIssueCodes.OutsideManagementAuthority;
        if (!tree.Contains(@case.Authority.Unit))
        {
            Rule(issues, code, "authority.unit", Catalog.Of(nameof(Messages.AuthorityUnitNotInTree), ("unit", @case.Authority.Unit)));
            return issues.Build();
        }

        void Check(Organization.OrgUnitId unit, ValidationReportBuilder subject)
        {
            if (!tree.Contains(unit))
            {
                Rule(subject, code, "unit", Catalog.Of(nameof(Messages.UnitNotInTree), ("unit", unit)));
            }
            else if (!tree.IsWithin(unit, @case.Authority.Unit))
            {
                Rule(subject, code, "unit", Catalog.Of(nameof(Messages.UnitOutsideAuthority), ("unit", unit), ("authority", @case.Authority.Unit)));
            }
        }

        for (var i = 0; i < @case.Organizations.Length; i++)
        {
            Check(@case.Organizations[i].Unit, issues.At("organizations", i));
        }

        for (var i = 0; i < @case.Cadres.Length; i++)
        {
            Check(@case.Cadres[i].Unit, issues.At("cadres", i));
        }

        return issues.Build();
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

    private static void CheckNoNulls<T>(System.Collections.Immutable.ImmutableArray<T> items, ValidationReportBuilder list)
        where T : class
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                list.At(string.Empty, i).Error(VocabularyIssueCodes.NullJsonValue, string.Empty, Catalog.Of(nameof(Messages.NullNotAllowed)));
            }
        }
    }

    private static void CheckDates(AccountabilityCase c, ValidationReportBuilder issues)
    {
        const string code = AccountabilityIssueCodes.DatesOutOfOrder;
        // Each dated step must not precede the latest earlier dated step: start → investigation → defence → report → decision.
        (string Name, Procedure.ProcedureStep Step, LocalDate? Date)[] chain =
        [
            ("startApprovedOn", Procedure.ProcedureStep.Start, c.StartApprovedOn),
            ("investigationStartedOn", Procedure.ProcedureStep.Investigation, c.InvestigationStartedOn),
            ("defenceHeardOn", Procedure.ProcedureStep.FactStatementAndDefence, c.DefenceHeardOn),
            ("reportedOn", Procedure.ProcedureStep.Report, c.ReportedOn),
            ("decidedOn", Procedure.ProcedureStep.Decision, c.DecidedOn),
        ];
        (Procedure.ProcedureStep Step, LocalDate Date)? latest = null;
        foreach (var (name, step, date) in chain)
        {
            if (date is not { } day)
            {
                continue;
            }

            if (latest is { } l && day < l.Date)
            {
                Rule(issues, code, name, Catalog.Of(
                    nameof(Messages.DateBeforeEarlierStep),
                    MessageArgument.Of("step", step),
                    ("date", day),
                    MessageArgument.Of("earlier", l.Step),
                    ("earlierDate", l.Date)));
                continue;
            }

            latest = (step, day);
        }

        if (c.DeliveredOn is { } delivered)
        {
            if (c.DecidedOn is not { } decision)
            {
                Rule(issues, code, "decidedOn", Catalog.Of(nameof(Messages.DeliveryWithoutDecision)));
            }
            else if (delivered < decision)
            {
                Rule(issues, code, "deliveredOn", Catalog.Of(nameof(Messages.DeliveryBeforeDecision), ("delivered", delivered), ("decided", decision)));
            }
        }

        if (c.AppealedOn is { } appealed && (c.DeliveredOn is not { } d || appealed < d))
        {
            Rule(issues, code, "appealedOn", Catalog.Of(nameof(Messages.AppealBeforeDelivery)));
        }

        if (c.AppealDecidedOn is { } answered && (c.AppealedOn is not { } a || answered < a))
        {
            Rule(issues, code, "appealDecidedOn", Catalog.Of(nameof(Messages.AppealDecisionBeforeAppeal)));
        }

        // Art. 21: a decision can only be found wrong after it was made, and corrected only after it was found wrong.
        if (c.DecisionFoundWrongOn is { } foundWrong && (c.DecidedOn is not { } decidedDay || foundWrong < decidedDay))
        {
            issues.Error(code, "decisionFoundWrongOn", Catalog.Of(nameof(Messages.FoundWrongBeforeDecision)), CorrectionArticle);
        }

        if (c.CorrectedOn is { } corrected && (c.DecisionFoundWrongOn is not { } w || corrected < w))
        {
            issues.Error(code, "correctedOn", Catalog.Of(nameof(Messages.CorrectionBeforeFoundWrong)), CorrectionArticle);
        }
    }

    private static void CheckCircumstances(AccountabilityCase c, RegulationPack pack, ValidationReportBuilder issues)
    {
        const string code = AccountabilityIssueCodes.MissingCircumstance;
        var decidesSomething = c.Organizations.Any(static o => !o.Forms.IsEmpty) || c.Cadres.Any(static x => !x.Forms.IsEmpty);
        if (c.Circumstances.IsEmpty && decidesSomething)
        {
            issues.Error(code, "circumstances", Catalog.Of(nameof(Messages.CircumstanceMissing)), CircumstancesArticle(pack));
        }

        for (var i = 0; i < c.Circumstances.Length; i++)
        {
            if (!Enum.IsDefined(c.Circumstances[i]) || !pack.TryGetCircumstance(c.Circumstances[i], out _))
            {
                issues.At("circumstances", i).Error(code, string.Empty, Catalog.Of(
                    nameof(Messages.CircumstanceNotInVersion),
                    MessageArgs.Enum("circumstance", c.Circumstances[i]),
                    ("version", pack.RegulationVersion),
                    ("pack", pack.Id)), CircumstancesArticle(pack));
            }
        }
    }

    private static void CheckSubjects(AccountabilityCase c, ValidationReportBuilder issues)
    {
        if (string.IsNullOrWhiteSpace(c.Id))
        {
            issues.Error(AccountabilityIssueCodes.InvalidValue, "id", Catalog.Of(nameof(Messages.CaseIdEmpty)));
        }

        const string code = AccountabilityIssueCodes.InvalidSubjects;
        if (c.Organizations.IsEmpty && c.Cadres.IsEmpty)
        {
            Rule(issues, code, "cadres", Catalog.Of(nameof(Messages.NoSubjects)));
        }

        var units = new HashSet<Organization.OrgUnitId>();
        for (var i = 0; i < c.Organizations.Length; i++)
        {
            if (!units.Add(c.Organizations[i].Unit))
            {
                Rule(issues.At("organizations", i), code, "unit", Catalog.Of(nameof(Messages.OrganizationTwice), ("unit", c.Organizations[i].Unit)));
            }
        }

        var people = new HashSet<People.PersonId>();
        for (var i = 0; i < c.Cadres.Length; i++)
        {
            if (!people.Add(c.Cadres[i].Person))
            {
                Rule(issues.At("cadres", i), code, "person", Catalog.Of(nameof(Messages.CadreTwice), ("person", c.Cadres[i].Person)));
            }
        }
    }

    private static void CheckModifiers(AccountabilityCase c, ValidationReportBuilder issues)
    {
        for (var i = 0; i < c.Modifiers.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(c.Modifiers[i].Evidence))
            {
                Rule(issues.At("modifiers", i), AccountabilityIssueCodes.ModifierWithoutEvidence, "evidence", Catalog.Of(nameof(Messages.ModifierWithoutEvidence), MessageArgs.Enum("modifier", c.Modifiers[i].Kind)));
            }
        }
    }

    private static void CheckForms(AccountabilityCase c, RegulationPack pack, SubjectKind subject, System.Collections.Immutable.ImmutableArray<AccountabilityForm> forms, ValidationReportBuilder subjectScope)
    {
        for (var j = 0; j < forms.Length; j++)
        {
            var form = forms[j];
            var at = subjectScope.At("forms", j);
            if (!pack.TryGetForm(subject, form, out _))
            {
                Rule(at, AccountabilityIssueCodes.FormNotAllowedForSubject, string.Empty, Catalog.Of(
                    nameof(Messages.FormNotAllowedForSubject),
                    MessageArgs.Enum("form", form),
                    MessageArgs.Enum("subject", subject),
                    ("version", pack.RegulationVersion),
                    ("pack", pack.Id)), pack.FormsFor(subject).FirstOrDefault());
                continue;
            }

            if (!pack.TryGetAuthority(c.Authority.Kind, subject, form, out var authority))
            {
                Rule(at, AccountabilityIssueCodes.AuthorityHasNoPower, string.Empty, Catalog.Of(
                    nameof(Messages.AuthorityHasNoPower),
                    MessageArgs.Enum("authority", c.Authority.Kind),
                    MessageArgs.Enum("subject", subject),
                    MessageArgs.Enum("form", form)));
            }
            else if (authority.Power == AuthorityPower.DecideAfterApproval && c.Approval is null)
            {
                Rule(at, AccountabilityIssueCodes.ApprovalMissing, string.Empty, Catalog.Of(
                    nameof(Messages.ApprovalMissing),
                    MessageArgs.Enum("authority", c.Authority.Kind),
                    MessageArgs.Enum("subject", subject),
                    MessageArgs.Enum("form", form),
                    ("entry", authority.Id)), authority);
            }
            else if (authority.Power == AuthorityPower.ProposeOnly)
            {
                Rule(at, AccountabilityIssueCodes.AuthorityMayOnlyPropose, string.Empty, Catalog.Of(
                    nameof(Messages.AuthorityMayOnlyPropose),
                    MessageArgs.Enum("authority", c.Authority.Kind),
                    MessageArgs.Enum("subject", subject),
                    MessageArgs.Enum("form", form),
                    ("entry", authority.Id)), authority);
            }
        }
    }

    /// <summary>
    /// When a form needs approval (the matrix says <c>decideAfterApproval</c>) and an approval is recorded: it must come
    /// from the Party committee or party group of the deciding authority's unit (or its principal leader), not after the decision.
    /// </summary>
    private static void CheckApproval(AccountabilityCase c, RegulationPack pack, ValidationReportBuilder issues)
    {
        if (c.Approval is not { } approval)
        {
            return;
        }

        var needed = c.Organizations.SelectMany(static o => o.Forms.Select(f => (SubjectKind.Organization, f)))
            .Concat(c.Cadres.SelectMany(static k => k.Forms.Select(f => (SubjectKind.Cadre, f))))
            .Select(p => pack.TryGetAuthority(c.Authority.Kind, p.Item1, p.f, out var rule) && rule.Power == AuthorityPower.DecideAfterApproval ? rule : null)
            .FirstOrDefault(static r => r is not null);
        if (needed is null)
        {
            return;
        }

        var body = approval.Body;
        if (body.Kind is not (AccountabilityAuthorityKind.PartyCommittee or AccountabilityAuthorityKind.PartyGroup) || body.Unit != c.Authority.Unit)
        {
            Rule(issues, AccountabilityIssueCodes.ApprovalByWrongBody, "approval.body", Catalog.Of(
                nameof(Messages.ApprovalByWrongBody),
                ("unit", c.Authority.Unit),
                MessageArgs.Enum("approvalKind", body.Kind),
                ("approvalUnit", body.Unit)), needed);
        }

        if (approval.ApprovedOn is { } approved && c.DecidedOn is { } decided && approved > decided)
        {
            Rule(issues, AccountabilityIssueCodes.ApprovalByWrongBody, "approval.approvedOn", Catalog.Of(
                nameof(Messages.ApprovalAfterDecision), ("approved", approved), ("decided", decided)), needed);
        }
    }

    private static void CheckKinds(AccountableCadre cadre, ValidationReportBuilder subject)
    {
        const string code = AccountabilityIssueCodes.FormKindMismatch;
        var adjusts = cadre.Forms.Contains(AccountabilityForm.OrganizationalAdjustment);
        if (adjusts != cadre.Adjustment.HasValue)
        {
            Rule(subject, code, "adjustment", Catalog.Of(adjusts ? nameof(Messages.AdjustmentKindMissing) : nameof(Messages.AdjustmentKindWithoutForm)));
        }

        var sanctions = cadre.Forms.Contains(AccountabilityForm.DisciplinarySanction);
        if (sanctions != cadre.Sanction.HasValue)
        {
            Rule(subject, code, "sanction", Catalog.Of(sanctions ? nameof(Messages.SanctionKindMissing) : nameof(Messages.SanctionKindWithoutForm)));
        }
    }

    private static void CheckOnFile(bool onFile, ValidationReportBuilder subject)
    {
        if (onFile)
        {
            Rule(subject, AccountabilityIssueCodes.SubjectAlreadyOnFile, "onFileForDisciplinaryReview", Catalog.Of(nameof(Messages.SubjectAlreadyOnFile)));
        }
    }

    private static void CheckExemption(AccountabilityCase c, System.Collections.Immutable.ImmutableArray<AccountabilityForm> forms, People.PersonId? person, Organization.OrgUnitId unit, ValidationReportBuilder subject)
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
            Rule(subject, AccountabilityIssueCodes.ExemptionWithForm, "forms", Catalog.Of(
                nameof(Messages.ExemptionWithForm),
                MessageArgs.Enum("modifier", exempt.Kind),
                ("evidence", exempt.Evidence)));
        }
    }

    /// <summary>The article that lists the circumstances in the pack's version (its first circumstance entry's article, without the item).</summary>
    internal static Citation CircumstancesArticle(RegulationPack pack) =>
        pack.Circumstances.FirstOrDefault()?.Citation is { } c ? new Citation(c.RegulationKey, c.Article) : Bases[AccountabilityIssueCodes.MissingCircumstance].Citation;

    /// <summary>Adds the error of a case rule, citing the pack entry it rests on, else the rule's basis article.</summary>
    private static void Rule(ValidationReportBuilder scope, string code, string relative, Message text, PackEntry? basis = null) =>
        scope.Error(code, relative, text, basis?.Citation ?? Bases[code].Citation);
}
