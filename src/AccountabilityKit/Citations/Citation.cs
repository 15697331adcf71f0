using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using AccountabilityKit.Localization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Citations;

/// <summary>
/// Where a rule comes from: a regulation key, an article (条), and optionally a clause (款) and an item (项).
/// English form <c>ARR2019 Art. 8</c>, <c>ARR2019 Art. 6(2)</c>, <c>ARR2019 Art. 7 item 9</c>;
/// Chinese form <c>问责条例第八条</c>, <c>问责条例第六条第二款</c>, <c>问责条例第七条第（九）项</c>.
/// Serialized as a JSON string in the English form.
/// </summary>
[JsonConverter(typeof(CitationJsonConverter))]
public readonly partial record struct Citation
{
    private readonly string? _regulationKey;

    /// <summary>Creates a citation.</summary>
    /// <param name="regulationKey">A regulation key such as <c>ARR2019</c> (see <see cref="RegulationKeys"/>).</param>
    /// <param name="article">The article number (条), from 1.</param>
    /// <param name="clause">The clause number (款), from 1, or null.</param>
    /// <param name="item">The item number (项), from 1, or null.</param>
    /// <exception cref="ValidationFailedException">The key is malformed (<c>AK030</c>) or a number is not positive (<c>AK032</c>).</exception>
    public Citation(string regulationKey, int article, int? clause = null, int? item = null)
    {
        var issues = new List<ValidationIssue>(0);
        if (!IsValidKey(regulationKey))
        {
            issues.Add(ValidationIssue.Error(VocabularyIssueCodes.MalformedCitation, nameof(regulationKey), Catalog.Of(nameof(Messages.CitationKeyMalformed), ("key", regulationKey))));
        }

        CheckPositive(issues, article, nameof(article));
        CheckPositive(issues, clause, nameof(clause));
        CheckPositive(issues, item, nameof(item));
        ValidationReport.From(issues).ThrowIfInvalid();
        _regulationKey = regulationKey;
        Article = article;
        Clause = clause;
        Item = item;
    }

    /// <summary>The regulation key, e.g. <c>ARR2019</c> (empty only for <c>default(Citation)</c>).</summary>
    public string RegulationKey => _regulationKey ?? string.Empty;

    /// <summary>The article (条).</summary>
    public int Article { get; }

    /// <summary>The clause (款), if cited.</summary>
    public int? Clause { get; }

    /// <summary>The item (项), if cited.</summary>
    public int? Item { get; }

    /// <summary>Parses the English form: <c>ARR2019 Art. 8</c>, <c>ARR2019 Art. 6(2)</c>, <c>ARR2019 Art. 7 item 9</c>, <c>ARR2019 Art. 17(1) item 2</c>.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="ValidationFailedException">The text is malformed (<c>AK030</c>) or a number is not positive (<c>AK032</c>).</exception>
    public static Citation Parse(string text)
    {
        var report = TryParseCore(text, out var citation);
        report.ThrowIfInvalid();
        return citation;
    }

    /// <summary>Parses the English form without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="citation">The citation when the text is valid.</param>
    public static bool TryParse(string? text, out Citation citation) => TryParseCore(text, out citation).IsValid;

    /// <summary>The English form, e.g. <c>ARR2019 Art. 6(2)</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder(RegulationKey).Append(" Art. ").Append(Article.ToString(CultureInfo.InvariantCulture));
        if (Clause is { } clause)
        {
            builder.Append('(').Append(clause.ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        if (Item is { } item)
        {
            builder.Append(" item ").Append(item.ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>The Chinese form, e.g. <c>问责条例第六条第二款</c>, using the short title from <paramref name="registry"/>.</summary>
    /// <param name="registry">Where the short title is looked up; <see cref="RegulationRegistry.Default"/> when null. An unregistered key is written as is.</param>
    public string ToChineseString(RegulationRegistry? registry = null)
    {
        var title = (registry ?? RegulationRegistry.Default).TryGet(RegulationKey, out var regulation) ? regulation.ShortTitle : RegulationKey;
        var builder = new StringBuilder(title).Append('第').Append(ChineseNumerals.Format(Article)).Append('条');
        if (Clause is { } clause)
        {
            builder.Append('第').Append(ChineseNumerals.Format(clause)).Append('款');
        }

        if (Item is { } item)
        {
            builder.Append("第（").Append(ChineseNumerals.Format(item)).Append("）项");
        }

        return builder.ToString();
    }

    /// <summary>The form for <paramref name="cultureName"/>: Chinese for <c>zh*</c>, English otherwise.</summary>
    /// <param name="cultureName">A culture name such as <c>zh-CN</c> or <c>en</c>.</param>
    /// <param name="registry">Where the Chinese short title is looked up.</param>
    public string ToString(string cultureName, RegulationRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(cultureName);
        return cultureName.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? ToChineseString(registry) : ToString();
    }

    internal static bool IsValidKey(string? key) => key is not null && KeyPattern().IsMatch(key);

    private static Message PartName(string path) => Catalog.Of(path switch
    {
        "clause" => nameof(Messages.CitationPartClause),
        "item" => nameof(Messages.CitationPartItem),
        _ => nameof(Messages.CitationPartArticle),
    });

    private static void CheckPositive(List<ValidationIssue> issues, int? number, string path)
    {
        if (number is < 1 or > 9999)
        {
            issues.Add(ValidationIssue.Error(VocabularyIssueCodes.InvalidArticleNumber, path, Catalog.Of(nameof(Messages.ArticleNumberOutOfRange), ("part", PartName(path)), ("number", number ?? 0))));
        }
    }

    private static ValidationReport TryParseCore(string? text, out Citation citation)
    {
        citation = default;
        var match = text is null ? Match.Empty : TextPattern().Match(text);
        if (!match.Success)
        {
            return ValidationReport.Of(ValidationIssue.Error(VocabularyIssueCodes.MalformedCitation, nameof(text), Catalog.Of(nameof(Messages.CitationMalformed), ("text", text))));
        }

        static int? Number(Group group) =>
            group.Success && int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : group.Success ? 0 : null;

        var article = Number(match.Groups["article"]) ?? 0;
        var clause = Number(match.Groups["clause"]);
        var item = Number(match.Groups["item"]);
        try
        {
            citation = new Citation(match.Groups["key"].Value, article, clause, item);
            return ValidationReport.Empty;
        }
        catch (ValidationFailedException e)
        {
            return e.Report.Under(nameof(text));
        }
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]{1,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^(?<key>[A-Z][A-Za-z0-9]{1,31}) Art\. (?<article>[0-9]{1,9})(?:\((?<clause>[0-9]{1,9})\))?(?: item (?<item>[0-9]{1,9}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex TextPattern();
}
