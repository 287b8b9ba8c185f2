using System.Collections.Immutable;

using Digest.Core.Merge.Analysis;

namespace Digest.Core.Merge;

/// <summary>
/// A sentence's words in order (stems, stop words kept) and the stretches of them it quotes, one per
/// quoted sentence: what is needed to see one remark told in two shapes. One outlet quotes a few of
/// the speaker's words inside its own sentence (…show that the race "has been a rush to the exits"),
/// another prints the whole remark with an aside the first left out ("The race has been, in many
/// ways, a rush to the exits"); or an outlet quotes a phrase of it ("a turning point") that another
/// prints in full ("Today is a turning point for the league"). Word sets cannot see this (the short
/// quotation is a small share of the long sentence); the quoted words in their order can.
/// </summary>
internal sealed class QuotedStatement
{
    /// <summary>Fewest words a quoted stretch needs to be recognised elsewhere: a word or two ("a fact") is anyone's.</summary>
    public const int MinimumWords = 3;

    /// <summary>Share of a quoted stretch's words that must be found, in order, in the other sentence.</summary>
    public const double AlignedShare = 0.8;

    /// <summary>Of those, content words that are not names: the words of the remark, not of whom it is about.</summary>
    public const int ContentWords = 2;

    /// <summary>Words the other sentence may put between two aligned words: an aside ("in many cases").</summary>
    public const int MaxGap = 4;

    /// <summary>Words of the quoted stretch that may go unfound between two found ones.</summary>
    public const int MaxSkipped = 2;

    private QuotedStatement(ImmutableArray<string> stems, ImmutableArray<bool> content, ImmutableArray<(int Start, int Length)> quoted, string text, Quotation first) =>
        (Stems, Content, Quoted, _text, _first) = (stems, content, quoted, text, first);

    private readonly string _text;
    private readonly Quotation _first;

    /// <summary>The speaker once read: a name, empty for none, or null before it is asked for.</summary>
    private string? _speaker;

    /// <summary>
    /// Who the sentence says spoke its first quotation, when it names someone (<see cref="Attribution"/>); null for a pronoun or a description.
    /// Read when first asked for, not with the sentence: only a pair of quoting sentences asks, and reading
    /// the attribution was most of what making a statement cost. Threads that race read the same name.
    /// </summary>
    public string? Speaker
    {
        get
        {
            var speaker = _speaker ??= SpeakerOf(_text, _first) ?? "";
            return speaker.Length == 0 ? null : speaker;
        }
    }

    private static string? SpeakerOf(string text, Quotation first)
    {
        var said = (first.RunsOn ? null : Attribution.After(text[(first.End + 1)..])) ?? Attribution.Before(text[..first.Start]);
        return said is { Who: [var initial, ..] who } && char.IsUpper(initial) && who is not ("He" or "She" or "They" or "The") && !who.StartsWith("The ", StringComparison.Ordinal) ? who : null;
    }

    /// <summary>The sentence's words as stems, stop words included, in order.</summary>
    public ImmutableArray<string> Stems { get; }

    /// <summary>Whether each word of <see cref="Stems"/> is a content word (not a stop word).</summary>
    public ImmutableArray<bool> Content { get; }

    /// <summary>The quoted stretches, as ranges of <see cref="Stems"/>: a quotation split at its own sentence ends.</summary>
    public ImmutableArray<(int Start, int Length)> Quoted { get; }

    /// <summary>
    /// The sentence's words and quoted stretches; null when it quotes nothing. <paramref name="lowers"/>
    /// are its tokens lower case, where the caller has them already.
    /// </summary>
    public static QuotedStatement? Of(SentenceAnalysis sentence, IReadOnlyList<string>? lowers = null)
    {
        if (sentence.Quotations.IsDefaultOrEmpty)
            return null;
        var stems = ImmutableArray.CreateBuilder<string>(sentence.Tokens.Length);
        var content = ImmutableArray.CreateBuilder<bool>(sentence.Tokens.Length);
        var quoted = ImmutableArray.CreateBuilder<(int, int)>();
        var text = sentence.Text;
        // A quoted label or title names something ("the 'stay home' order", "Meet the Press"): it is no one's remark.
        var speech = sentence.Quotations.Where(q => !IsName(text, q)).ToList();
        int start = -1, inQuotation = -1, previousEnd = 0;
        for (var t = 0; t < sentence.Tokens.Length; t++)
        {
            var token = sentence.Tokens[t];
            var lower = lowers is null ? token.Lower : lowers[t];
            var word = Tokenizer.BaseOf(lower);
            var quotation = IndexOf(speech, token.Start);
            var inside = quotation >= 0;
            // A stretch ends where the quotation does, or at a sentence end inside it.
            if (start >= 0 && (!inside || quotation != inQuotation || EndsSentence(text.AsSpan(previousEnd, token.Start - previousEnd))))
            {
                quoted.Add((start, stems.Count - start));
                start = -1;
            }
            if (inside && start < 0)
                (start, inQuotation) = (stems.Count, quotation);
            stems.Add(word.Length == 0 ? lower : WordStemmer.Stem(word));
            content.Add(word.Length > 0 && !Lexicon.StopWords.Contains(word));
            previousEnd = token.End;
        }
        if (start >= 0)
            quoted.Add((start, stems.Count - start));
        if (quoted.Count == 0)
            return null;
        return new QuotedStatement(stems.MoveToImmutable(), content.MoveToImmutable(), quoted.ToImmutable(), text, speech[0]);
    }

    /// <summary>Which of <paramref name="quotations"/> holds <paramref name="at"/>, or -1 (a loop: FindIndex's lambda was a closure per word).</summary>
    private static int IndexOf(List<Quotation> quotations, int at)
    {
        for (var i = 0; i < quotations.Count; i++)
            if (quotations[i].Contains(at))
                return i;
        return -1;
    }

    private static bool IsName(string text, Quotation q)
    {
        var end = q.RunsOn ? text.Length : q.End;
        var from = q.OpenedBefore ? q.Start : q.Start + 1;
        return QuoteFinder.IsLabel(text, q.OpenedBefore ? -1 : q.Start, q.End)
            || (from < end && QuoteFinder.IsTitle(text[from..end].Trim()));
    }

    private static bool EndsSentence(ReadOnlySpan<char> between) => between.IndexOfAny(".?!;…") >= 0;

    /// <summary>
    /// True when a quoted stretch of one sentence (<see cref="MinimumWords"/> words or more) is found in
    /// the other, in order (<see cref="AlignedShare"/> of its words), with <see cref="ContentWords"/>
    /// content words among those found that are not names, and gaps no longer than an aside: the
    /// other sentence quotes or retells the same remark. Two sentences that name different speakers
    /// tell two remarks, however alike.
    /// </summary>
    public static bool TellSameRemark(SentenceFeatures a, SentenceFeatures b) =>
        (a.Speech is not null || b.Speech is not null)
        && (a.Speakers.Count == 0 || b.Speakers.Count == 0 || a.Speakers.Overlaps(b.Speakers))
        && !(a.Speech is { } sa && b.Speech is { } sb && NameOthers(sa.Speaker, sb.Speaker))
        && (QuotedIn(a, b) || QuotedIn(b, a));

    /// <summary>Both sentences name who spoke, and the two names share no word ("Mayor Ann Dunn" / "Dunn" are one).</summary>
    private static bool NameOthers(string? a, string? b) =>
        a is not null && b is not null
        && !a.Split(' ', StringSplitOptions.RemoveEmptyEntries).Intersect(b.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal)
            .Any(w => w.Length > 1 && char.IsUpper(w[0]));

    private static bool QuotedIn(SentenceFeatures quoting, SentenceFeatures other)
    {
        if (quoting.Speech is not { } speech)
            return false;
        ImmutableArray<string>? words = null;
        foreach (var (start, length) in speech.Quoted)
            if (length >= MinimumWords && MayAlign(quoting, speech, start, length, other)
                && Aligned(quoting, speech, start, length, words ??= other.Speech?.Stems ?? StemsInOrder(other)))
                return true;
        return false;
    }

    /// <summary>
    /// A first look, before any alignment: the other sentence has <see cref="ContentWords"/> of the
    /// stretch's content words that are not names, as written or as concepts. Most pairs have not.
    /// </summary>
    internal static bool MayAlign(SentenceFeatures quoting, QuotedStatement speech, int start, int length, SentenceFeatures other)
    {
        var found = 0;
        for (var i = start; i < start + length; i++)
        {
            var stem = speech.Stems[i];
            if (!speech.Content[i] || quoting.Names.Contains(stem))
                continue;
            var concept = Paraphrases.Concept(stem);
            if ((other.Set.Contains(stem) || other.Distinct.Any(d => Paraphrases.Concept(d) == concept)) && ++found >= ContentWords)
                return true;
        }
        return false;
    }

    /// <summary>
    /// The words of a sentence as stems in order, stop words kept: one per word of <see cref="SentenceFeatures.Words"/>,
    /// so an index into one is an index into the other.
    /// </summary>
    internal static ImmutableArray<string> StemsInOrder(SentenceFeatures s) =>
        [.. s.Words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Tokenizer.BaseOf(w) is { Length: > 0 } b ? WordStemmer.Stem(b) : w)];

    /// <summary>
    /// The longest chain of the stretch's words found in order in <paramref name="words"/>, each link
    /// skipping at most <see cref="MaxSkipped"/> of the stretch and <see cref="MaxGap"/> of the other
    /// sentence; true when it holds <see cref="AlignedShare"/> of the stretch and enough of its content.
    /// </summary>
    private static bool Aligned(SentenceFeatures quoting, QuotedStatement speech, int start, int length, ImmutableArray<string> words)
    {
        var needed = (int)Math.Ceiling(AlignedShare * length);
        // chain[i, j]: words found in the longest chain ending with stretch word i found as words[j];
        // plain[i, j]: the content words that are not names among them.
        var chain = new int[length, words.Length];
        var plain = new int[length, words.Length];
        for (var i = 0; i < length; i++)
        {
            var stem = speech.Stems[start + i];
            var isPlain = speech.Content[start + i] && !quoting.Names.Contains(stem);
            for (var j = 0; j < words.Length; j++)
            {
                if (!Same(stem, speech.Content[start + i], words[j]))
                    continue;
                int best = 0, bestPlain = 0;
                for (var pi = Math.Max(0, i - 1 - MaxSkipped); pi < i; pi++)
                    for (var pj = Math.Max(0, j - 1 - MaxGap); pj < j; pj++)
                        if (chain[pi, pj] > best || (chain[pi, pj] == best && plain[pi, pj] > bestPlain))
                            (best, bestPlain) = (chain[pi, pj], plain[pi, pj]);
                chain[i, j] = best + 1;
                plain[i, j] = bestPlain + (isPlain ? 1 : 0);
                if (chain[i, j] >= needed && plain[i, j] >= ContentWords)
                    return true;
            }
        }
        return false;
    }

    /// <summary>The same word, or for a content word the same <see cref="Paraphrases"/> concept ("doctors" / "physicians").</summary>
    private static bool Same(string stem, bool content, string other) =>
        stem == other || (content && Paraphrases.Concept(stem) == Paraphrases.Concept(other));
}
