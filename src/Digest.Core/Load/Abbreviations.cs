namespace Digest.Core.Load;

/// <summary>
/// Decides whether a full stop after a word ends a sentence, from the word and the word after it.
/// Case matters: "Ill." is Illinois but "ill." ends "He fell ill.", "No. 3" is a number but
/// "said no." ends a sentence.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles stand before a name and never end a sentence: "Mr. Smith", "Sen. John McCain".</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen",
        "Lt", "Sgt", "Cpl", "Pvt", "Capt", "Cmdr", "Adm", "Col", "Maj", "Rev", "Msgr", "Fr", "Hon", "Pres",
        "Supt", "Det", "Insp", "Atty", "St", "Ste", "Mt", "Ft", "Gens", "vs", "v", "cf", "viz", "approx", "ca",
    };

    /// <summary>Abbreviations that stand before a number: "No. 3", "Sept. 30", "Vol. 2".</summary>
    private static readonly HashSet<string> BeforeNumbers = new(
    [
        "No", "Nos", "no", "nos", "Vol", "vol", "Art", "art", "Fig", "fig", "p", "pp", "Ch", "ch", "Nr", "Op", "op",
        .. CalendarWords.MonthAbbreviations.Select(a => CalendarWords.Capitalised(a.Short)),
        .. CalendarWords.WeekdayAbbreviations.Select(CalendarWords.Capitalised),
    ], StringComparer.Ordinal);

    /// <summary>Words that follow "a.m." or "p.m." inside a sentence: "7 p.m. Tuesday", "9 a.m. EST".</summary>
    private static readonly HashSet<string> AfterClockTime = new(
    [
        .. CalendarWords.Weekdays.Select(CalendarWords.Capitalised),
        .. CalendarWords.Months.Select(CalendarWords.Capitalised),
        .. CalendarWords.MonthAbbreviations.Select(a => CalendarWords.Capitalised(a.Short)),
        "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Words that start a new sentence after an initial or a dotted abbreviation ("in the U.S. The
    /// company ..."); any other capitalised word is taken for the rest of a name ("John F. Kennedy",
    /// "U.S. Senate").
    /// </summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My",
        "This", "That", "These", "Those", "There", "Then", "But", "And", "So", "Yet", "Or", "In", "On", "At", "As",
        "After", "Before", "When", "While", "Although", "Though", "If", "Since", "Still", "However", "Meanwhile",
        "According", "Now", "What", "Why", "How", "Who", "Some", "Many", "Most", "Both", "All", "Each", "For",
        "From", "With", "By", "Earlier", "Later", "Last", "Next", "Today", "Yesterday", "Asked", "During",
    };

    /// <param name="word">The word before the full stop, without it ("Mr", "U.S", "a.m", "J").</param>
    /// <param name="next">The word after the white space, without opening quotes or brackets.</param>
    public static bool EndsSentence(string word, string next)
    {
        if (word.Length == 0)
            return true;
        if (Titles.Contains(word))
            return false;
        if (BeforeNumbers.Contains(word))
            return !(next.Length > 0 && char.IsDigit(next[0]));
        var bare = TrimPunctuation(next);
        if (word is "a.m" or "p.m" or "A.M" or "P.M")
            return !AfterClockTime.Contains(bare);
        // Initials and dotted abbreviations: "J.", "J.K.", "U.S.", "N.F.L.", "e.g.".
        if (IsInitial(word) || IsDotted(word))
            return SentenceStarters.Contains(bare);
        return true;
    }

    private static bool IsInitial(string word) => word.Length == 1 && char.IsLetter(word[0]);

    private static bool IsDotted(string word) =>
        word.Contains('.') && word.Split('.').All(part => part.Length is >= 1 and <= 2 && part.All(char.IsLetter));

    private static string TrimPunctuation(string word)
    {
        var end = 0;
        while (end < word.Length && char.IsLetter(word[end]))
            end++;
        return word[..end];
    }
}
