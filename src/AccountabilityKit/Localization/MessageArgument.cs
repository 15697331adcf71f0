using System.Collections.Immutable;
using System.Globalization;
using AccountabilityKit.Citations;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using NodaTime;

namespace AccountabilityKit.Localization;

/// <summary>
/// One named, typed argument of a <see cref="Message"/>: the value a host needs to re-render or translate the
/// message in its own words (a count stays a number, a date a <see cref="LocalDate"/>, an enum its canonical code).
/// Write arguments as tuples: <c>("count", 3)</c>, <c>("deadline", date)</c>, <c>("form", LabelledValue.Of(form))</c>.
/// </summary>
public readonly record struct MessageArgument
{
    private MessageArgument(string name, MessageArgumentKind kind, object value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Kind = kind;
        Value = value;
    }

    /// <summary>The placeholder name, as written in the catalogue's templates: <c>{count}</c>.</summary>
    public string Name { get; }

    /// <summary>The type of <see cref="Value"/>.</summary>
    public MessageArgumentKind Kind { get; }

    /// <summary>
    /// The value: a <see cref="string"/>, <see cref="long"/>, <see cref="decimal"/>, <see cref="LocalDate"/>,
    /// <see cref="AssessmentQuarter"/>, <see cref="AssessmentYear"/>, <see cref="Citations.Citation"/>,
    /// <see cref="LabelledValue"/>, <see cref="ImmutableArray{T}"/> of <see cref="string"/> or <see cref="Localization.Message"/>,
    /// as <see cref="Kind"/> says.
    /// </summary>
    public object Value { get; }

    /// <summary>A text argument.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The text (user data is rendered as it is).</param>
    public static MessageArgument Text(string name, string? value) => new(name, MessageArgumentKind.Text, value ?? string.Empty);

    /// <summary>A whole-number argument.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The number.</param>
    public static MessageArgument WholeNumber(string name, long value) => new(name, MessageArgumentKind.WholeNumber, value);

    /// <summary>A decimal argument (its scale is kept when rendered).</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The number.</param>
    public static MessageArgument DecimalNumber(string name, decimal value) => new(name, MessageArgumentKind.DecimalNumber, value);

    /// <summary>A date argument.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The date.</param>
    public static MessageArgument Date(string name, LocalDate value) => new(name, MessageArgumentKind.Date, value);

    /// <summary>A quarter argument.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The quarter.</param>
    public static MessageArgument Quarter(string name, AssessmentQuarter value) => new(name, MessageArgumentKind.Quarter, value);

    /// <summary>A year argument.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The year.</param>
    public static MessageArgument Year(string name, AssessmentYear value) => new(name, MessageArgumentKind.Year, value);

    /// <summary>A citation argument, rendered in the culture's form.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The citation.</param>
    public static MessageArgument Citation(string name, Citation value) => new(name, MessageArgumentKind.Citation, value);

    /// <summary>A labelled value, rendered as its label in the culture.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The labelled value.</param>
    public static MessageArgument Label(string name, LabelledValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, MessageArgumentKind.Label, value);
    }

    /// <summary>An enum member, carried as its canonical code and labels (see <see cref="LabelledValue.Of{TEnum}"/>).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">A labelled member.</param>
    public static MessageArgument Of<TEnum>(string name, TEnum value)
        where TEnum : struct, Enum => Label(name, LabelledValue.Of(value));

    /// <summary>A list of texts.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="values">The texts.</param>
    public static MessageArgument List(string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(name, MessageArgumentKind.List, values.Select(static v => v ?? string.Empty).ToImmutableArray());
    }

    /// <summary>A nested message, rendered in the same culture.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The message.</param>
    public static MessageArgument Nested(string name, Message value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, MessageArgumentKind.Message, value);
    }

    /// <summary>A text argument from a tuple.</summary>
    /// <param name="argument">Name and value.</param>
    public static implicit operator MessageArgument((string Name, string? Value) argument) => Text(argument.Name, argument.Value);

    /// <summary>A whole-number argument from a tuple.</summary>
    /// <param name="argument">Name and value.</param>
    public static implicit operator MessageArgument((string Name, int Value) argument) => WholeNumber(argument.Name, argument.Value);

    /// <summary>A whole-number argument from a tuple.</summary>
    /// <param name="argument">Name and value.</param>
    public static implicit operator MessageArgument((string Name, long Value) argument) => WholeNumber(argument.Name, argument.Value);

    /// <summary>A decimal argument from a tuple.</summary>
    /// <param name="argument">Name and value.</param>
    public static implicit operator MessageArgument((string Name, decimal Value) argument) => DecimalNumber(argument.Name, argument.Value);

    /// <summary>A date argument from a tuple.</summary>
    /// <param name="argument">Name and value.</param>
    public static implicit operator MessageArgument((string Name, LocalDate Value) argument) => Date(argument.Name, argument.Value);

    /// <summary>A quarter argument from a tuple.</summary>
    /// <param name="argument">Name and value.</param>
    public static implicit operator MessageArgument((string Name, AssessmentQuarter Value) argument) => Quarter(argument.Name, argument.Value);

    /// <summary>A year argument from a tuple.</summary>
    /// <param name="argument">Name and value.</param>
    public static implicit operator MessageArgument((string Name, AssessmentYear Value) argument) => Year(argument.Name, argument.Value);

    /// <summary>A citation argument from a tuple.</summary>
    /// <param name="argument">Name and value.</param>
    public static implicit operator MessageArgument((string Name, Citation Value) argument) => Citation(argument.Name, argument.Value);

    /// <summary>A labelled-value argument from a tuple.</summary>
    /// <param name="argument">Name and value.</param>
    public static implicit operator MessageArgument((string Name, LabelledValue Value) argument) => Label(argument.Name, argument.Value);

    /// <summary>An org unit id, as text, from a tuple.</summary>
    /// <param name="argument">Name and value.</param>
    public static implicit operator MessageArgument((string Name, OrgUnitId Value) argument) => Text(argument.Name, argument.Value.Value);

    /// <summary>A person id, as text, from a tuple.</summary>
    /// <param name="argument">Name and value.</param>
    public static implicit operator MessageArgument((string Name, PersonId Value) argument) => Text(argument.Name, argument.Value.Value);

    /// <summary>A nested message from a tuple.</summary>
    /// <param name="argument">Name and value.</param>
    public static implicit operator MessageArgument((string Name, Message Value) argument) => Nested(argument.Name, argument.Value);

    /// <summary>The value as a person reads it in the kit culture <paramref name="english"/> selects.</summary>
    internal string Render(bool english) => Value switch
    {
        string s => s,
        long n => n.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        LocalDate date => english
            ? date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日"),
        AssessmentQuarter q => english ? q.ToString() : q.ToChineseString(),
        AssessmentYear y => y.Value.ToString(CultureInfo.InvariantCulture),
        Citations.Citation c => english ? c.ToString() : c.ToChineseString(),
        LabelledValue l => l.In(english),
        ImmutableArray<string> list => string.Join(english ? ", " : "、", list),
        Message m => m.Render(english ? MessageCatalog.English : MessageCatalog.Chinese),
        _ => Value.ToString() ?? string.Empty,
    };

    /// <summary>True when both arguments have the same name, kind and value (lists compared element by element).</summary>
    /// <param name="other">The other argument.</param>
    public bool Equals(MessageArgument other) =>
        string.Equals(Name, other.Name, StringComparison.Ordinal) && Kind == other.Kind
        && (Value is ImmutableArray<string> a && other.Value is ImmutableArray<string> b
            ? a.SequenceEqual(b, StringComparer.Ordinal)
            : Equals(Value, other.Value));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Kind);

    /// <summary>The argument as <c>name=value</c> (Chinese rendering).</summary>
    public override string ToString() => $"{Name}={Render(english: false)}";
}
