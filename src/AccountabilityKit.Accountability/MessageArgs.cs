using System.Globalization;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability;

/// <summary>Message arguments for values that may be out of range (an undefined enum value renders as its number).</summary>
internal static class MessageArgs
{
    public static MessageArgument Enum<TEnum>(string name, TEnum value)
        where TEnum : struct, System.Enum =>
        System.Enum.IsDefined(value)
            ? MessageArgument.Of(name, value)
            : MessageArgument.Text(name, Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
}
