using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Serialization;

/// <summary>The strict-reading machinery shared by every loader: the graph walk, depth limits, strict UTF-8 streams, streamed arrays.</summary>
public static partial class AccountabilityKitJson
{
    private const int MaxReportedNulls = 100;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly ConditionalWeakTable<JsonSerializerOptions, Dictionary<int, JsonSerializerOptions>> DepthVariants = new();

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Reads a JSON array element by element from a stream, with memory bounded by one element (not by the array's
    /// length): every element is checked as <see cref="TryRead{T}(ReadOnlySpan{byte}, JsonTypeInfo{T}, DocumentLimits?, out T, out ValidationReport)"/>
    /// checks a document (a <c>null</c> element, or a <c>null</c> anywhere inside it, is <c>AK044</c>), and every problem is
    /// thrown as a <see cref="ValidationFailedException"/> whose paths start at the element (<c>$[12].name</c>). Invalid UTF-8 is
    /// <c>AK045</c>; passing <see cref="DocumentLimits.MaxBytes"/> is <c>AK046</c>; nesting deeper than
    /// <see cref="DocumentLimits.MaxDepth"/> (counting the array) is <c>AK047</c>. Elements already yielded stay valid when a
    /// later one fails.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="utf8Json">The stream holding one JSON array (UTF-8, a leading BOM allowed).</param>
    /// <param name="elementInfo">The source-generated type information of the element.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The elements, in order.</returns>
    /// <exception cref="ValidationFailedException">The stream is not a valid array of <typeparamref name="T"/> (raised while enumerating).</exception>
    public static async IAsyncEnumerable<T> ReadArrayAsync<T>(
        Stream utf8Json,
        JsonTypeInfo<T> elementInfo,
        DocumentLimits? limits = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(elementInfo);
        limits ??= DocumentLimits.Default;
        var info = WithDepth(elementInfo, limits.MaxDepth);
        var strict = new StrictUtf8Stream(utf8Json, limits.MaxBytes);
        await using var strictScope = strict.ConfigureAwait(false);
        var elements = JsonSerializer.DeserializeAsyncEnumerable(strict, info, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (elements.ConfigureAwait(false))
        {
            var index = 0;
            while (true)
            {
                T? element;
                try
                {
                    if (!await elements.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    element = elements.Current;
                }
                catch (DocumentRejectedException e)
                {
                    throw new ValidationFailedException(e.Report, e);
                }
                catch (Exception e) when (IsReadingFailure(e))
                {
                    throw new ValidationFailedException(ToReport(e), e);
                }

                var path = JsonPaths.Index(JsonPaths.Root, index);
                if (element is null)
                {
                    throw new ValidationFailedException(ValidationIssue.Error(VocabularyIssueCodes.NullJsonValue, path, Catalog.Of(nameof(Messages.JsonNullElement))));
                }

                var issues = new List<ValidationIssue>();
                Walk(element, info, path, issues, 1);
                if (issues.Count > 0)
                {
                    throw new ValidationFailedException(ValidationReport.From(issues));
                }

                yield return element;
                index++;
            }
        }
    }

    /// <summary>True for the exceptions System.Text.Json (or a constructor it calls) raises for bad input.</summary>
    private static bool IsReadingFailure(Exception e) => e is JsonException or ValidationFailedException;

    /// <summary>The type information of <paramref name="typeInfo"/>'s type under options that differ only in their maximum depth.</summary>
    private static JsonTypeInfo<T> WithDepth<T>(JsonTypeInfo<T> typeInfo, int maxDepth)
    {
        var options = typeInfo.Options;
        var current = options.MaxDepth == 0 ? DocumentLimits.DefaultMaxDepth : options.MaxDepth;
        if (current == maxDepth)
        {
            return typeInfo;
        }

        var variants = DepthVariants.GetValue(options, static _ => []);
        JsonSerializerOptions variant;
        lock (variants)
        {
            if (!variants.TryGetValue(maxDepth, out variant!))
            {
                variant = new JsonSerializerOptions(options) { MaxDepth = maxDepth };
                variant.MakeReadOnly();
                variants[maxDepth] = variant;
            }
        }

        return (JsonTypeInfo<T>)variant.GetTypeInfo(typeof(T));
    }

    /// <summary>Encodes a string as UTF-8 strictly (an unpaired surrogate is <c>AK045</c>), within the size limit (<c>AK046</c>); the document classes of the packages use it for their <c>TryLoad(string)</c>.</summary>
    internal static bool TryEncode(string json, DocumentLimits limits, out byte[] bytes, out ValidationReport report)
    {
        bytes = [];
        int count;
        try
        {
            count = StrictUtf8.GetByteCount(json);
        }
        catch (EncoderFallbackException e)
        {
            report = ValidationReport.Of(ValidationIssue.Error(VocabularyIssueCodes.InvalidTextEncoding, JsonPaths.Root, Catalog.Of(nameof(Messages.TextInvalidString), ("offset", Math.Max(0, e.Index)))));
            return false;
        }

        if (count > limits.MaxBytes)
        {
            report = DocumentText.TooLarge(count, limits.MaxBytes);
            return false;
        }

        bytes = StrictUtf8.GetBytes(json);
        report = ValidationReport.Empty;
        return true;
    }

    /// <summary>
    /// Walks a deserialized value along its source-generated metadata (no reflection): every list element and dictionary
    /// value must be non-null (unless the element type is a nullable value type); properties are followed by their JSON names.
    /// </summary>
    private static void Walk(object value, JsonTypeInfo info, string path, List<ValidationIssue> issues, int depth)
    {
        if (issues.Count >= MaxReportedNulls || depth > 1000)
        {
            return;
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var property in info.Properties)
                {
                    if (property.Get is null || property.Get(value) is not { } child)
                    {
                        continue;
                    }

                    if (InfoOf(info.Options, property.PropertyType) is { } childInfo)
                    {
                        Walk(child, childInfo, JsonPaths.Property(path, property.Name), issues, depth + 1);
                    }
                }

                break;
            case JsonTypeInfoKind.Enumerable when value is IEnumerable items:
            {
                var elementType = info.ElementType!;
                var elementInfo = InfoOf(info.Options, elementType);
                var index = 0;
                foreach (var item in items)
                {
                    var itemPath = JsonPaths.Index(path, index);
                    if (item is null)
                    {
                        if (Nullable.GetUnderlyingType(elementType) is null)
                        {
                            issues.Add(ValidationIssue.Error(VocabularyIssueCodes.NullJsonValue, itemPath, Catalog.Of(nameof(Messages.JsonNullElement))));
                        }
                    }
                    else if (elementInfo is not null)
                    {
                        Walk(item, elementInfo, itemPath, issues, depth + 1);
                    }

                    index++;
                }

                break;
            }

            case JsonTypeInfoKind.Dictionary when value is IDictionary entries:
            {
                var valueType = info.ElementType!;
                var valueInfo = InfoOf(info.Options, valueType);
                foreach (DictionaryEntry entry in entries)
                {
                    var entryPath = JsonPaths.Property(path, Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    if (entry.Value is null)
                    {
                        if (Nullable.GetUnderlyingType(valueType) is null)
                        {
                            issues.Add(ValidationIssue.Error(VocabularyIssueCodes.NullJsonValue, entryPath, Catalog.Of(nameof(Messages.JsonNullNotAllowed), ("where", string.Empty))));
                        }
                    }
                    else if (valueInfo is not null)
                    {
                        Walk(entry.Value, valueInfo, entryPath, issues, depth + 1);
                    }
                }

                break;
            }

            default:
                // Values written by a converter (ids, dates, citations, enums, numbers, strings) have no inner structure to check.
                break;
        }
    }

    private static JsonTypeInfo? InfoOf(JsonSerializerOptions options, Type type)
    {
        if (type == typeof(string) || type.IsPrimitive || type.IsEnum)
        {
            return null;
        }

        return options.TryGetTypeInfo(type, out var info) && info.Kind != JsonTypeInfoKind.None ? info : null;
    }
}
