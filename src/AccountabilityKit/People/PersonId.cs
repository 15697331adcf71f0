using System.Numerics;
using System.Text.Json.Serialization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.People;

/// <summary>
/// The identifier of a person (a cadre or a team member), as the host OA system spells it: non-empty,
/// at most 128 characters, no surrounding spaces, no control characters.
/// Equality and ordering are ordinal. Serialized as a JSON string.
/// </summary>
[JsonConverter(typeof(PersonIdJsonConverter))]
public readonly record struct PersonId : IComparable<PersonId>, IComparisonOperators<PersonId, PersonId, bool>
{
    private readonly string? _value;

    /// <summary>Creates an id.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ValidationFailedException">The text breaks the identifier rule (code <c>AK001</c>).</exception>
    public PersonId(string value) => _value = Identifier.Require(value, nameof(value), nameof(Messages.WhatPersonId));

    /// <summary>The identifier text (empty only for <c>default(PersonId)</c>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Checks <paramref name="value"/> without throwing.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="id">The id when valid, otherwise <c>default</c>.</param>
    /// <returns>True when <paramref name="value"/> is a valid id.</returns>
    public static bool TryCreate(string? value, out PersonId id)
    {
        id = Identifier.Check(value, nameof(value), nameof(Messages.WhatPersonId)) is null ? new PersonId(value!) : default;
        return id._value is not null;
    }

    /// <inheritdoc />
    public int CompareTo(PersonId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    public static bool operator <(PersonId left, PersonId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    public static bool operator >(PersonId left, PersonId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    public static bool operator <=(PersonId left, PersonId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    public static bool operator >=(PersonId left, PersonId right) => left.CompareTo(right) >= 0;

    /// <summary>The identifier text.</summary>
    public override string ToString() => Value;
}
