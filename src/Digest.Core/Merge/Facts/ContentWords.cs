using System.Collections.Frozen;

namespace Digest.Core.Merge.Facts;

/// <summary>
/// The words of a sentence that carry its content (lower case, no function words, no date words), for
/// telling whether two sentences tell the same event.
/// </summary>
internal static class ContentWords
{
    /// <summary>
    /// Function words, reporting verbs, months, weekdays and the words of time ("ago", "later"): they
    /// are how a date is told, not what happened on it.
    /// </summary>
    private static readonly FrozenSet<string> Stop = FunctionWords.With([
        "not", "year", "years", "month", "months", "week", "weeks", "day", "days", "ago", "later", "earlier",
        "last", "next", "today", "yesterday", "tonight", "time", "times", "early", "late", "one", "two", "three",
        .. SpeechVerbs.Forms, .. CalendarWords.Months, .. CalendarWords.MonthAbbreviations.Select(a => a.Short),
        .. CalendarWords.Weekdays]);

    public static IReadOnlySet<string> Of(string text) => Of(text, Tokenizer.Tokens(text));

    /// <summary>The content words of <paramref name="text"/> from its <paramref name="tokens"/> (<see cref="Tokenizer.Tokens"/>) already read.</summary>
    public static IReadOnlySet<string> Of(string text, IEnumerable<Token> tokens)
    {
        // Sized for every token up front: grown word by word, the set is copied over several times per sentence.
        var words = new HashSet<string>(tokens.TryGetNonEnumeratedCount(out var count) ? count : 0, StringComparer.Ordinal);
        // Hyphenated words stay whole ("35-year-old"); the parts around an apostrophe are words of their own.
        foreach (var token in Tokenizer.Compounds(text, tokens))
        {
            var lower = token.Lower;
            if (!lower.Contains('\''))
                Add(words, lower);
            else
                foreach (var w in lower.Split('\''))
                    Add(words, w);
        }
        return words;
    }

    private static void Add(HashSet<string> words, string w)
    {
        if (Kept(w)) words.Add(w);
    }

    private static bool Kept(string w) => w.Length >= 3 && !Stop.Contains(w) && !IsAllDigits(w);

    /// <summary>
    /// Whether a word is a content word of itself (<see cref="Of(string)"/> of it holds it). A word of lower-case
    /// letters a to z alone, as nearly every word is, is read as one token and kept as it is, so it is checked
    /// without reading it as a text; any other is read as one.
    /// </summary>
    public static bool IsContentWord(string word)
    {
        foreach (var c in word)
            if (c is < 'a' or > 'z') return Of(word).Contains(word);
        return Kept(word);
    }

    private static bool IsAllDigits(string w)
    {
        foreach (var c in w)
            if (!char.IsDigit(c)) return false;
        return true;
    }

    /// <summary>Shared words over the smaller sentence's words: 1 when one sentence's content is inside the other's.</summary>
    public static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        return (double)Shared(a, b) / Math.Min(a.Count, b.Count);
    }

    public static int Shared(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var shared = 0;
        foreach (var w in a)
            if (b.Contains(w)) shared++;
        return shared;
    }
}
