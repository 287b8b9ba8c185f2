using System.Collections.Immutable;

namespace Digest.Core.Load;

/// <summary>
/// Splits a paragraph of news prose into sentences. A sentence ends at '.', '!' or '?' (possibly
/// followed by closing quotes or brackets) before white space and a capital, digit or opening quote,
/// unless the word before the stop is a known abbreviation, an initial or a number.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "gov", "sen", "rep", "col",
        "lt", "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "det", "insp", "atty",
        "no", "nos", "vol", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "univ", "assn", "bros",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
        "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
        "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "approx", "est", "fig", "op", "p", "pp",
    };

    public static ImmutableArray<string> Split(string paragraph)
    {
        var result = ImmutableArray.CreateBuilder<string>();
        var start = 0;
        var text = paragraph;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
                continue;
            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '…')
                end++;
            while (end < text.Length && IsCloser(text[end]))
                end++;
            if (end >= text.Length)
                break;
            if (!char.IsWhiteSpace(text[end]))
                continue;
            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
                next++;
            if (next >= text.Length || !StartsSentence(text[next]))
                continue;
            if (c == '.' && !EndsSentence(text, start, i))
                continue;
            result.Add(text[start..end].Trim());
            start = next;
            i = next - 1;
        }
        if (start < text.Length && text[start..].Trim().Length > 0)
            result.Add(text[start..].Trim());
        return result.ToImmutable();
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '—'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherSymbol
            or System.Globalization.UnicodeCategory.Surrogate;

    /// <summary>Decides whether the '.' at <paramref name="dot"/> ends a sentence.</summary>
    private static bool EndsSentence(string text, int start, int dot)
    {
        var wordStart = dot;
        while (wordStart > start && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“'))
            wordStart--;
        var word = text[wordStart..dot];
        if (word.Length == 0)
            return true;
        // Initials and dotted abbreviations: "J.", "U.S.", "a.m."
        if (word.Length == 1 && char.IsLetter(word[0]))
            return false;
        if (word.Contains('.') && word.Replace(".", "").All(char.IsLetter) && word.Replace(".", "").Length <= 4)
            return false;
        return !Abbreviations.Contains(word);
    }
}
