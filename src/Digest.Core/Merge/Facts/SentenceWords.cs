using System.Collections.Immutable;

namespace Digest.Core.Merge.Facts;

/// <summary>
/// The words a text tells its event with, read by the timeline, the dating of bare months and the
/// conflicts. Each sentence's analysis holds one, shared by every reader of the sentence: each set is
/// found the first time a rule asks for it (most sentences give no date and are never asked) and kept,
/// read-only so that no reader can change what the others read. Plain hash sets, not frozen ones: a
/// frozen set costs many times a hash set to build, which pays for a set read millions of times, not
/// for a sentence's handful of words read a few times.
/// </summary>
internal sealed class SentenceWords(string text, IEnumerable<Token>? tokens = null)
{
    private IReadOnlySet<string>? content;
    private IReadOnlySet<string>? stems;

    /// <summary>The content words (<see cref="ContentWords.Of"/>).</summary>
    // Found at most once; two threads racing here compute the same set, and either one is kept.
    public IReadOnlySet<string> Content => content ??= ContentWords.Of(text, tokens ?? Tokenizer.Tokens(text));

    /// <summary>
    /// The content words of four letters or more, stemmed, so that "pulled survivors" and "pulling a
    /// survivor" meet. Shorter words ("you", "get", "new") say little about which event a sentence tells.
    /// </summary>
    public IReadOnlySet<string> Stems => stems ??= StemsOf(Content);

    private static HashSet<string> StemsOf(IReadOnlySet<string> content)
    {
        var stems = new HashSet<string>(content.Count, StringComparer.Ordinal);
        foreach (var w in content)
            if (w.Length >= 4) stems.Add(WordStemmer.Stem(w));
        return stems;
    }

    public static SentenceWords Of(string text) => new(text);

    /// <summary>
    /// The words written in a text that stem to each stem (<see cref="WordStemmer.Stem"/>) otherwise than by
    /// cutting their end: a month's abbreviation, a number word, an irregular verb's form ("went" is "go").
    /// </summary>
    private static readonly Dictionary<string, string[]> Unlike = CalendarWords.MonthOfAbbreviation.Keys
        .Concat(NumberWords.AsDigits.Keys).Concat(Lexicon.IrregularVerbs.Keys)
        .GroupBy(WordStemmer.Stem, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// False only when no word of <paramref name="text"/> can stem to <paramref name="stem"/>, read without reading
    /// the text's words: a stem is the start of the word it cuts (a final "y" aside: "stories" is "story"), or
    /// one of <see cref="Unlike"/>, and a text's words are in its lower case. Most sentences hold none of a few
    /// stems asked about, and are then never read for their words.
    /// </summary>
    public static bool MayHoldStem(string text, IReadOnlySet<string> stems)
    {
        var lower = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan().ToLowerInvariant(lower);
        foreach (var stem in stems)
        {
            if (lower.IndexOf(stem.EndsWith('y') ? stem.AsSpan(0, stem.Length - 1) : stem, StringComparison.Ordinal) >= 0) return true;
            foreach (var word in Unlike.GetValueOrDefault(stem, []))
                if (lower.IndexOf(word, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    /// <summary>The words of a sentence whose <paramref name="tokens"/> its analysis has read already.</summary>
    public static SentenceWords Of(string text, ImmutableArray<Token> tokens) => new(text, tokens);
}
