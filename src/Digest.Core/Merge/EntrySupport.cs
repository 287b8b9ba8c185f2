using System.Collections.Immutable;

namespace Digest.Core.Merge;

/// <summary>
/// Who supports a body entry, and how much (DESIGN.md, provenance): an outlet whose own sentence says
/// all that the shown text says is a full source; one whose sentence tells part of it is credited in
/// part. Each merged sentence lists what it <c>adds</c>: the runs of its words that the shown text
/// lacks, verbatim, so the page can show them and merging never hides a detail.
/// </summary>
internal static class EntrySupport
{
    public sealed record Support(ImmutableArray<string> Full, ImmutableArray<string> Partial, ImmutableArray<SentenceOrigin> From);

    public static Support Of(SentenceUnit display, IReadOnlyList<SentenceUnit> from, SentenceComparer comparer)
    {
        // Most entries are one sentence that no other tells: it is its own full source and adds nothing.
        if (from is [var only] && only == display)
            return new Support([display.Source], [], [new SentenceOrigin(display.Source, display.Text, [])]);
        var full = new SortedSet<string>(StringComparer.Ordinal) { display.Source };
        foreach (var f in from)
            if (f.Features.Key == display.Features.Key || comparer.Covers(f.Features, display.Features, f.Source == display.Source))
                full.Add(f.Source);
        // An outlet that told it over several sentences (a caption in four quotes) supports all of it.
        foreach (var told in from.GroupBy(f => f.Source, StringComparer.Ordinal).Where(g => !full.Contains(g.Key) && g.Count() > 1))
            if (ToldTogether(display.Features, [.. told.Select(f => f.Features)], comparer))
                full.Add(told.Key);
        var partial = from.Select(f => f.Source).Where(s => !full.Contains(s)).Distinct().Order(StringComparer.Ordinal);
        // The shown text's words are read only for a source worded otherwise: most entries have none.
        HashSet<string>? shownWords = null;
        var origins = from.Select(f => new SentenceOrigin(f.Source, f.Text,
            f.Features.Key == display.Features.Key ? [] : Adds(f.Features, display.Features, shownWords ??= Words(display.Features))));
        return new Support([.. full], [.. partial], [.. origins]);
    }

    /// <summary>
    /// True when <paramref name="parts"/> together say what <paramref name="shown"/> says: its weighted
    /// content, every number and every name.
    /// </summary>
    private static bool ToldTogether(SentenceFeatures shown, IReadOnlyList<SentenceFeatures> parts, SentenceComparer comparer)
    {
        var words = parts.SelectMany(p => p.Distinct).ToHashSet(StringComparer.Ordinal);
        if (!shown.Numbers.All(words.Contains) || !shown.Names.All(words.Contains))
            return false;
        double told = 0, total = 0;
        foreach (var t in shown.Distinct)
        {
            var w = comparer.Weight(t);
            total += w;
            if (words.Contains(t)) told += w;
        }
        return total > 0 && told / total >= SentenceComparer.CoverThreshold;
    }

    /// <summary>
    /// Words as a reader sees them: the tokenizer's compounds, with tokens written together read as
    /// one ("5am", "A42"), so that a detail is told or added whole.
    /// </summary>
    private static List<Token> ReaderWords(SentenceFeatures sentence)
    {
        var text = sentence.Text;
        // The sentence's tokens as its analysis read them, where the features keep them: not read again.
        var tokens = sentence.Tokens.IsDefault ? Tokenizer.Tokens(text) : sentence.Tokens;
        var words = new List<Token>(sentence.Tokens.IsDefault ? 0 : sentence.Tokens.Length);
        foreach (var token in Tokenizer.Compounds(text, tokens))
        {
            if (words.Count > 0 && words[^1].End == token.Start)
                words[^1] = new Token(text[words[^1].Start..token.End], words[^1].Start);
            else
                words.Add(token);
        }
        return words;
    }

    private static HashSet<string> Words(SentenceFeatures sentence)
    {
        var words = ReaderWords(sentence);
        // Sized for the words at once: grown from empty, resizing it was most of the cost of crediting an entry's sources.
        var lowers = new HashSet<string>(words.Count, StringComparer.Ordinal);
        foreach (var word in words)
            lowers.Add(word.Lower);
        return lowers;
    }

    /// <summary>
    /// The runs of <paramref name="source"/>'s words that <paramref name="shown"/> does not tell, each
    /// from its first to its last missing content word, cut verbatim from the source's text. A word is
    /// told when its stem is among the shown sentence's words; a name or a number only when the very
    /// word is there ("Dauer's" is not told by "Dauer"). Function words never make a run of their own.
    /// </summary>
    public static ImmutableArray<string> Adds(SentenceFeatures source, SentenceFeatures shown, IReadOnlySet<string> shownWords)
    {
        var text = source.Text;
        var adds = ImmutableArray.CreateBuilder<string>();
        int start = -1, end = -1;
        void Close()
        {
            if (start >= 0) adds.Add(text[start..end]);
            start = -1;
        }
        foreach (var word in ReaderWords(source))
        {
            var folded = word.Lower;
            // Names and numbers are details as written (the first word of a sentence is capitalised anyway).
            var exact = HasDigit(word.Text) || (word.IsCapitalised && word.Start > 0);
            if (!exact && IsFunctionWord(folded))
            {
                Close();
                continue;
            }
            var told = shownWords.Contains(folded) || (!exact && AllTold(folded, shown));
            if (told || !IsGap(text, end, word.Start))
                Close();
            if (told)
                continue;
            if (start < 0) start = word.Start;
            end = word.End;
        }
        Close();
        return adds.Distinct(StringComparer.Ordinal).ToImmutableArray();
    }

    // A loop, not Any: Any reads a string through a boxed enumerator, and this runs for every word of every source sentence.
    private static bool HasDigit(string word)
    {
        foreach (var c in word)
            if (char.IsDigit(c))
                return true;
        return false;
    }

    private static bool IsFunctionWord(string folded)
    {
        var lower = Tokenizer.BaseOf(folded);
        return Lexicon.StopWords.Contains(lower) || Lexicon.Negations.Contains(lower) || folded.EndsWith("n't", StringComparison.Ordinal);
    }

    /// <summary>True when every hyphen-joined part of the word is told; a loop, as this runs for every word of every source sentence.</summary>
    private static bool AllTold(string folded, SentenceFeatures shown)
    {
        if (!folded.Contains('-'))
            return Told(folded, shown);
        foreach (var part in folded.Split('-'))
            if (!Told(part, shown)) return false;
        return true;
    }

    private static bool Told(string part, SentenceFeatures shown)
    {
        var lower = Tokenizer.BaseOf(part);
        if (lower.Length == 0 || Lexicon.StopWords.Contains(lower)) return true;
        var stem = WordStemmer.Stem(lower);
        return shown.Set.Contains(stem) || SpeechVerbs.Stems.Contains(stem);
    }

    /// <summary>Words joined by spaces, hyphens or apostrophes belong to one run; punctuation and function words end it.</summary>
    private static bool IsGap(string text, int from, int to)
    {
        if (from < 0) return true;
        foreach (var c in text.AsSpan(from, to - from))
            if (!char.IsWhiteSpace(c) && c is not ('-' or '\'' or '’'))
                return false;
        return true;
    }
}
