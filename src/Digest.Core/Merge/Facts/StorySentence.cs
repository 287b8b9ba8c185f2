using System.Collections.Immutable;

namespace Digest.Core.Merge.Facts;

/// <summary>One body sentence of one article, in the story's order, as the fact rules see it.</summary>
/// <param name="Source">The article's source id.</param>
/// <param name="Index">Position in the story's sentence list.</param>
/// <param name="Text">The outlet's sentence, verbatim.</param>
/// <param name="Paragraph">Position of its paragraph in the story.</param>
/// <param name="Narration">The same text with quoted speech blanked (<see cref="QuoteMask"/>).</param>
/// <param name="Dates">The date expressions of the narration, not yet resolved (<see cref="DateFinder.Phrases"/>).</param>
public sealed record StorySentence(string Source, int Index, int Paragraph, string Text, string Narration, ImmutableArray<DatePhrase> Dates)
{
    /// <summary>A sentence read on its own, for rules tried on a few sentences.</summary>
    public static StorySentence Of(string source, int index, int paragraph, string text)
    {
        var narration = QuoteMask.Mask(text);
        return new StorySentence(source, index, paragraph, text, narration, DateFinder.Phrases(narration));
    }
}
