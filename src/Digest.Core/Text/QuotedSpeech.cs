using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Digest.Core.Text;

/// <summary>
/// Quoted words within one sentence, its quote marks included: <see cref="Start"/> to <see cref="End"/>
/// inclusive. A quotation the sentence splitter cut in two is a span in each sentence, the first
/// <see cref="RunsOn"/> and the next <see cref="OpenedBefore"/>.
/// </summary>
/// <param name="OpenedBefore">The quotation opened in an earlier sentence (the span starts at 0).</param>
/// <param name="RunsOn">The quotation does not close in this sentence (the span ends at its last character).</param>
internal readonly record struct Quotation(int Start, int End, bool OpenedBefore, bool RunsOn)
{
    public bool Contains(int at) => at >= Start && at <= End;
}

/// <summary>
/// The one rule for what is inside a quotation: speech is the speaker's, not the outlet's, so a
/// "today" in it cannot be resolved against the article's date, an "I" or "she" in it is not the
/// article's, and a name in it is not the outlet's claim. Quote marks are matched over a whole
/// paragraph, so a quotation the sentence splitter cut in two stays one.
/// </summary>
internal static class QuotedSpeech
{
    /// <summary>
    /// The quotations of each sentence of a paragraph. An opening curly mark opens; any other mark opens
    /// when it follows a space, an opening bracket, a dash or a colon (or starts the text) and a word
    /// follows it (a closing curly mark typed for an opening one: Ann's ”kind words.”), else it closes. A closing mark with nothing open ends a quotation that began
    /// before the paragraph (or before the text): everything before it back to the previous quotation is
    /// quoted. An opening curly mark inside an open quotation means the first mark was stray; an opening
    /// mark never closed runs to the end of the paragraph. A paragraph with no double quote marks is read
    /// for single-quoted speech, as some tabloids print it ('We are sorry,' he said), and so is one whose
    /// double marks all lie inside single-quoted speech that follows a colon (a post quoted with the words it quotes).
    /// </summary>
    public static ImmutableArray<ImmutableArray<Quotation>> Find(IReadOnlyList<string> sentences)
    {
        var text = string.Join(" ", sentences);
        var marks = DoubleMarks(text);
        // A paragraph that opens with a single mark is single-quoted speech, with any double marks quoted inside it;
        // so is single-quoted speech after a colon that holds every double mark ("Lee tweeted: 'a man said "hi" to me'").
        if (marks.Count == 0 || text.Length > 1 && text[0] is '\'' or '‘' && char.IsLetter(text[1])) marks = SingleMarks(text);
        else if (SingleMarks(text) is { Count: > 0 } single && marks.All(d => single.Any(q => q.Open < d.Open && d.Close < q.Close && text.AsSpan(0, q.Open).TrimEnd().EndsWith(':'))))
            marks = single;
        var result = ImmutableArray.CreateBuilder<ImmutableArray<Quotation>>(sentences.Count);
        // Most paragraphs quote no one: each sentence has no quotation, with nothing to filter.
        if (marks.Count == 0)
        {
            foreach (var _ in sentences)
                result.Add(ImmutableArray<Quotation>.Empty);
            return result.MoveToImmutable();
        }
        var from = 0;
        foreach (var sentence in sentences)
        {
            var to = from + sentence.Length;
            result.Add([.. marks.Where(m => m.Open < to && m.Close >= from)
                .Select(m => new Quotation(Math.Max(m.Open, from) - from, Math.Min(m.Close, to - 1) - from, m.Open < from, m.Close >= to))]);
            from = to + 1;
        }
        return result.MoveToImmutable();
    }

    /// <summary>The quotations of a text read on its own (a headline, a sentence in a test).</summary>
    public static ImmutableArray<Quotation> Find(string text) => Find([text])[0];

    /// <summary>The text with every quotation (and its quote marks) replaced by spaces; indices are kept.</summary>
    public static string Mask(string text, ImmutableArray<Quotation> quotations)
    {
        if (quotations.IsEmpty) return text;
        var chars = text.ToCharArray();
        foreach (var q in quotations)
            Array.Fill(chars, ' ', q.Start, q.End - q.Start + 1);
        return new string(chars);
    }

    /// <summary>True when <paramref name="at"/> is inside one of the quotations.</summary>
    public static bool Inside(ImmutableArray<Quotation> quotations, int at)
    {
        foreach (var quotation in quotations) // a loop, not Any: asked for every word of every sentence
            if (quotation.Contains(at))
                return true;
        return false;
    }

    /// <summary>
    /// The quotations of a paragraph as pairs of positions in its sentences joined by single spaces:
    /// the opening mark (-1 for one opened before the paragraph) and the closing one (the paragraph's
    /// length for one never closed).
    /// </summary>
    public static List<(int Open, int Close)> InParagraph(IReadOnlyList<string> sentences, IReadOnlyList<ImmutableArray<Quotation>> quotations)
    {
        var pairs = new List<(int, int)>();
        var open = -1;
        var from = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var q in quotations[s])
            {
                if (!q.OpenedBefore) open = from + q.Start; // else it goes on (or began before the paragraph: -1)
                if (q.RunsOn) continue;
                pairs.Add((open, from + q.End));
                open = -1;
            }
            from += sentences[s].Length + 1;
        }
        if (open >= 0) pairs.Add((open, from - 1));
        return pairs;
    }

    private static List<(int Open, int Close)> DoubleMarks(string text)
    {
        var marks = new List<(int, int)>();
        var open = -1;
        var start = -1; // a closing mark with nothing open quotes back to the mark before it (or the paragraph's start)
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('"' or '“' or '”'))
                continue;
            var opens = c == '“' || Opens(text, i);
            if (open < 0 && opens)
                open = i;
            else if (open < 0)
            {
                marks.Add((start, i));
                start = i;
            }
            else if (c == '“')
            {
                // A new opening inside an unclosed one: the first quotation lost its closing mark before its own
                // speech tag ("“We have members, Mr. Lee said. “I’m sure …”"), else the first mark was a stray.
                if (UnclosedBeforeTag(text, open, i) is { } comma) marks.Add((open, comma));
                open = i;
            }
            else
            {
                marks.Add((open, i));
                open = -1;
                start = i;
            }
        }
        if (open >= 0)
            marks.Add((open, text.Length));
        return marks;
    }

    /// <summary>
    /// Where a quotation whose closing mark is missing ends: at the last comma before <paramref name="next"/>
    /// when what follows the comma is a short speech tag ending its sentence ("…, Mr. Lee said. “"), else null.
    /// </summary>
    private static int? UnclosedBeforeTag(string text, int open, int next)
    {
        var comma = text.LastIndexOf(',', next - 1, next - open);
        if (comma <= open) return null;
        var tag = text[(comma + 1)..next].TrimEnd();
        var words = Tokenizer.Tokens(tag).Select(t => t.Lower).ToList();
        return tag.EndsWith('.') && words.Count is > 1 and <= 6 && words.Any(SpeechTags.Contains) ? comma : null;
    }

    private static readonly FrozenSet<string> SpeechTags = SpeechVerbs.TagForms.ToFrozenSet(StringComparer.Ordinal);

    private static bool Opens(string text, int i)
    {
        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '-' or ':') && !char.IsWhiteSpace(after);
    }

    /// <summary>
    /// Single-quoted speech: an opening mark follows a space, a colon or a dash and comes before a
    /// letter; a closing one follows a letter or a stop and comes before a space, a stop or the end;
    /// apostrophes inside words (don't, the Smiths' house) are neither, and an opening mark left
    /// unclosed quotes nothing, unless it opens the paragraph or follows a colon: speech that runs on
    /// into the next paragraph ("Chris said: 'I think …" then "'I was kind of numb …"), whose closing
    /// mark comes only where the speech ends.
    /// </summary>
    private static List<(int Open, int Close)> SingleMarks(string text)
    {
        var marks = new List<(int, int)>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\'' or '‘' or '’'))
                continue;
            var before = i == 0 ? ' ' : text[i - 1];
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            if (open < 0)
            {
                if (c != '’' && (char.IsWhiteSpace(before) || before is '(' or '—' or '-' or ':') && char.IsLetterOrDigit(after))
                    open = i;
            }
            else if (c != '‘' && !char.IsLetterOrDigit(after) && (char.IsLetter(before) || before is '.' or ',' or '!' or '?')
                     && !(before == 's' && i + 2 < text.Length && after == ' ' && char.IsLower(text[i + 2]))) // "the drivers' hours"
            {
                marks.Add((open, i));
                open = -1;
            }
        }
        if (open >= 0 && (open == 0 || text[..open].TrimEnd().EndsWith(':')))
            marks.Add((open, text.Length));
        return marks;
    }
}
