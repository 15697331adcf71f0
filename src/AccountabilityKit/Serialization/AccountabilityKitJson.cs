using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using AccountabilityKit.Localization;
using AccountabilityKit.Validation;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace AccountabilityKit.Serialization;

/// <summary>
/// The one System.Text.Json configuration of AccountabilityKit, and strict reading that never leaks a raw
/// <see cref="JsonException"/>: camelCase names, enums as camelCase strings (numbers rejected), NodaTime values in
/// ISO form (<c>"2021-06-30"</c>), unknown properties and missing required ones rejected, <c>null</c> only where the
/// type is nullable, comments allowed, Chinese written unescaped.
/// </summary>
/// <example><code>
/// var units = AccountabilityKitJson.Read(json, AccountabilityKitJson.TypeInfo&lt;IReadOnlyList&lt;OrgUnit&gt;&gt;());
/// // bad input: ValidationFailedException with e.g. "AK041 error at $[2].nmae: The property 'nmae' is not part of the format."
/// </code></example>
public static partial class AccountabilityKitJson
{
    /// <summary>The shared, read-only options for the vocabulary's own types.</summary>
    public static JsonSerializerOptions Options { get; } = Freeze(CreateOptions());

    /// <summary>
    /// Creates options with the library's settings, resolving types from <paramref name="resolvers"/> (e.g. a
    /// package's own source-generated context) and then from <see cref="AccountabilityKitJsonContext"/>.
    /// </summary>
    /// <param name="resolvers">Source-generated contexts of the caller, tried first.</param>
    public static JsonSerializerOptions CreateOptions(params IJsonTypeInfoResolver[] resolvers)
    {
        ArgumentNullException.ThrowIfNull(resolvers);
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = false,
            NumberHandling = JsonNumberHandling.Strict,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = JsonTypeInfoResolver.Combine([.. resolvers, AccountabilityKitJsonContext.Default]),
        };
        // Enums: each kit enum carries CamelCaseEnumConverter<T> (no options-wide factory, which would need runtime code generation).
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }

    /// <summary>
    /// The source-generated type information of <typeparamref name="T"/> under <see cref="Options"/>, for the
    /// vocabulary's own types (<c>OrgUnit</c>, <c>IReadOnlyList&lt;OrgUnit&gt;</c>, <c>Cadre</c>, <c>Citation</c>, …).
    /// </summary>
    /// <typeparam name="T">A vocabulary type.</typeparam>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the vocabulary's serializable types.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    /// <summary>Reads a value, or throws with every problem found and its JSON path.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="typeInfo">The source-generated type information (e.g. <c>MyContext.Default.MyType</c>).</param>
    /// <exception cref="ValidationFailedException">The text is malformed or does not fit the format (codes <c>AK040</c>–<c>AK044</c>, or the value's own codes).</exception>
    public static T Read<T>(string json, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(json);
        return TryRead(json, typeInfo, out var value, out var report) ? value : throw new ValidationFailedException(report);
    }

    /// <summary>Reads a value from UTF-8 bytes, or throws with every problem found and its JSON path.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="utf8Json">The JSON text as UTF-8.</param>
    /// <param name="typeInfo">The source-generated type information.</param>
    /// <exception cref="ValidationFailedException">The text is malformed or does not fit the format.</exception>
    public static T Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo) =>
        TryRead(utf8Json, typeInfo, out var value, out var report) ? value : throw new ValidationFailedException(report);

    /// <summary>Reads a value from a stream (UTF-8), or throws with every problem found and its JSON path.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="typeInfo">The source-generated type information.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ValidationFailedException">The text is malformed or does not fit the format.</exception>
    public static async Task<T> ReadAsync<T>(Stream utf8Json, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(typeInfo);
        T? value;
        try
        {
            value = await JsonSerializer.DeserializeAsync(utf8Json, typeInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is JsonException or ValidationFailedException)
        {
            throw new ValidationFailedException(ToReport(e), e);
        }

        return CheckRoot(ref value, out var report) ? value! : throw new ValidationFailedException(report);
    }

    /// <summary>Reads a value without throwing for bad input.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="typeInfo">The source-generated type information.</param>
    /// <param name="value">The value, when the text is valid; never a half-built object.</param>
    /// <param name="report">The problems found (empty when valid).</param>
    /// <returns>True when <paramref name="value"/> was read.</returns>
    public static bool TryRead<T>(string json, JsonTypeInfo<T> typeInfo, [NotNullWhen(true)] out T? value, out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(json);
        return TryRead(Encoding.UTF8.GetBytes(json), typeInfo, out value, out report);
    }

    /// <summary>Reads a value from UTF-8 bytes without throwing for bad input.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="utf8Json">The JSON text as UTF-8.</param>
    /// <param name="typeInfo">The source-generated type information.</param>
    /// <param name="value">The value, when the text is valid.</param>
    /// <param name="report">The problems found (empty when valid).</param>
    /// <returns>True when <paramref name="value"/> was read.</returns>
    public static bool TryRead<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, [NotNullWhen(true)] out T? value, out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        try
        {
            value = JsonSerializer.Deserialize(utf8Json, typeInfo);
        }
        catch (Exception e) when (e is JsonException or ValidationFailedException)
        {
            value = default;
            report = ToReport(e);
            return false;
        }

        return CheckRoot(ref value, out report);
    }

    /// <summary>Writes a value as indented JSON with the library's settings.</summary>
    /// <typeparam name="T">The type to write.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">The source-generated type information.</param>
    public static string Write<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return JsonSerializer.Serialize(value, typeInfo);
    }

    /// <summary>
    /// Turns an exception raised while reading JSON into issues with codes and paths: syntax (<c>AK040</c>), unknown
    /// property (<c>AK041</c>), missing required properties (<c>AK042</c>, one issue per property), wrong type or value
    /// (<c>AK043</c> or the value's own code), null not allowed (<c>AK044</c>).
    /// </summary>
    /// <param name="exception">A <see cref="JsonException"/>, or a <see cref="ValidationFailedException"/> thrown by a constructor during reading.</param>
    public static ValidationReport ToReport(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is ValidationFailedException constructorFailure)
        {
            // A constructor rejected its arguments: the reader's position is lost, so locate the member by name anywhere under the root.
            return ValidationReport.From(constructorFailure.Report.Issues.Select(static i => i.Under("$.")));
        }

        if (exception is not JsonException json)
        {
            throw new ArgumentException("Only JSON reading exceptions can be reported.", nameof(exception));
        }

        var path = string.IsNullOrEmpty(json.Path) ? JsonPaths.Root : json.Path;
        MessageArgument where = json.LineNumber is { } line
            ? ("where", Catalog.Of(nameof(Messages.JsonLocation), ("line", line + 1), ("position", (json.BytePositionInLine ?? 0) + 1)))
            : ("where", string.Empty);
        var message = StripLocation(json.Message);

        if (json.InnerException is ValidationFailedException inner)
        {
            return ValidationReport.From(inner.Report.Issues.Select(i => new ValidationIssue(i.Code, i.Severity, path, i.Text, i.Citation)));
        }

        if (json.GetType() != typeof(JsonException) || json.InnerException is JsonException)
        {
            // System.Text.Json's internal reader exception (JsonReaderException), which the serializer rethrows wrapped
            // in a plain JsonException carrying the path: the text is not well-formed JSON.
            return Single(VocabularyIssueCodes.MalformedJson, path, Catalog.Of(nameof(Messages.JsonMalformed), ("detail", message), where));
        }

        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return Single(VocabularyIssueCodes.UnknownJsonProperty, path, Catalog.Of(nameof(Messages.JsonUnknownProperty), ("property", LastSegment(path)), where));
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            var names = MissingNames(message);
            return ValidationReport.From(names.Select(n =>
                ValidationIssue.Error(VocabularyIssueCodes.MissingJsonProperty, JsonPaths.Property(path, n), Catalog.Of(nameof(Messages.JsonMissingProperty), ("property", n), where))));
        }

        if (message.Contains("null", StringComparison.OrdinalIgnoreCase) && message.Contains("allow", StringComparison.Ordinal))
        {
            var member = QuotedName().Match(message) is { Success: true } m ? m.Groups[1].Value : null;
            // The path usually already ends at the member (as its JSON name, e.g. "$.name" for the parameter 'Name').
            var nullPath = member is not null && !string.Equals(LastSegment(path), member, StringComparison.OrdinalIgnoreCase) && !path.EndsWith(member, StringComparison.Ordinal)
                ? JsonPaths.Property(path, member)
                : path;
            return Single(VocabularyIssueCodes.NullJsonValue, nullPath, Catalog.Of(nameof(Messages.JsonNullNotAllowed), where));
        }

        return Single(VocabularyIssueCodes.InvalidJsonValue, path, Catalog.Of(nameof(Messages.JsonInvalidValue), ("detail", message), where));
    }

    private static bool CheckRoot<T>(ref T? value, out ValidationReport report)
    {
        if (value is null)
        {
            report = ValidationReport.Of(NullRoot());
            return false;
        }

        // RespectNullableAnnotations does not cover collection elements: a null element of a top-level list would
        // otherwise come back as a half-built value.
        report = ValidationReport.Empty;
        if (value is System.Collections.IEnumerable items and not string)
        {
            var issues = new List<ValidationIssue>();
            var index = 0;
            foreach (var item in items)
            {
                if (item is null)
                {
                    issues.Add(ValidationIssue.Error(VocabularyIssueCodes.NullJsonValue, JsonPaths.Index(JsonPaths.Root, index), Catalog.Of(nameof(Messages.JsonNullElement))));
                }

                index++;
            }

            if (issues.Count > 0)
            {
                value = default;
                report = ValidationReport.From(issues);
                return false;
            }
        }

        return true;
    }

    private static ValidationIssue NullRoot() =>
        ValidationIssue.Error(VocabularyIssueCodes.NullJsonValue, JsonPaths.Root, Catalog.Of(nameof(Messages.JsonNullDocument)));

    private static ValidationReport Single(string code, string path, Message message) =>
        ValidationReport.Of(ValidationIssue.Error(code, path, message));

    private static string StripLocation(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    private static string LastSegment(string path)
    {
        var match = LastSegmentPattern().Match(path);
        return match.Success ? match.Groups[1].Value + match.Groups[2].Value : path;
    }

    private static List<string> MissingNames(string message)
    {
        var start = message.IndexOf("including:", StringComparison.Ordinal);
        var names = QuotedName().Matches(start < 0 ? message : message[start..]).Select(static m => m.Groups[1].Value).ToList();
        return names.Count == 0 ? ["?"] : names;
    }

    private static JsonSerializerOptions Freeze(JsonSerializerOptions options)
    {
        options.MakeReadOnly();
        return options;
    }

    [GeneratedRegex("'([^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"(?:\.([^.\[\]]+)|\['([^']+)'\])$", RegexOptions.CultureInvariant)]
    private static partial Regex LastSegmentPattern();
}
