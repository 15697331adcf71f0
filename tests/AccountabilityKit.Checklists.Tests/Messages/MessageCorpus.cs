using AccountabilityKit.Checklists.Records;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Checklists.Tests.Similarity;
using AccountabilityKit.Checklists.Tests.Tailoring;
using AccountabilityKit.Checklists.Tests.Templates;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;
using NodaTime.Testing;

namespace AccountabilityKit.Checklists.Tests.Messages;

/// <summary>
/// The bad inputs of this test project (every loader, validator, constructor and options check), and every result
/// that explains itself, run once: each yields the messages a person reads.
/// </summary>
internal static class MessageCorpus
{
    private static readonly ChecklistTemplate County = BuiltInTemplates.CountyCommittee2021;

    /// <summary>Every validation issue the bad inputs produce, with where it came from.</summary>
    public static IEnumerable<(string Source, ValidationIssue Issue)> Issues()
    {
        foreach (var (source, report) in Reports())
        {
            foreach (var issue in report.Issues)
            {
                yield return (source, issue);
            }
        }
    }

    /// <summary>Every explaining message besides validation issues: exceptions, near-duplicate pairs, milestones.</summary>
    public static IEnumerable<(string Source, Message Text)> Explanations()
    {
        var clock = new FakeClock(Instant.FromUtc(2021, 1, 10, 2, 0));
        var draft = ChecklistReview.Start("c1");
        var submitted = draft.Submit(new PersonId("P1"), clock);
        var approved = submitted.Approve(new PersonId("R1"), clock);
        foreach (var review in new[] { draft, submitted, approved })
        {
            foreach (var action in Enum.GetValues<ReviewAction>())
            {
                if (new IllegalReviewTransitionException(review.State, action) is var e)
                {
                    yield return ($"transition {review.State} {action}", e.Text);
                }
            }
        }

        var team = TestChecklists.Tailored(County, TestChecklists.Team("RG"), seed: 1, id: "RG-team");
        var copy = NearDuplicateDetectorTests.Disguised(team, TestChecklists.Member("RG-P1", CadreRole.TeamMember), "RG-P1", seed: 7);
        var pasted = new ResponsibilityChecklist("HA-team", County.Id, County.Year, TestChecklists.Team("HA"),
            County.DutiesFor([DutyRole.Team]).Select((d, i) => new ChecklistItem($"p{i}", [d.Code], d.Text, d.Text, [new Milestone(new LocalDate(2021, 12, 20), "总结")], d.Text)));
        var report = new NearDuplicateDetector().Detect([team, copy, pasted], [County]);
        foreach (var pair in report.Pairs)
        {
            yield return ($"pair {pair.FirstId}~{pair.SecondId}", pair.Explanation);
        }

        var list = new ResponsibilityChecklist("a", County.Id, County.Year, TestChecklists.Team("RG"),
        [
            new ChecklistItem("i1", ["C01-01"], "内容", "措施", [new Milestone(new LocalDate(2021, 3, 31), "一季度", new LocalDate(2021, 3, 30)), new Milestone(new LocalDate(2021, 6, 10), "二季度")], "标准"),
            new ChecklistItem("i2", ["C02-01"], "内容", "措施", [new Milestone(new LocalDate(2021, 6, 30), "半年"), new Milestone(new LocalDate(2021, 12, 31), "全年")], "标准"),
        ]);
        foreach (var milestone in new ScheduleTracker().Evaluate([list], new LocalDate(2021, 6, 20), [County]).Milestones)
        {
            yield return ($"milestone {milestone.ItemId}[{milestone.Index}] {milestone.Status}", milestone.Explanation);
        }
    }

    /// <summary>Exception messages a user sees (rendered in the current UI culture when thrown): rendered per culture here.</summary>
    public static IEnumerable<(string Source, Func<string> Render)> ExceptionMessages(System.Globalization.CultureInfo culture)
    {
        var list = TestChecklists.Tailored(County, TestChecklists.Team("RG"), seed: 1, id: "same");
        yield return ("duplicate ids", () => InCulture(culture, () =>
        {
            try
            {
                new NearDuplicateDetector().Detect([list, list]);
                return string.Empty;
            }
            catch (ArgumentException e)
            {
                // The runtime appends its own " (Parameter 'checklists')" to the message; the sentence before it is ours.
                var suffix = e.Message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
                return suffix < 0 ? e.Message : e.Message[..suffix];
            }
        }));
        yield return ("normalizer", () => InCulture(culture, () => TextNormalizer.Default.ToString()));
    }

    private static IEnumerable<(string Source, ValidationReport Report)> Reports()
    {
        static ValidationReport Template(string json, AssessmentYear? year = null)
        {
            ValidationReport report;
            _ = year is { } expected
                ? ChecklistTemplateJson.TryLoad(json, out _, out report, expected)
                : ChecklistTemplateJson.TryLoad(json, out _, out report);
            return report;
        }

        static ValidationReport Checklist(string json)
        {
            ResponsibilityChecklistJson.TryLoad(json, out _, out var report);
            return report;
        }

        static ValidationReport Thrown(Action act)
        {
            try
            {
                act();
            }
            catch (ValidationFailedException e)
            {
                return e.Report;
            }

            throw new InvalidOperationException("the bad input was accepted");
        }

        var valid = ChecklistTemplateJsonTests.Valid;
        yield return ("template: every semantic problem", Template(ChecklistTemplateJsonTests.EverySemanticProblem, new AssessmentYear(2021)));
        yield return ("template: year 1899", Template(valid.Replace("\"year\": 2022", "\"year\": 1899", StringComparison.Ordinal)));
        yield return ("template: two duties continue one", Template(valid.Replace("\"kind\": \"changed\", \"previousCode\": \"A01-02\"", "\"kind\": \"changed\", \"previousCode\": \"A01-01\"", StringComparison.Ordinal)));
        yield return ("template: withdrawn and continued", Template(valid.Replace("\"withdrawnDutyCodes\": [\"A01-03\"]", "\"withdrawnDutyCodes\": [\"A01-01\", \"\"]", StringComparison.Ordinal)));
        yield return ("template: unknown property", Template(valid.Replace("\"isMandatory\": false,", "\"isMandatory\": false, \"priority\": 1,", StringComparison.Ordinal)));
        yield return ("template: missing version", Template(valid.Replace("\"version\": 1, ", string.Empty, StringComparison.Ordinal)));
        yield return ("template: unknown unit kind", Template(valid.Replace("[\"county\"]", "[\"galaxy\"]", StringComparison.Ordinal)));
        yield return ("template: null aspect", Template(valid.Replace("\"aspects\": [", "\"aspects\": [ null,", StringComparison.Ordinal)));
        yield return ("template: malformed", Template("{ \"id\": "));
        yield return ("template: null duty", Template(valid.Replace("\"duties\": [", "\"duties\": [ null,", StringComparison.Ordinal)));
        yield return ("template: empty duty code", Template(valid.Replace("\"code\": \"A01-03\"", "\"code\": \"\"", StringComparison.Ordinal)));

        TemplateTableImporter.TryImport(TemplateTableImporterTests.BadRows, "x", new AssessmentYear(2021), "标题", [UnitKind.County], out _, out var rows);
        yield return ("table: bad rows", rows);
        TemplateTableImporter.TryImport("code\ttext\n", "x", new AssessmentYear(2021), "标题", [UnitKind.County], out _, out var header);
        yield return ("table: wrong header", header);

        var checklist = ResponsibilityChecklistJsonTests.Valid;
        yield return ("checklist: ids, year, owner", Checklist(checklist
            .Replace("\"id\": \"RG-P1-2021\"", "\"id\": \"\"", StringComparison.Ordinal)
            .Replace("\"templateId\": \"county-committee-2021\"", "\"templateId\": \" \"", StringComparison.Ordinal)
            .Replace("\"year\": 2021", "\"year\": 20210", StringComparison.Ordinal)
            .Replace("\"unit\": \"RG\"", "\"unit\": \" RG\"", StringComparison.Ordinal)
            .Replace("\"person\": \"P1\"", "\"person\": \"P 1\\u0001\"", StringComparison.Ordinal)
            .Replace(", \"role\": \"teamMember\"", string.Empty, StringComparison.Ordinal)));
        yield return ("checklist: bad date", Checklist(checklist.Replace("2021-06-30", "2021-06-31", StringComparison.Ordinal)));
        yield return ("checklist: null item", Checklist(checklist.Replace("\"items\": [", "\"items\": [ null,", StringComparison.Ordinal)));
        yield return ("checklist: null milestone", Checklist(checklist.Replace("\"milestones\": [", "\"milestones\": [ null,", StringComparison.Ordinal)));

        foreach (var (name, list) in BadLists())
        {
            yield return ($"validator: {name}", ChecklistValidator.Validate(County, list));
        }

        yield return ("carry forward", ChecklistCarryForward.Carry(ChecklistCarryForwardTests.LastYear(), ChecklistCarryForwardTests.Next, "c-2022").Flags);

        var clock = new FakeClock(Instant.FromUtc(2021, 1, 10, 2, 0));
        var submitted = ChecklistReview.Start("c1").Submit(new PersonId("P1"), clock);
        yield return ("review: return without reason", Thrown(() => submitted.Return(new PersonId("R1"), clock, [" "], "  ")));
        yield return ("duty record", Thrown(() => _ = new DutyRecord(" ", "", new LocalDate(2021, 3, 1), (DutyRecordKind)99, "", ["ok", " "], personTimes: 0)));
        yield return ("similarity options", new SimilarityOptions
        {
            NGramSize = 0, ItemMatchThreshold = double.NaN, ListThreshold = 1.5m, Bands = 0, MinCollidingItemFraction = 0, MaxBucketLists = 1, Strategy = (CandidateStrategy)9,
        }.Validate());
        yield return ("similarity options: infinite", new SimilarityOptions { ItemMatchThreshold = double.PositiveInfinity, MinCollidingItemFraction = 2 }.Validate());
    }

    private static IEnumerable<(string Name, ResponsibilityChecklist List)> BadLists()
    {
        var team = TestChecklists.Tailored(County, TestChecklists.Team(), seed: 1);
        var secretary = TestChecklists.Tailored(County, TestChecklists.Member("P1", CadreRole.Secretary), seed: 2);
        ResponsibilityChecklist With(ResponsibilityChecklist list, int index, Func<ChecklistItem, ChecklistItem> change) =>
            list with { Items = list.Items.SetItem(index, change(list.Items[index])) };
        ChecklistItem Rebuild(ChecklistItem item, IEnumerable<string>? codes = null, string? content = null, string? measures = null, IEnumerable<Milestone>? milestones = null, string? standard = null, string? id = null) =>
            new(id ?? item.Id, codes ?? item.DutyCodes, content ?? item.Content, measures ?? item.Measures, milestones ?? item.Milestones, standard ?? item.CompletionStandard);

        yield return ("unknown or no duty", With(With(team, 0, i => Rebuild(i, codes: [i.DutyCodes[0], "C99-01"])), 1, i => Rebuild(i, codes: [])));
        yield return ("empty texts", With(team, 2, i => Rebuild(i, content: " ", measures: "", standard: "\t")));
        yield return ("no milestones", With(team, 3, i => Rebuild(i, milestones: [])));
        yield return ("milestones outside the year, without deliverable, out of order", With(team, 0, i => Rebuild(i, milestones:
            [new Milestone(new LocalDate(2021, 9, 30), " "), new Milestone(new LocalDate(2021, 3, 31), "一季度"), new Milestone(new LocalDate(2022, 1, 31), "次年总结")])));
        var firstForm = secretary.Items.ToList().FindIndex(i => County.FindDuty(i.DutyCodes[0])!.IsFirstForm);
        yield return ("first form without measure", With(secretary, firstForm, i => Rebuild(i, measures: "按计划推进各项工作")));
        yield return ("first form uncovered", secretary with { Items = secretary.Items.RemoveAt(firstForm) });
        var duty = County.FindDuty(team.Items[4].DutyCodes[0])!;
        yield return ("content repeats duty", With(team, 4, i => Rebuild(i, content: duty.Text.Replace("，", string.Empty, StringComparison.Ordinal))));
        yield return ("other template and year", new ResponsibilityChecklist("x", "other-template", new AssessmentYear(2022), TestChecklists.Team(), team.Items));
        yield return ("duplicate and empty item ids", With(With(team, 1, i => Rebuild(i, id: "i1")), 2, i => Rebuild(i, id: "")));
        var secretaryOnly = County.Duties.First(d => d.Roles.SequenceEqual([DutyRole.Secretary])).Code;
        yield return ("duty of another role", With(team, 0, i => Rebuild(i, codes: [i.DutyCodes[0], secretaryOnly])));
        yield return ("mandatory duties missing", team with { Items = [.. team.Items.Where(i => !County.FindDuty(i.DutyCodes[0])!.IsMandatory)] });
    }

    private static string InCulture(System.Globalization.CultureInfo culture, Func<string> render)
    {
        var saved = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = culture;
        try
        {
            return render();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = saved;
        }
    }
}
