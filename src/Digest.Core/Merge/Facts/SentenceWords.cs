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

    /// <summary>The words of a sentence whose <paramref name="tokens"/> its analysis has read already.</summary>
    public static SentenceWords Of(string text, ImmutableArray<Token> tokens) => new(text, tokens);
}
