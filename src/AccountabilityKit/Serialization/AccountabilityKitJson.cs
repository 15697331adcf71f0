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
/// type is nullable (and never as a list element or dictionary value), duplicate keys rejected, comments allowed, Chinese
/// written unescaped; input bounded by <see cref="DocumentLimits"/> and refused when it is not valid UTF-8.
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
            AllowDuplicateProperties = false,
            MaxDepth = DocumentLimits.DefaultMaxDepth,
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
    /// <exception cref="ValidationFailedException">The text is malformed or does not fit the format (codes <c>AK040</c>–<c>AK048</c>, or the value's own codes).</exception>
    public static T Read<T>(string json, JsonTypeInfo<T> typeInfo) => Read(json, typeInfo, null);

    /// <summary>Reads a value within <paramref name="limits"/>, or throws with every problem found and its JSON path.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="typeInfo">The source-generated type information.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <exception cref="ValidationFailedException">The text is malformed or does not fit the format.</exception>
    public static T Read<T>(string json, JsonTypeInfo<T> typeInfo, DocumentLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(json);
        return TryRead(json, typeInfo, limits, out var value, out var report) ? value : throw new ValidationFailedException(report);
    }

    /// <summary>Reads a value from UTF-8 bytes, or throws with every problem found and its JSON path.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="utf8Json">The JSON text as UTF-8 (a leading BOM is allowed; invalid UTF-8 is <c>AK045</c>).</param>
    /// <param name="typeInfo">The source-generated type information.</param>
    /// <exception cref="ValidationFailedException">The text is malformed or does not fit the format.</exception>
    public static T Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo) => Read(utf8Json, typeInfo, null);

    /// <summary>Reads a value from UTF-8 bytes within <paramref name="limits"/>, or throws with every problem found and its JSON path.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="utf8Json">The JSON text as UTF-8.</param>
    /// <param name="typeInfo">The source-generated type information.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <exception cref="ValidationFailedException">The text is malformed or does not fit the format.</exception>
    public static T Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, DocumentLimits? limits) =>
        TryRead(utf8Json, typeInfo, limits, out var value, out var report) ? value : throw new ValidationFailedException(report);

    /// <summary>
    /// Reads a value from a stream (UTF-8), or throws with every problem found and its JSON path. The stream is read
    /// incrementally: invalid UTF-8 is <c>AK045</c> with its byte offset, more than <see cref="DocumentLimits.MaxBytes"/>
    /// is <c>AK046</c> as soon as the limit is passed.
    /// </summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="typeInfo">The source-generated type information.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ValidationFailedException">The text is malformed or does not fit the format.</exception>
    public static Task<T> ReadAsync<T>(Stream utf8Json, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
        ReadAsync(utf8Json, typeInfo, null, cancellationToken);

    /// <summary>Reads a value from a stream (UTF-8) within <paramref name="limits"/>, or throws with every problem found and its JSON path.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="typeInfo">The source-generated type information.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ValidationFailedException">The text is malformed or does not fit the format.</exception>
    public static async Task<T> ReadAsync<T>(Stream utf8Json, JsonTypeInfo<T> typeInfo, DocumentLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(typeInfo);
        limits ??= DocumentLimits.Default;
        var info = WithDepth(typeInfo, limits.MaxDepth);
        T? value;
        try
        {
            var strict = new StrictUtf8Stream(utf8Json, limits.MaxBytes);
            await using (strict.ConfigureAwait(false))
            {
                value = await JsonSerializer.DeserializeAsync(strict, info, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DocumentRejectedException e)
        {
            throw new ValidationFailedException(e.Report, e);
        }
        catch (Exception e) when (IsReadingFailure(e))
        {
            throw new ValidationFailedException(ToReport(e), e);
        }

        return CheckRoot(ref value, info, out var report) ? value! : throw new ValidationFailedException(report);
    }

    /// <summary>Reads a value without throwing for bad input.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="typeInfo">The source-generated type information.</param>
    /// <param name="value">The value, when the text is valid; never a half-built object.</param>
    /// <param name="report">The problems found (empty when valid).</param>
    /// <returns>True when <paramref name="value"/> was read.</returns>
    public static bool TryRead<T>(string json, JsonTypeInfo<T> typeInfo, [NotNullWhen(true)] out T? value, out ValidationReport report) =>
        TryRead(json, typeInfo, null, out value, out report);

    /// <summary>Reads a value within <paramref name="limits"/> without throwing for bad input.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="json">The JSON text (a string with an unpaired surrogate is <c>AK045</c>; its size is counted in UTF-8 bytes).</param>
    /// <param name="typeInfo">The source-generated type information.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <param name="value">The value, when the text is valid; never a half-built object.</param>
    /// <param name="report">The problems found (empty when valid).</param>
    /// <returns>True when <paramref name="value"/> was read.</returns>
    public static bool TryRead<T>(string json, JsonTypeInfo<T> typeInfo, DocumentLimits? limits, [NotNullWhen(true)] out T? value, out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!TryEncode(json, limits ?? DocumentLimits.Default, out var bytes, out report))
        {
            value = default;
            return false;
        }

        return TryRead(bytes, typeInfo, limits, out value, out report);
    }

    /// <summary>Reads a value from UTF-8 bytes without throwing for bad input.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="utf8Json">The JSON text as UTF-8.</param>
    /// <param name="typeInfo">The source-generated type information.</param>
    /// <param name="value">The value, when the text is valid.</param>
    /// <param name="report">The problems found (empty when valid).</param>
    /// <returns>True when <paramref name="value"/> was read.</returns>
    public static bool TryRead<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, [NotNullWhen(true)] out T? value, out ValidationReport report) =>
        TryRead(utf8Json, typeInfo, null, out value, out report);

    /// <summary>
    /// Reads a value from UTF-8 bytes within <paramref name="limits"/> without throwing for bad input: the size is checked
    /// first (<c>AK046</c>), then the encoding (<c>AK045</c> with the byte offset of the first invalid sequence; a leading
    /// UTF-8 BOM is allowed), then the JSON (depth <c>AK047</c>, duplicate keys <c>AK048</c>, shape <c>AK040</c>–<c>AK044</c>),
    /// then every element of every list and every value of every dictionary at every depth (a <c>null</c> is <c>AK044</c>
    /// with its path, e.g. <c>$.categories[1]</c>).
    /// </summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="utf8Json">The JSON text as UTF-8.</param>
    /// <param name="typeInfo">The source-generated type information.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <param name="value">The value, when the text is valid.</param>
    /// <param name="report">The problems found (empty when valid).</param>
    /// <returns>True when <paramref name="value"/> was read.</returns>
    public static bool TryRead<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, DocumentLimits? limits, [NotNullWhen(true)] out T? value, out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        limits ??= DocumentLimits.Default;
        value = default;
        if (utf8Json.Length > limits.MaxBytes)
        {
            report = DocumentText.TooLarge(utf8Json.Length, limits.MaxBytes);
            return false;
        }

        var bom = utf8Json.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        utf8Json = utf8Json[bom..];
        var invalid = DocumentText.FirstInvalidUtf8(utf8Json);
        if (invalid >= 0)
        {
            report = DocumentText.InvalidUtf8(bom + invalid);
            return false;
        }

        var info = WithDepth(typeInfo, limits.MaxDepth);
        try
        {
            value = JsonSerializer.Deserialize(utf8Json, info);
        }
        catch (Exception e) when (IsReadingFailure(e))
        {
            value = default;
            report = ToReport(e);
            return false;
        }

        return CheckRoot(ref value, info, out report);
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

        if (DepthPattern().Match(json.Message) is { Success: true } depth)
        {
            // The reader stopped at the configured maximum depth (DocumentLimits.MaxDepth): the path is where it stopped.
            return Single(VocabularyIssueCodes.DocumentTooDeep, path, Catalog.Of(nameof(Messages.DocumentTooDeep), ("limit", int.Parse(depth.Groups[1].Value, CultureInfo.InvariantCulture))));
        }

        if (message.StartsWith("Duplicate propert", StringComparison.Ordinal))
        {
            var property = QuotedName().Match(message) is { Success: true } d ? d.Groups[1].Value : LastSegment(path);
            var duplicatePath = path.EndsWith(property, StringComparison.Ordinal) ? path : JsonPaths.Property(path, property);
            return Single(VocabularyIssueCodes.DuplicateJsonProperty, duplicatePath, Catalog.Of(nameof(Messages.JsonDuplicateProperty), ("property", property), where));
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

    private static bool CheckRoot<T>(ref T? value, JsonTypeInfo info, out ValidationReport report)
    {
        if (value is null)
        {
            report = ValidationReport.Of(NullRoot());
            return false;
        }

        // RespectNullableAnnotations does not cover collection elements or dictionary values: walk the whole graph.
        var issues = new List<ValidationIssue>();
        Walk(value, info, JsonPaths.Root, issues, 0);
        if (issues.Count > 0)
        {
            value = default;
            report = ValidationReport.From(issues);
            return false;
        }

        report = ValidationReport.Empty;
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

    [GeneratedRegex(@"maximum configured depth of (\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex DepthPattern();

    [GeneratedRegex("'([^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"(?:\.([^.\[\]]+)|\['([^']+)'\])$", RegexOptions.CultureInvariant)]
    private static partial Regex LastSegmentPattern();
}
