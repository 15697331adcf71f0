using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AccountabilityKit.Localization;

/// <summary>
/// A sentence a person reads, kept as data: a message id from a <see cref="MessageCatalog"/> and its named, typed
/// <see cref="Arguments"/>. <see cref="Render"/> writes it in zh-CN (the default and the fallback) or English;
/// a host that wants its own words renders <see cref="Id"/> and <see cref="Arguments"/> itself.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.MessageJsonConverter))]
public sealed class Message : IEquatable<Message>
{
    private readonly string? _fallback;

    internal Message(string id, ImmutableArray<MessageArgument> arguments, string? fallback = null)
    {
        Id = id;
        Arguments = arguments.IsDefault ? [] : arguments;
        _fallback = fallback;
    }

    /// <summary>The stable message id, <c>Package.Key</c>: <c>Checklists.MandatoryDutyMissing</c>.</summary>
    public string Id { get; }

    /// <summary>The named arguments, in the order given.</summary>
    public ImmutableArray<MessageArgument> Arguments { get; }

    /// <summary>The argument called <paramref name="name"/>, or null.</summary>
    /// <param name="name">A placeholder name.</param>
    public MessageArgument? this[string name]
    {
        get
        {
            foreach (var argument in Arguments)
            {
                if (string.Equals(argument.Name, name, StringComparison.Ordinal))
                {
                    return argument;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// The message in <paramref name="culture"/>: English for any <c>en</c> culture, zh-CN for every other
    /// (unknown cultures and the invariant culture included); <see cref="CultureInfo.CurrentUICulture"/> when null.
    /// A message read from JSON whose catalogue is not loaded renders as the text it was read with.
    /// </summary>
    /// <param name="culture">The culture, or null for the current UI culture.</param>
    public string Render(CultureInfo? culture = null)
    {
        var english = MessageCatalog.IsEnglish(culture ?? CultureInfo.CurrentUICulture);
        var template = MessageCatalog.Find(Id)?.Template(Id, english);
        return template is null ? _fallback ?? Id : Format(template, english);
    }

    /// <summary>The message rendered with <paramref name="template"/>, a host's own wording with <c>{name}</c> placeholders.</summary>
    /// <param name="template">The template; <c>{{</c> and <c>}}</c> stand for braces.</param>
    /// <param name="culture">The culture the arguments are rendered in (labels, dates, citations); current UI culture when null.</param>
    public string RenderWith(string template, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Format(template, MessageCatalog.IsEnglish(culture ?? CultureInfo.CurrentUICulture));
    }

    /// <summary>The names of the placeholders in <paramref name="template"/>, in order of first use.</summary>
    /// <param name="template">A template.</param>
    public static IReadOnlyList<string> PlaceholdersOf(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var names = new List<string>();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{')
            {
                if (i + 1 < template.Length && template[i + 1] == '{')
                {
                    i++;
                    continue;
                }

                var end = template.IndexOf('}', i + 1);
                if (end < 0)
                {
                    break;
                }

                var name = template[(i + 1)..end];
                if (!names.Contains(name, StringComparer.Ordinal))
                {
                    names.Add(name);
                }

                i = end;
            }
        }

        return names;
    }

    private string Format(string template, bool english)
    {
        var builder = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{' && i + 1 < template.Length && template[i + 1] == '{')
            {
                builder.Append('{');
                i++;
            }
            else if (c == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                builder.Append('}');
                i++;
            }
            else if (c == '{' && template.IndexOf('}', i + 1) is var end and > 0)
            {
                var name = template[(i + 1)..end];
                builder.Append(this[name] is { } argument ? argument.Render(english) : template[i..(end + 1)]);
                i = end;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(Message? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Arguments.SequenceEqual(other.Arguments);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Message);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Arguments.Length);

    /// <summary>The message rendered in the current UI culture.</summary>
    public override string ToString() => Render();
}
