using System.Text.Json;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>One typed argument of a message, as the kit's issue JSON writes it.</summary>
/// <param name="Name">The placeholder's name (<c>count</c>, <c>deadline</c>).</param>
/// <param name="Kind">The argument's kind in camelCase (<c>text</c>, <c>wholeNumber</c>, <c>decimalNumber</c>, <c>date</c>, <c>quarter</c>, <c>year</c>, <c>citation</c>, <c>label</c>, <c>list</c>, <c>nested</c>).</param>
/// <param name="Value">The value: a number for numbers, a string for text, ISO dates, quarters and citations, the canonical code for a label, an array for a list, an object for a nested message.</param>
public sealed record MessageArgumentResponse(string Name, string Kind, JsonElement Value);
