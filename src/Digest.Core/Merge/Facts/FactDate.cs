using System.Globalization;

namespace Digest.Core.Merge.Facts;

public enum DatePrecision { Year, Month, Day }

/// <summary>
/// A calendar date known only to some precision: "2020", "2020-09" or "2020-09-30". Never claims more
/// than the text allows: a date known to the month has no day.
/// </summary>
public readonly record struct FactDate(int Year, int Month, int Day, DatePrecision Precision) : IComparable<FactDate>
{
    public static FactDate OfDay(DateOnly d) => new(d.Year, d.Month, d.Day, DatePrecision.Day);
    public static FactDate OfMonth(int year, int month) => new(year, month, 1, DatePrecision.Month);
    public static FactDate OfYear(int year) => new(year, 1, 1, DatePrecision.Year);

    /// <summary>The first day the date can mean.</summary>
    public DateOnly Start => new(Year, Precision == DatePrecision.Year ? 1 : Month, Precision == DatePrecision.Day ? Day : 1);

    /// <summary>The last day the date can mean.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>The most precise date that covers every day from <paramref name="from"/> to <paramref name="to"/>, or null when they are years apart.</summary>
    public static FactDate? Covering(DateOnly from, DateOnly to)
    {
        if (to < from) return null;
        if (from == to) return OfDay(from);
        if (from.Year == to.Year && from.Month == to.Month) return OfMonth(from.Year, from.Month);
        if (from.Year == to.Year) return OfYear(from.Year);
        return null;
    }

    /// <summary>ISO 8601, truncated to the precision.</summary>
    public string Iso => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public string PrecisionName => Precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        _ => "year",
    };

    /// <summary>Oldest first; at the same start, the coarser date first.</summary>
    public int CompareTo(FactDate other)
    {
        var c = Start.CompareTo(other.Start);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    public override string ToString() => Iso;
}
