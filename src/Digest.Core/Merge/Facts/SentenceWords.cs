using System.Collections.Frozen;

namespace Digest.Core.Merge.Facts;

/// <summary>
/// The words a text tells its event with, read by the timeline, the dating of bare months and the
/// conflicts. Each sentence's analysis holds one, shared by every reader of the sentence: each set is
/// found the first time a rule asks for it (most sentences give no date and are never asked) and kept,
/// frozen so that no reader can change what the others read.
/// </summary>
internal sealed class SentenceWords(string text)
{
    private FrozenSet<string>? content;
    private FrozenSet<string>? stems;

    /// <summary>The content words (<see cref="ContentWords.Of"/>).</summary>
    // Found at most once; two threads racing here compute the same set, and either one is kept.
    public FrozenSet<string> Content => content ??= ContentWords.Of(text);

    /// <summary>
    /// The content words of four letters or more, stemmed, so that "pulled survivors" and "pulling a
    /// survivor" meet. Shorter words ("you", "get", "new") say little about which event a sentence tells.
    /// </summary>
    public FrozenSet<string> Stems => stems ??= Content.Where(w => w.Length >= 4).Select(WordStemmer.Stem).ToFrozenSet(StringComparer.Ordinal);

    public static SentenceWords Of(string text) => new(text);
}
