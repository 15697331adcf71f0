using AccountabilityKit.Localization;

namespace AccountabilityKit.Localization;

/// <summary>The type of a <see cref="MessageArgument"/>'s value: how it is rendered and how it is written to JSON.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<MessageArgumentKind>))]
public enum MessageArgumentKind
{
    /// <summary>Text (a <see cref="string"/>), rendered as it is; in JSON a string.</summary>
    [Label("文本", "Text")]
    Text = 0,

    /// <summary>A whole number (<see cref="long"/>); in JSON a number.</summary>
    [Label("整数", "Integer")]
    WholeNumber = 1,

    /// <summary>A decimal number (<see cref="decimal"/>, scale kept: <c>2.50</c>); in JSON a number.</summary>
    [Label("小数", "Decimal")]
    DecimalNumber = 2,

    /// <summary>A calendar date (NodaTime <c>LocalDate</c>): <c>2021年3月31日</c> / <c>2021-03-31</c>; in JSON an ISO string.</summary>
    [Label("日期", "Date")]
    Date = 3,

    /// <summary>An assessment quarter: <c>2021年第二季度</c> / <c>2021Q2</c>; in JSON <c>"2021Q2"</c>.</summary>
    [Label("季度", "Quarter")]
    Quarter = 4,

    /// <summary>An assessment year; in JSON a number.</summary>
    [Label("年度", "Year")]
    Year = 5,

    /// <summary>A citation: <c>问责条例第六条第二款</c> / <c>ARR2019 Art. 6(2)</c>; in JSON <c>"ARR2019 Art. 6(2)"</c>.</summary>
    [Label("条款", "Citation")]
    Citation = 6,

    /// <summary>A labelled value (an enum member): its canonical code with its zh-CN and English labels.</summary>
    [Label("枚举值", "Labelled value")]
    Label = 7,

    /// <summary>A list of texts, joined with <c>、</c> in Chinese and <c>, </c> in English; in JSON an array of strings.</summary>
    [Label("列表", "List")]
    List = 8,

    /// <summary>Another message, rendered in the same culture; in JSON an object with <c>id</c> and <c>arguments</c>.</summary>
    [Label("消息", "Message")]
    Message = 9,
}
