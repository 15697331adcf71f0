namespace AccountabilityKit.Validation;

/// <summary>
/// The stable issue codes of the vocabulary package (prefix <c>AK</c>). Each is documented in the package README;
/// a test holds the README table and this class in step.
/// </summary>
public static class VocabularyIssueCodes
{
    /// <summary>An identifier (org unit, person) is empty, blank, too long, or has control characters or surrounding spaces.</summary>
    public const string InvalidIdentifier = "AK001";

    /// <summary>A required name is empty or blank.</summary>
    public const string EmptyName = "AK002";

    /// <summary>An enum value is not one of the defined members.</summary>
    public const string UndefinedEnumValue = "AK003";

    /// <summary>Two org units share one id.</summary>
    public const string DuplicateOrgUnit = "AK010";

    /// <summary>An org unit names a parent that is not in the list.</summary>
    public const string UnknownParent = "AK011";

    /// <summary>Org units form a parent cycle (including a unit that is its own parent).</summary>
    public const string ParentCycle = "AK012";

    /// <summary>The list has more than one root (unit without a parent).</summary>
    public const string MultipleRoots = "AK013";

    /// <summary>The list has no root: it is empty, or every unit has a parent.</summary>
    public const string NoRoot = "AK014";

    /// <summary>A data scope names a unit that is not in the org tree.</summary>
    public const string UnknownScopeUnit = "AK015";

    /// <summary>A quarter or year text is not of the form <c>2021Q2</c> / <c>2021</c>.</summary>
    public const string MalformedPeriod = "AK020";

    /// <summary>A quarter number is outside 1..4.</summary>
    public const string QuarterOutOfRange = "AK021";

    /// <summary>A year is outside the supported range (1900..9999).</summary>
    public const string YearOutOfRange = "AK022";

    /// <summary>A citation text is not of the form <c>ARR2019 Art. 8</c> / <c>ARR2019 Art. 8(2)</c>.</summary>
    public const string MalformedCitation = "AK030";

    /// <summary>A citation names a regulation key the registry does not know.</summary>
    public const string UnknownRegulation = "AK031";

    /// <summary>A citation's article, clause or item number is not positive.</summary>
    public const string InvalidArticleNumber = "AK032";

    /// <summary>A regulation registered twice under one key, or with an invalid key.</summary>
    public const string InvalidRegulation = "AK033";

    /// <summary>The JSON text is not well-formed (syntax error, empty or truncated input).</summary>
    public const string MalformedJson = "AK040";

    /// <summary>The JSON object has a property the format does not define.</summary>
    public const string UnknownJsonProperty = "AK041";

    /// <summary>The JSON object lacks a required property.</summary>
    public const string MissingJsonProperty = "AK042";

    /// <summary>A JSON value has the wrong type or cannot be converted (e.g. a number where a string is expected).</summary>
    public const string InvalidJsonValue = "AK043";

    /// <summary>A JSON value is <c>null</c> where the format does not allow it.</summary>
    public const string NullJsonValue = "AK044";

    /// <summary>The bytes are not valid text in the chosen or detected encoding (UTF-8, UTF-16 with a BOM, GB18030); the message gives the byte offset.</summary>
    public const string InvalidTextEncoding = "AK045";

    /// <summary>The input is larger than the size limit (<see cref="Serialization.DocumentLimits.MaxBytes"/>).</summary>
    public const string DocumentTooLarge = "AK046";

    /// <summary>The input nests arrays and objects deeper than the depth limit (<see cref="Serialization.DocumentLimits.MaxDepth"/>).</summary>
    public const string DocumentTooDeep = "AK047";

    /// <summary>A JSON object has the same property twice.</summary>
    public const string DuplicateJsonProperty = "AK048";
}
