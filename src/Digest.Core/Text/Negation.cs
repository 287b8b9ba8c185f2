namespace Digest.Core.Text;

/// <summary>
/// What a sentence denies and what it only asks, read one way by the merge's guards, the fact rules
/// and the timeline: "not", "never", "didn't" deny; a question asserts nothing.
/// </summary>
internal static class Negation
{
    /// <summary>
    /// "not", "never", "didn't", "cannot"; "no" only where it denies ("no one was hurt"), not as a
    /// number's label ("No. 3") or an interjection ("No, he's going to make it").
    /// </summary>
    public static bool Denies(string text, Token token) => Denies(text, token, token.Lower);

    /// <summary>As <see cref="Denies(string, Token)"/>, with the token's <see cref="Token.Lower"/> already made.</summary>
    public static bool Denies(string text, Token token, string lower)
    {
        if (lower.EndsWith("n't", StringComparison.Ordinal) || lower == "cannot") return !Delays(text, token.End);
        var word = Tokenizer.BaseOf(lower);
        if (!Lexicon.Negations.Contains(word)) return false;
        if (word is "not" or "never" && Delays(text, token.End)) return false;
        return word != "no" || !(NextIsNumber(text, token.End) || token.End < text.Length && text[token.End] == ',');
    }

    /// <summary>
    /// "until" (or "till") later in the negation's clause: "she didn't have to pay until November" says
    /// when she had to pay ("by November"), it denies nothing; "he did not leave until noon" says he left.
    /// </summary>
    private static bool Delays(string text, int from)
    {
        foreach (var token in Tokenizer.Tokens(text[from..ClauseEnd(text, from)]))
            if (token.Lower is "until" or "till")
                return true;
        return false;
    }

    /// <summary>Where the clause that runs on from <paramref name="from"/> ends: a stop, a comma, a dash or a bracket.</summary>
    private static int ClauseEnd(string text, int from)
    {
        var end = text.AsSpan(from).IndexOfAny(",;:.!?()—–");
        var dash = text.IndexOf(" - ", from, StringComparison.Ordinal);
        var at = end < 0 ? text.Length : from + end;
        return dash >= 0 && dash < at ? dash : at;
    }

    /// <summary>
    /// Where the question a sentence closes with starts: 0 when the whole sentence asks ("Ever wonder
    /// why …?"), just after its last colon or semicolon when the question is put there ("… were put on
    /// notice Wednesday: No deal?"), null when it asks nothing.
    /// </summary>
    public static int? QuestionStart(string text)
    {
        var end = text.AsSpan().TrimEnd().TrimEnd("\"'”’)");
        if (end.Length == 0 || end[^1] != '?') return null;
        var colon = end.LastIndexOfAny(":;");
        return colon > 0 ? colon + 1 : 0;
    }

    private static bool NextIsNumber(string text, int index)
    {
        var i = index;
        if (i < text.Length && text[i] == '.') i++;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i < text.Length && char.IsDigit(text[i]);
    }
}
