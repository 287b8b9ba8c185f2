namespace Digest.Core.Text;

/// <summary>
/// A light stemmer for comparing news sentences: irregular forms to their base, then common
/// suffixes off. It only has to map two forms of a word to the same key ("adorned"/"adorn",
/// "losing"/"loss"), never to produce a real word, so it is crude on purpose and applied the same
/// way to every word.
/// </summary>
internal static class WordStemmer
{
    /// <param name="word">A lower-case word without possessive, apostrophes folded to <c>'</c>.</param>
    public static string Stem(string word)
    {
        // Each thread keeps the stems it has made: a story stems the same few thousand words again and again
        // (features, quotations, facts), and making a stem looks the word up in four lists and cuts a new string.
        var stems = _stems ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (stems.TryGetValue(word, out var stem))
            return stem;
        if (stems.Count >= MaxKept)
            stems.Clear();
        return stems[word] = StemOf(word);
    }

    /// <summary>Stems a thread keeps at most (a language's words, in a long-running <c>digest serve</c>).</summary>
    private const int MaxKept = 200_000;

    [ThreadStatic]
    private static Dictionary<string, string>? _stems;

    private static string StemOf(string word)
    {
        if (CalendarWords.MonthOfAbbreviation.TryGetValue(word, out var month))
            return month;
        if (NumberWords.AsDigits.TryGetValue(word, out var number))
            return number;
        if (CalendarWords.MonthSet.Contains(word) || CalendarWords.WeekdaySet.Contains(word))
            return word;
        if (Lexicon.IrregularVerbs.TryGetValue(word, out var irregular))
            word = irregular;

        var w = word;
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal)) w = w[..^3] + "y";
        else if (w.Length > 4 && w.EndsWith("ied", StringComparison.Ordinal)) w = w[..^3] + "y";
        else if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal)) w = w[..^3];
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) w = w[..^2];
        else if (w.Length > 4 && (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
                 || w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal))) w = w[..^2];
        else if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)
                 && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)) w = w[..^1];

        if (w.Length > 5 && w.EndsWith("ly", StringComparison.Ordinal)) w = w[..^2];
        // "stopped" -> "stopp" -> "stop"; "loss" -> "los" as "losing" -> "los".
        if (w.Length > 3 && w[^1] == w[^2] && !IsVowel(w[^1])) w = w[..^1];
        // "hoped" -> "hop" and "hope" -> "hop".
        if (w.Length > 3 && w[^1] == 'e') w = w[..^1];
        return w;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
