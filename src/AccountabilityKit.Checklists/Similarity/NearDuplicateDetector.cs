using System.Collections.Immutable;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Organization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Checklists.Similarity;

/// <summary>
/// Finds lists that copy each other (雷同). Each item's content, measures and completion standard are normalised
/// (<see cref="TextNormalizer"/>) and cut into character n-gram shingles; two lists score the mean, over the items of
/// both, of each item's best Jaccard match in the other list — so reordering items or changing punctuation does not
/// hide a copy, and the score is symmetric and within [0, 1]. Lists of one unit are compared exactly with each other
/// (horizontal; vertical against the team's own list) and with the template duties they cover (vertical); across units,
/// candidate pairs come from MinHash + LSH over items (or all pairs, for reference).
/// </summary>
public sealed class NearDuplicateDetector
{
    [ThreadStatic]
    private static Dictionary<ulong, int>? t_index;

    [ThreadStatic]
    private static List<int>? t_postingItem;

    [ThreadStatic]
    private static List<int>? t_postingNext;

    private readonly TextNormalizer _normalizer;
    private readonly ulong[] _hashSeeds;

    /// <summary>Creates a detector.</summary>
    /// <param name="options">The settings; null for <see cref="SimilarityOptions.Default"/>.</param>
    /// <exception cref="ValidationFailedException">The settings are out of range (<c>CL070</c>).</exception>
    public NearDuplicateDetector(SimilarityOptions? options = null)
    {
        Options = options ?? SimilarityOptions.Default;
        Options.Validate().ThrowIfInvalid();
        _normalizer = new TextNormalizer(Options.Boilerplate);
        var state = unchecked((ulong)Options.Seed);
        _hashSeeds = new ulong[Options.Bands * Options.RowsPerBand];
        for (var i = 0; i < _hashSeeds.Length; i++)
        {
            _hashSeeds[i] = SplitMix(ref state);
        }
    }

    /// <summary>The settings.</summary>
    public SimilarityOptions Options { get; }

    /// <summary>The normaliser built from <see cref="SimilarityOptions.Boilerplate"/>.</summary>
    public TextNormalizer Normalizer => _normalizer;

    /// <summary>The similarity of two texts: Jaccard of normalised n-gram shingles, in [0, 1], symmetric.</summary>
    /// <param name="first">A text.</param>
    /// <param name="second">Another text.</param>
    public double TextSimilarity(string first, string second) => Shingles(first).Jaccard(Shingles(second));

    /// <summary>Scores two checklists against each other, with the matching items as evidence.</summary>
    /// <param name="first">A checklist.</param>
    /// <param name="second">Another checklist.</param>
    /// <returns>The score in [0, 1] (rounded to 4 places) and the evidence; symmetric in its score.</returns>
    public (decimal Score, ImmutableArray<ItemMatch> Matches) Compare(ResponsibilityChecklist first, ResponsibilityChecklist second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Score(Prepare(first), Prepare(second).Items);
    }

    /// <summary>Finds the near-duplicate pairs among <paramref name="checklists"/> (one team, or a whole city in one call).</summary>
    /// <param name="checklists">The lists; ids must be distinct.</param>
    /// <param name="templates">Templates to compare each list with (the duties it covers), matched by <see cref="ResponsibilityChecklist.TemplateId"/>; may be empty.</param>
    /// <exception cref="ArgumentException">Two lists share an id.</exception>
    public NearDuplicateReport Detect(IEnumerable<ResponsibilityChecklist> checklists, IEnumerable<ChecklistTemplate>? templates = null)
    {
        ArgumentNullException.ThrowIfNull(checklists);
        var lists = checklists.Select(Prepare).ToArray();
        if (lists.Select(static l => l.Id).Distinct(StringComparer.Ordinal).Count() != lists.Length)
        {
            var shared = lists.GroupBy(static l => l.Id, StringComparer.Ordinal).First(static g => g.Count() > 1).Key;
            throw new ArgumentException(Catalog.Of(nameof(Messages.DuplicateChecklistId), ("id", shared)).Render(null), nameof(checklists));
        }

        var templateById = (templates ?? []).ToDictionary(static t => t.Id, StringComparer.Ordinal);
        var candidates = new List<(int A, int B)>();
        foreach (var unit in Enumerable.Range(0, lists.Length).GroupBy(i => lists[i].Unit))
        {
            var members = unit.ToArray();
            for (var x = 0; x < members.Length; x++)
            {
                for (var y = x + 1; y < members.Length; y++)
                {
                    candidates.Add((members[x], members[y]));
                }
            }
        }

        candidates.AddRange(Options.Strategy == CandidateStrategy.AllPairs ? AllCrossUnitPairs(lists) : LshCrossUnitPairs(lists));

        var found = new NearDuplicatePair?[candidates.Count];
        Parallel.For(0, candidates.Count, k =>
        {
            var (a, b) = candidates[k];
            var (first, second) = string.CompareOrdinal(lists[a].Id, lists[b].Id) <= 0 ? (lists[a], lists[b]) : (lists[b], lists[a]);
            var (score, matches) = Score(first, second.Items);
            if (score >= Options.ListThreshold)
            {
                var kind = first.Unit != second.Unit ? NearDuplicateKind.CrossUnit
                    : first.IsTeam != second.IsTeam ? NearDuplicateKind.Vertical
                    : NearDuplicateKind.Horizontal;
                found[k] = new NearDuplicatePair(first.Id, first.Unit, second.Id, second.Unit, false, kind, score, matches);
            }
        });

        var pairs = found.Where(static p => p is not null).Select(static p => p!).ToList();
        long compared = candidates.Count;
        var dutyItems = new Dictionary<(string TemplateId, string Code), PreparedItem>();
        foreach (var list in lists)
        {
            if (templateById.TryGetValue(list.TemplateId, out var template))
            {
                compared++;
                var duties = list.DutyCodes.Select(template.FindDuty).Where(static d => d is not null)
                    .Select(d => dutyItems.TryGetValue((template.Id, d!.Code), out var prepared) ? prepared : dutyItems[(template.Id, d.Code)] = new PreparedItem(d.Code, Shingles(d.Text)))
                    .ToArray();
                var (score, matches) = Score(list with { Items = list.ContentItems }, duties);
                if (score >= Options.ListThreshold)
                {
                    pairs.Add(new NearDuplicatePair(list.Id, list.Unit, template.Id, list.Unit, true, NearDuplicateKind.Vertical, score, matches));
                }
            }
        }

        var ordered = pairs.OrderByDescending(static p => p.Score).ThenBy(static p => p.FirstId, StringComparer.Ordinal).ThenBy(static p => p.SecondId, StringComparer.Ordinal).ToImmutableArray();
        var units = ordered.SelectMany(static p => new[] { p.FirstUnit, p.SecondUnit }).Distinct().Order().ToImmutableArray();
        return new NearDuplicateReport(ordered, units, lists.Length, compared, Options);
    }

    private static IEnumerable<(int A, int B)> AllCrossUnitPairs(PreparedList[] lists)
    {
        for (var a = 0; a < lists.Length; a++)
        {
            for (var b = a + 1; b < lists.Length; b++)
            {
                if (lists[a].Unit != lists[b].Unit)
                {
                    yield return (a, b);
                }
            }
        }
    }

    private List<(int A, int B)> LshCrossUnitPairs(PreparedList[] lists)
    {
        // One signature per item; items whose band rows agree share a bucket.
        var itemList = new List<int>();
        var signatures = new List<ulong[]>();
        var itemIndexInList = new List<int>();
        for (var l = 0; l < lists.Length; l++)
        {
            for (var i = 0; i < lists[l].Items.Length; i++)
            {
                if (!lists[l].Items[i].Shingles.IsEmpty)
                {
                    itemList.Add(l);
                    itemIndexInList.Add(i);
                    signatures.Add(MinHash(lists[l].Items[i].Shingles));
                }
            }
        }

        var sigArray = signatures.ToArray();
        var colliding = new Dictionary<(int A, int B), HashSet<int>>();
        var rows = Options.RowsPerBand;
        for (var band = 0; band < Options.Bands; band++)
        {
            var buckets = new Dictionary<ulong, List<int>>();
            for (var item = 0; item < sigArray.Length; item++)
            {
                var key = unchecked((ulong)band * 0x9E3779B97F4A7C15UL);
                for (var r = 0; r < rows; r++)
                {
                    key = Mix(key ^ sigArray[item][(band * rows) + r]);
                }

                if (!buckets.TryGetValue(key, out var bucket))
                {
                    buckets[key] = bucket = [];
                }

                bucket.Add(item);
            }

            foreach (var bucket in buckets.Values)
            {
                if (bucket.Count < 2)
                {
                    continue;
                }

                var distinctLists = bucket.Select(i => itemList[i]).Distinct().Count();
                if (distinctLists < 2 || distinctLists > Options.MaxBucketLists)
                {
                    continue;
                }

                for (var x = 0; x < bucket.Count; x++)
                {
                    for (var y = x + 1; y < bucket.Count; y++)
                    {
                        int la = itemList[bucket[x]], lb = itemList[bucket[y]];
                        if (la == lb || lists[la].Unit == lists[lb].Unit)
                        {
                            continue;
                        }

                        var (key, item) = la < lb ? ((la, lb), itemIndexInList[bucket[x]]) : ((lb, la), itemIndexInList[bucket[y]]);
                        if (!colliding.TryGetValue(key, out var items))
                        {
                            colliding[key] = items = [];
                        }

                        items.Add(item);
                    }
                }
            }
        }

        return [.. colliding
            .Where(p => p.Value.Count >= Math.Max(1, Options.MinCollidingItemFraction * Math.Min(lists[p.Key.A].Items.Length, lists[p.Key.B].Items.Length)))
            .Select(static p => p.Key)
            .OrderBy(static p => p.A).ThenBy(static p => p.B)];
    }

    private ulong[] MinHash(ShingleSet shingles)
    {
        var signature = new ulong[_hashSeeds.Length];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles.Array)
        {
            for (var k = 0; k < signature.Length; k++)
            {
                var h = Mix(shingle ^ _hashSeeds[k]);
                if (h < signature[k])
                {
                    signature[k] = h;
                }
            }
        }

        return signature;
    }

    private (decimal Score, ImmutableArray<ItemMatch> Matches) Score(PreparedList first, PreparedItem[] second)
    {
        var a = first.Items;
        if (a.Length == 0 || second.Length == 0)
        {
            return (0m, []);
        }

        // Intersection counts through an inverted index of the second list's shingles (built per pair, buffers reused
        // per thread): the same Jaccard values as ShingleSet.Jaccard, without merging every item pair.
        var index = t_index ??= new Dictionary<ulong, int>();
        var postingItem = t_postingItem ??= new List<int>();
        var postingNext = t_postingNext ??= new List<int>();
        index.Clear();
        postingItem.Clear();
        postingNext.Clear();
        for (var j = 0; j < second.Length; j++)
        {
            foreach (var h in second[j].Shingles.Array)
            {
                postingNext.Add(index.TryGetValue(h, out var previous) ? previous : -1);
                postingItem.Add(j);
                index[h] = postingItem.Count - 1;
            }
        }

        var counts = new int[second.Length];
        var bestA = new double[a.Length];
        var bestIndexA = new int[a.Length];
        var bestB = new double[second.Length];
        for (var i = 0; i < a.Length; i++)
        {
            var shingles = a[i].Shingles.Array;
            Array.Clear(counts);
            foreach (var h in shingles)
            {
                if (index.TryGetValue(h, out var posting))
                {
                    for (; posting >= 0; posting = postingNext[posting])
                    {
                        counts[postingItem[posting]]++;
                    }
                }
            }

            bestIndexA[i] = -1;
            for (var j = 0; j < second.Length; j++)
            {
                var common = counts[j];
                var s = common == 0 ? 0 : (double)common / (shingles.Length + second[j].Shingles.Array.Length - common);
                if (s > bestA[i] || bestIndexA[i] < 0)
                {
                    bestA[i] = s;
                    bestIndexA[i] = j;
                }

                if (s > bestB[j])
                {
                    bestB[j] = s;
                }
            }
        }

        double sumA = 0, sumB = 0;
        foreach (var s in bestA)
        {
            sumA += s;
        }

        foreach (var s in bestB)
        {
            sumB += s;
        }

        var score = Math.Clamp((sumA + sumB) / (a.Length + second.Length), 0, 1);
        var matches = ImmutableArray.CreateBuilder<ItemMatch>();
        for (var i = 0; i < a.Length; i++)
        {
            if (bestA[i] >= Options.ItemMatchThreshold)
            {
                matches.Add(new ItemMatch(a[i].Id, second[bestIndexA[i]].Id, Round(bestA[i])));
            }
        }

        return (Round(score), matches.ToImmutable());
    }

    private static decimal Round(double value) => Math.Round((decimal)value, 4, MidpointRounding.ToEven);

    private ShingleSet Shingles(string text) => ShingleSet.Of(_normalizer.Normalize(text), Options.NGramSize);

    private PreparedList Prepare(ResponsibilityChecklist list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var items = list.Items.Select(i => new PreparedItem(
            i.Id,
            ShingleSet.Of(_normalizer.Normalize(i.Content) + _normalizer.Normalize(i.Measures) + _normalizer.Normalize(i.CompletionStandard), Options.NGramSize))).ToArray();
        var contentItems = list.Items.Select(i => new PreparedItem(i.Id, Shingles(i.Content))).ToArray();
        return new PreparedList(list.Id, list.Owner.Unit, list.Owner.IsTeam, list.TemplateId, items, contentItems, [.. list.Items.SelectMany(static i => i.DutyCodes).Distinct(StringComparer.Ordinal)]);
    }

    private static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    private static ulong SplitMix(ref ulong state)
    {
        state = unchecked(state + 0x9E3779B97F4A7C15UL);
        return Mix(state);
    }

    private sealed record PreparedItem(string Id, ShingleSet Shingles);

    private sealed record PreparedList(string Id, OrgUnitId Unit, bool IsTeam, string TemplateId, PreparedItem[] Items, PreparedItem[] ContentItems, string[] DutyCodes);
}
