namespace Digest.Core.Clean;

/// <summary>
/// What a paragraph looks like, apart from its words: whether it ends the way a sentence of prose
/// ends, and whether it has the shape of a heading. Captions, summary bullets, headlines of other
/// stories, crossheads and credits are written without the full stop every line of prose carries.
/// </summary>
internal static class LineShape
{
    private const string ClosingQuotes = "\"'”’»";

    /// <summary>A quotation this long at the end of a paragraph is speech standing as a sentence, not a quoted phrase.</summary>
    private const int QuotedSentenceWords = 6;

    /// <summary>A heading (crosshead, box title, credit) has at most this many words.</summary>
    private const int HeadingWords = 10;

    /// <summary>
    /// The paragraph ends as prose does: with '.', '!', '?', an ellipsis, a colon or semicolon
    /// (a list or quotation follows), closing brackets or quotes after one of those, or a closing
    /// quote that ends a whole quoted sentence ("He wrote: 'the facts come first'"). A quoted
    /// phrase at the end ("… needs 'sensitivity training'") is not a sentence's end.
    /// </summary>
    public static bool EndsLikeSentence(string paragraph)
    {
        var text = paragraph.TrimEnd();
        var end = text.Length;
        while (end > 0 && text[end - 1] is ')' or ']')
            end--;
        if (end == 0)
            return false;
        var last = text[end - 1];
        // A comma or dash runs on into the next paragraph (a quotation, a crawl's broken line):
        // headlines, credits and captions never end so.
        if (last is '.' or '!' or '?' or '…' or ':' or ';' or ',' or '—' or '–' || EndsInEmoji(text, end))
            return true;
        if (!ClosingQuotes.Contains(last))
            return false;
        var inner = end - 1;
        while (inner > 0 && ClosingQuotes.Contains(text[inner - 1]))
            inner--;
        if (inner > 0 && (text[inner - 1] is '.' or '!' or '?' or '…' or ',' || EndsInEmoji(text, inner)))
            return true;
        return QuotedWordsAtEnd(text, inner) >= QuotedSentenceWords;
    }

    /// <summary>The text before <paramref name="end"/> ends in an emoji or pictograph (a quoted post's "… today 💔").</summary>
    private static bool EndsInEmoji(string text, int end)
    {
        var at = end - 1;
        while (at > 0 && (text[at] is '\uFE0F' or '\u200D' || char.IsLowSurrogate(text[at]) || char.GetUnicodeCategory(text[at]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            at--;
        if (at < 0)
            return false;
        if (char.IsHighSurrogate(text[at]))
            return true; // astral-plane symbols: emoji, pictographs
        return char.GetUnicodeCategory(text[at]) == System.Globalization.UnicodeCategory.OtherSymbol;
    }

    /// <summary>A short line in capitals or title case: a crosshead, a box title, a name or credit.</summary>
    public static bool IsHeading(string paragraph)
    {
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > HeadingWords)
            return false;
        var lettered = words.Where(w => w.Any(char.IsLetter)).ToList();
        var small = lettered.Count(w => char.IsLower(w.First(char.IsLetter)) && w.Length > 3);
        return lettered.Count > 0 && small == 0;
    }

    /// <summary>The mark that opens a quotation <paramref name="close"/> closes: a double mark for a double, a single for a single.</summary>
    private static bool Opens(char open, char close) => close switch
    {
        '"' or '”' => open is '"' or '“',
        '\'' or '’' => open is '\'' or '‘',
        '»' => open == '«',
        _ => false,
    };

    /// <summary>How many words the quotation that closes just before <paramref name="closeAt"/> holds.</summary>
    private static int QuotedWordsAtEnd(string text, int closeAt)
    {
        for (var i = closeAt - 1; i >= 0; i--)
        {
            if (!Opens(text[i], text[closeAt]) || (i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not ('(' or ':' or '—' or '-')))
                continue;
            if (i == 0)
                return int.MaxValue; // the whole paragraph is a quotation: speech, however short
            // A quoted phrase woven into the sentence ("… claiming it 'could subject travelers to
            // harm'") starts in lower case; a quoted sentence starts with a capital or follows a
            // comma; one a colon introduces ("She wrote: 'miss you'") is speech, however short.
            var quoted = text[(i + 1)..closeAt];
            if (i > 1 && text[i - 2] == ':')
                return int.MaxValue;
            var introduced = quoted.Length > 0 && (char.IsUpper(quoted[0]) || (i > 1 && text[i - 2] == ','));
            return introduced ? quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length : 0;
        }
        return 0;
    }
}
