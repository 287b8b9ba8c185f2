using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Digest.Core.Text;

/// <summary>
/// Month and weekday names, lower case, as news copy writes them. Dates are read from them; the
/// sentence splitter keeps "Sept. 30" whole; grouping, comparing and person finding treat them as
/// no content and no name.
/// </summary>
internal static class CalendarWords
{
    /// <summary>The months, January first, capitalised as a regex alternation (a constant, for generated patterns).</summary>
    public const string MonthAlternation = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>
    /// Abbreviated months in calendar order, as a regex alternation with their full stops ("Jan\.", "Sept\.?":
    /// "Sept" is written without one too). "May" has none.
    /// </summary>
    public const string MonthAbbreviationAlternation =
        @"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.?|Sep\.|Oct\.|Nov\.|Dec\.";

    /// <summary>The weekdays, Monday first, capitalised as a regex alternation.</summary>
    public const string WeekdayAlternation = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    /// <summary>The months, January first.</summary>
    public static readonly ImmutableArray<string> Months = [.. MonthAlternation.ToLowerInvariant().Split('|')];

    /// <summary>Abbreviated months ("jan", "sept"), in calendar order, to the full name each begins.</summary>
    public static readonly ImmutableArray<(string Short, string Month)> MonthAbbreviations =
    [
        .. MonthAbbreviationAlternation.Replace(@"\.?", "", StringComparison.Ordinal).Replace(@"\.", "", StringComparison.Ordinal)
            .ToLowerInvariant().Split('|').Select(a => (a, Months.First(m => m.StartsWith(a, StringComparison.Ordinal)))),
    ];

    /// <summary>The weekdays, Monday first.</summary>
    public static readonly ImmutableArray<string> Weekdays = [.. WeekdayAlternation.ToLowerInvariant().Split('|')];

    /// <summary>Abbreviated weekdays ("Tue.", "Thurs.").</summary>
    public static readonly ImmutableArray<string> WeekdayAbbreviations = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"];

    public static readonly FrozenSet<string> MonthSet = Months.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> WeekdaySet = Weekdays.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, string> MonthOfAbbreviation =
        MonthAbbreviations.ToFrozenDictionary(a => a.Short, a => a.Month, StringComparer.Ordinal);

    /// <summary>A month or weekday named in full, in lower case ("friday", "november"): a capitalised word that is no name.</summary>
    public static bool IsFullMonthOrWeekday(string lower) => WeekdaySet.Contains(lower) || MonthSet.Contains(lower);

    /// <summary>True for a month, a month's abbreviation or a weekday, in any case ("Sept", "Monday").</summary>
    public static bool IsMonthOrWeekday(string word)
    {
        var lower = word.ToLowerInvariant();
        return MonthSet.Contains(lower) || WeekdaySet.Contains(lower) || MonthOfAbbreviation.ContainsKey(lower);
    }

    /// <summary>The month's number, 1 to 12, from its name or abbreviation as written ("Sept.", "March").</summary>
    public static int MonthNumber(string name)
    {
        var lower = name.TrimEnd('.').ToLowerInvariant();
        return Months.IndexOf(MonthOfAbbreviation.GetValueOrDefault(lower, lower)) + 1;
    }

    /// <summary>"monday" as written at the start of a name: "Monday".</summary>
    public static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
