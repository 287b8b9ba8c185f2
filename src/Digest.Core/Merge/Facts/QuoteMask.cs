namespace Digest.Core.Merge.Facts;

/// <summary>
/// Blanks out quoted speech so that rules read only the outlet's own narration: a "today" or "a year
/// ago" inside a quote is the speaker's, not the article's, and cannot be resolved against its date.
/// </summary>
public static class QuoteMask
{
    /// <summary>
    /// The text with every quoted span (and its quote marks) replaced by spaces; indices are kept. A
    /// sentence split out of a longer quote is handled: a closing mark with no opening one blanks
    /// everything before it, an opening mark with no closing one everything after it. A straight quote
    /// opens when it follows a space (or starts the text) and a word follows it; otherwise it closes.
    /// </summary>
    public static string Mask(string text)
    {
        var chars = text.ToCharArray();
        var openedAt = -1;
        var start = 0; // everything before the first mark may be the tail of a quote that began in an earlier sentence
        for (var i = 0; i < chars.Length; i++)
        {
            var c = text[i];
            if (c is not ('"' or '“' or '”')) continue;
            var opens = c == '“' || (c == '"' && Opens(text, i));
            if (opens && openedAt < 0) { openedAt = i; continue; }
            if (!opens && openedAt >= 0) { Blank(chars, openedAt, i); openedAt = -1; start = i + 1; continue; }
            if (!opens && openedAt < 0) { Blank(chars, start, i); start = i + 1; }
        }
        if (openedAt >= 0) Blank(chars, openedAt, chars.Length - 1);
        return new string(chars);
    }

    /// <summary>True when the text begins inside a quote that opened in an earlier sentence (its first mark closes).</summary>
    public static bool StartsInsideQuote(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '”' || (c == '"' && !Opens(text, i))) return true;
            if (c is '“' or '"') return false;
        }
        return false;
    }

    private static bool Opens(string text, int i)
    {
        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '-' or ':') && !char.IsWhiteSpace(after);
    }

    private static void Blank(char[] chars, int from, int to)
    {
        for (var k = from; k <= to; k++) chars[k] = ' ';
    }
}
