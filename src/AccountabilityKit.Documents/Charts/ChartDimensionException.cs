using AccountabilityKit.Localization;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Documents.Charts;

/// <summary>
/// The chart asked for a dimension the table is not grouped by, the table is grouped by a dimension the chart does not
/// show, or the table has no measure. <see cref="Exception.Message"/> is <see cref="Text"/> rendered in the current UI culture.
/// </summary>
public sealed class ChartDimensionException : ArgumentException
{
    /// <summary>Creates the exception with the catalogue's general message (<c>Documents.ChartTableNotChartable</c>).</summary>
    public ChartDimensionException()
        : this(Catalog.Of(nameof(Messages.ChartTableNotChartable)), null)
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public ChartDimensionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ChartDimensionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal ChartDimensionException(Message text, FactField? dimension)
        : base(text.Render(null))
    {
        Text = text;
        Dimension = dimension;
    }

    /// <summary>The dimension at fault, when there is one.</summary>
    public FactField? Dimension { get; }

    /// <summary>The message (ids <c>Documents.ChartDimensionMissing</c>, <c>Documents.ChartDimensionExtra</c>, <c>Documents.ChartNoMeasure</c> or <c>Documents.ChartTableNotChartable</c>); null when created from a plain string.</summary>
    public Message? Text { get; }
}
