using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Digest.Core.Load;

/// <summary>
/// Splits a paragraph of news prose into sentences, each an exact slice of the paragraph: joined
/// with single spaces, the sentences of a white-space-normalised paragraph give it back.
/// </summary>
/// <remarks>
/// A sentence ends at '.', '!', '?' or an ellipsis (with any closing quotes and brackets, and any
/// emoji after it) before white space and a capital, digit, opening quote or emoji; or at an emoji
/// before a capital ("now 😩 Thank you"). Abbreviations, initials and numbers do not end one
/// (<see cref="Abbreviations"/>). A quotation that opens and closes inside the paragraph is one
/// unit: it is never split inside, so <c>"It's a process. Xx," she wrote.</c> is one sentence.
/// When the paragraph's quote marks do not balance, quotations are ignored and the paragraph is
/// split plainly, so that one runaway quote never swallows it.
/// </remarks>
internal static class SentenceSplitter
{
    public static ImmutableArray<string> Split(string paragraph)
    {
        var text = paragraph;
        var depth = QuoteMarks.AnyIn(text) ? QuoteMarks.DepthAfter(text) : null;
        var result = ImmutableArray.CreateBuilder<string>();
        var start = 0;
        var high = -1;
        for (var i = 0; i < text.Length; i++)
        {
            // Only '.', '!', '?' and characters from U+200D up (the ellipsis, emoji) can end a sentence (BreakAfter): the rest are
            // skipped in one search, not tried one by one (at 1,000 articles, trying every character was two thirds of splitting).
            if (high < i)
                high = text.AsSpan(i).IndexOfAnyInRange('\u200D', '\uFFFF') is >= 0 and var h ? i + h : text.Length;
            i = text.AsSpan(i, high - i).IndexOfAny('.', '!', '?') is >= 0 and var stop ? i + stop : high;
            if (i >= text.Length)
                break;
            var end = BreakAfter(text, start, i);
            if (end < 0 || end >= text.Length || (depth is not null && depth[end - 1] > 0))
                continue;
            var next = SkipSpace(text, end);
            result.Add(Trimmed(text, start, end));
            start = next;
            i = next - 1;
        }
        if (start < text.Length && Trimmed(text, start, text.Length) is { Length: > 0 } last)
            result.Add(last);
        return result.ToImmutable();
    }

    /// <summary><c>text[start..end].Trim()</c>, cutting one string rather than two.</summary>
    private static string Trimmed(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start).Trim();
        return span.Length == text.Length ? text : span.ToString();
    }

    /// <summary>
    /// If a sentence can end with the character at <paramref name="i"/>, the index just past its
    /// end (closing quotes and trailing emoji included); otherwise -1.
    /// </summary>
    private static int BreakAfter(string text, int start, int i)
    {
        var c = text[i];
        if (IsEmojiAt(text, i, out var emojiLength))
        {
            // An emoji ends a sentence only before a capital: "now 😩 thank you" runs on.
            if (i == start || IsEmojiBefore(text, i))
                return -1;
            var afterEmoji = SkipEmoji(text, i + emojiLength);
            var upcoming = SkipSpace(text, afterEmoji);
            return afterEmoji < text.Length && char.IsWhiteSpace(text[afterEmoji])
                   && upcoming < text.Length && char.IsUpper(text[upcoming]) ? afterEmoji : -1;
        }
        if (c is not ('.' or '!' or '?' or '…'))
            return -1;
        if (i > start && text[i - 1] is '.' or '!' or '?' or '…')
            return -1; // the run was judged at its first mark
        var end = i + 1;
        while (end < text.Length && text[end] is '.' or '!' or '?' or '…')
            end++;
        while (end < text.Length && IsCloser(text[end]))
            end++;
        if (end >= text.Length || !char.IsWhiteSpace(text[end]))
            return -1;
        end = AbsorbTrailingEmoji(text, end);
        var next = SkipSpace(text, end);
        if (next >= text.Length || !StartsSentence(text, next) || IsWireTag(text, next))
            return -1;
        if (c == '.' && end - i == 1 + ClosersBetween(text, i + 1, end) && !Abbreviations.EndsSentence(WordBefore(text, start, i), WordAt(text, next)))
            return -1;
        return end;
    }

    /// <summary>A dateline's agency tag, "ERIE, Pa. (AP) — ...", continues the sentence.</summary>
    private static bool IsWireTag(string text, int at)
    {
        if (text[at] != '(')
            return false;
        var close = text.IndexOf(')', at);
        return close > at + 1 && close - at <= 10 && text.AsSpan(at + 1, close - at - 1).ToString().All(char.IsUpper);
    }

    private static int ClosersBetween(string text, int from, int to)
    {
        var n = 0;
        for (var k = from; k < to && IsCloser(text[k]); k++)
            n++;
        return n;
    }

    /// <summary>"So proud! ❤️ Next ..." keeps the heart with the sentence it closes.</summary>
    private static int AbsorbTrailingEmoji(string text, int end)
    {
        var at = SkipSpace(text, end);
        if (at >= text.Length || !IsEmojiAt(text, at, out _))
            return end;
        var after = SkipEmoji(text, at);
        return after >= text.Length || char.IsWhiteSpace(text[after]) ? after : end;
    }

    private static string WordBefore(string text, int start, int dot)
    {
        var from = dot;
        while (from > start && !char.IsWhiteSpace(text[from - 1]) && text[from - 1] is not ('(' or '[' or '"' or '“' or '‘' or '\''))
            from--;
        return text[from..dot];
    }

    private static string WordAt(string text, int at)
    {
        while (at < text.Length && text[at] is '(' or '[' or '"' or '“' or '‘' or '\'')
            at++;
        var end = at;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
            end++;
        return text[at..end];
    }

    private static int SkipSpace(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
            at++;
        return at;
    }

    private static int SkipEmoji(string text, int at)
    {
        while (at < text.Length && IsEmojiAt(text, at, out var length))
            at += length;
        return at;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    private static bool StartsSentence(string text, int at)
    {
        var c = text[at];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '¿' or '¡'
            || IsEmojiAt(text, at, out _);
    }

    private static bool IsEmojiBefore(string text, int i) =>
        i >= 1 && (IsEmojiAt(text, i - 1, out _) || (i >= 2 && IsEmojiAt(text, i - 2, out _)));

    /// <summary>
    /// Pictographs (U+2300 and up, not the ©, ® and ™ of notices) and the joiners, variation
    /// selectors and skin tones that glue them into one emoji.
    /// </summary>
    private static bool IsEmojiAt(string text, int i, out int length)
    {
        length = 0;
        // Every emoji character is U+200D or above: the letters, digits and punctuation of most text are
        // ruled out without decoding them (this runs for every character of every paragraph).
        if (text[i] < '\u200D')
            return false;
        if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            return false;
        var v = rune.Value;
        var category = Rune.GetUnicodeCategory(rune);
        var emoji = v is 0x200D or 0xFE0F or 0x20E3
            || (v is >= 0x1F3FB and <= 0x1F3FF)
            || (category == UnicodeCategory.OtherSymbol && v is (>= 0x2300 and <= 0x2BFF) or >= 0x1F000);
        length = emoji ? consumed : 0;
        return emoji;
    }
}
