using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using AccountabilityKit.Validation;
using CsCheck;

namespace AccountabilityKit.TestSupport;

/// <summary>
/// Fuzzing of a document loader (issue 18, "Checks"): CsCheck generates mutations of valid documents — byte flips,
/// truncation, duplicated keys, <c>null</c> injected at any path, huge numbers, deep nesting, case-changed enum names,
/// unpaired surrogates — and every one must be accepted or refused with typed issues, never another exception; an accepted
/// value holds no <c>null</c> element and saves to JSON that loads back to an equal value (equal JSON). The time spent per
/// loader is <c>AKIT_FUZZ_SECONDS</c> (default 2 s, so the normal test run stays fast; CI's fuzz step raises it).
/// </summary>
public static class DocumentFuzz
{
    /// <summary>A loader under test: reads the bytes (as a UTF-8 stream) without throwing for bad input.</summary>
    public delegate bool TryLoad<T>(byte[] utf8Json, out T? value, out ValidationReport report);

    /// <summary>The seconds per loader: <c>AKIT_FUZZ_SECONDS</c>, default 2.</summary>
    public static int Seconds =>
        int.TryParse(Environment.GetEnvironmentVariable("AKIT_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 2;

    private const string DeepMarker = "__deep_nesting__";

    private static readonly string[] HugeNumbers =
        ["79228162514264337593543950335", "-79228162514264337593543950335", "1e400", "-1e400", "1e-400", "2147483648", "-2147483649", "9223372036854775808", "-1", "0.00000000000000000000000000001"];

    /// <summary>Runs the fuzz target for <see cref="Seconds"/> seconds on one thread.</summary>
    /// <typeparam name="T">The document's type.</typeparam>
    /// <param name="seeds">Valid documents to mutate (each must load).</param>
    /// <param name="load">The loader.</param>
    /// <param name="save">The writer.</param>
    public static void Run<T>(IReadOnlyList<string> seeds, TryLoad<T> load, Func<T, string> save)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(save);
        foreach (var seed in seeds)
        {
            Check(Encoding.UTF8.GetBytes(seed), load, save).Should().BeTrue("every seed is a valid document: {0}", seed);
        }

        Gen.Select(Gen.Int[0, seeds.Count - 1], Gen.Int[0, 9], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000])
            .Select(t => Mutate(seeds[t.Item1], t.Item2, t.Item3, t.Item4))
            .Sample(bytes => { Check(bytes, load, save); }, time: Seconds, threads: 1, print: static b => b is null ? "(none)" : Encoding.UTF8.GetString(b));
    }

    /// <summary>Loads <paramref name="bytes"/> and checks the promise; true when accepted.</summary>
    private static bool Check<T>(byte[] bytes, TryLoad<T> load, Func<T, string> save)
        where T : class
    {
        bool ok;
        T? value;
        ValidationReport report;
        try
        {
            // A loader that does not finish within 10 s on a document of a few kilobytes is a finding too.
            var run = Task.Run(() => (load(bytes, out var v, out var r), v, r));
            if (!run.Wait(TimeSpan.FromSeconds(10)))
            {
                throw new TimeoutException("The loader did not finish within 10 s on: " + Encoding.UTF8.GetString(bytes));
            }

            (ok, value, report) = run.Result;
        }
        catch (AggregateException e) when (e.InnerException is ValidationFailedException failure)
        {
            failure.Report.Issues.Should().NotBeEmpty();
            return false;
        }

        if (!ok)
        {
            value.Should().BeNull("a refused document gives no value");
            report.Issues.Should().NotBeEmpty("a refused document says why");
            report.Issues.Should().OnlyContain(i => i.Code.Length > 0 && i.Path != null);
            return false;
        }

        value.Should().NotBeNull();
        NullElements(value!, "$", 0, new HashSet<object>(ReferenceEqualityComparer.Instance)).Should().BeEmpty("an accepted value holds no null element");
        var json = save(value!);
        load(Encoding.UTF8.GetBytes(json), out var back, out var backReport).Should().BeTrue("what was saved loads back: {0}", backReport);
        save(back!).Should().Be(json, "a round trip gives equal JSON");
        return true;
    }

    /// <summary>The paths of null elements of any collection reachable through public properties of the kit's types.</summary>
    private static List<string> NullElements(object value, string path, int depth, HashSet<object> seen)
    {
        var found = new List<string>();
        if (depth > 40 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || (!value.GetType().IsValueType && !seen.Add(value)))
        {
            return found;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                if (item is null)
                {
                    found.Add($"{path}[{i}]");
                }
                else
                {
                    found.AddRange(NullElements(item, $"{path}[{i}]", depth + 1, seen));
                }

                i++;
            }

            return found;
        }

        var type = value.GetType();
        // Value types of the kit (ids, quarters) hold no lists, and their properties (Next, Previous) would never end.
        if (type.IsValueType || type.Namespace?.StartsWith("AccountabilityKit", StringComparison.Ordinal) != true)
        {
            return found;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            object? child;
            try
            {
                child = property.GetValue(value);
            }
            catch (TargetInvocationException)
            {
                continue;
            }

            if (child is not null)
            {
                found.AddRange(NullElements(child, $"{path}.{property.Name}", depth + 1, seen));
            }
        }

        return found;
    }

    /// <summary>One mutation of <paramref name="seed"/>, chosen by <paramref name="kind"/> and placed by <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static byte[] Mutate(string seed, int kind, int a, int b)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var bytes = Encoding.UTF8.GetBytes(seed);
        switch (kind)
        {
            case 0: // byte flip
                bytes[a % bytes.Length] = (byte)(b & 0xFF);
                return bytes;
            case 1: // truncation
                return bytes[..(a % bytes.Length)];
            default:
                break;
        }

        var root = JsonNode.Parse(seed, documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[a % nodes.Count];
        switch (kind)
        {
            case 2: // duplicated key
                return Encoding.UTF8.GetBytes(Emit(root, target as JsonObject ?? target.Parent as JsonObject ?? root as JsonObject));
            case 3: // null injected
            case 4:
                Replace(root, target, null);
                break;
            case 5: // huge number
                var numbers = nodes.Where(static n => n is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number).ToList();
                if (numbers.Count > 0)
                {
                    Replace(root, numbers[a % numbers.Count], JsonNode.Parse(HugeNumbers[b % HugeNumbers.Length]));
                }

                break;
            case 6: // deep nesting
                var depth = 60 + (b % 150);
                Replace(root, target, JsonValue.Create(DeepMarker));
                return Encoding.UTF8.GetBytes((ReferenceEquals(root, target) ? "\"" + DeepMarker + "\"" : root.ToJsonString())
                    .Replace("\"" + DeepMarker + "\"", new string('[', depth) + new string(']', depth), StringComparison.Ordinal));
            case 7: // case-changed names (enum values)
            case 8:
                var strings = nodes.Where(static n => n is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String).ToList();
                if (strings.Count > 0)
                {
                    var s = strings[a % strings.Count].GetValue<string>();
                    var changed = (b % 3) switch
                    {
                        0 => s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : "X",
                        1 => s.ToUpperInvariant(),
                        _ => s + ", " + s,
                    };
                    Replace(root, strings[a % strings.Count], JsonValue.Create(changed));
                }

                break;
            default: // control characters and an unpaired surrogate in a string
                var texts = nodes.Where(static n => n is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String).ToList();
                if (texts.Count > 0)
                {
                    var extra = (b % 4) switch { 0 => "\u0000", 1 => "\u202E", 2 => "\u0085", _ => "\uD800" };
                    Replace(root, texts[a % texts.Count], JsonValue.Create(texts[a % texts.Count].GetValue<string>() + extra));
                }

                break;
        }

        return Encoding.UTF8.GetBytes(root?.ToJsonString() ?? "null");
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
        {
            return;
        }

        nodes.Add(node);
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o)
                {
                    Collect(child, nodes);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, nodes);
                }

                break;
        }
    }

    private static void Replace(JsonNode root, JsonNode target, JsonNode? replacement)
    {
        if (ReferenceEquals(root, target))
        {
            return;
        }

        switch (target.Parent)
        {
            case JsonObject o:
                o[target.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = replacement;
                break;
        }
    }

    /// <summary>Writes <paramref name="root"/> with the first property of <paramref name="duplicated"/> written twice.</summary>
    private static string Emit(JsonNode? root, JsonObject? duplicated)
    {
        var text = new StringBuilder();
        void Write(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    text.Append('{');
                    var first = true;
                    foreach (var (name, child) in o)
                    {
                        var times = first && ReferenceEquals(o, duplicated) ? 2 : 1;
                        for (var t = 0; t < times; t++)
                        {
                            if (!first || t > 0)
                            {
                                text.Append(',');
                            }

                            text.Append(JsonValue.Create(name).ToJsonString()).Append(':');
                            Write(child);
                        }

                        first = false;
                    }

                    text.Append('}');
                    break;
                case JsonArray array:
                    text.Append('[');
                    for (var i = 0; i < array.Count; i++)
                    {
                        if (i > 0)
                        {
                            text.Append(',');
                        }

                        Write(array[i]);
                    }

                    text.Append(']');
                    break;
                case null:
                    text.Append("null");
                    break;
                default:
                    text.Append(node.ToJsonString());
                    break;
            }
        }

        Write(root);
        return text.ToString();
    }
}
