using System.Collections.Immutable;
using Digest.Core.Merge.Analysis;

namespace Digest.Core.Merge.Facts;

/// <summary>One body sentence of one article, in the story's order, as the fact rules see it.</summary>
/// <param name="Source">The article's source id.</param>
/// <param name="Index">Position in the story's sentence list.</param>
/// <param name="Text">The outlet's sentence, verbatim.</param>
/// <param name="Paragraph">Position of its paragraph in the story.</param>
/// <param name="Quotations">Where the sentence quotes speech (<see cref="QuotedSpeech"/>).</param>
/// <param name="Narration">The same text with the quotations blanked.</param>
/// <param name="Dates">The date expressions of the narration, not yet resolved (<see cref="DateFinder.Phrases"/>).</param>
/// <param name="Words">The words the sentence tells its event with, as its analysis found them.</param>
/// <param name="Tokens">The words and numbers of the text, as its analysis read them (<see cref="Tokenizer"/>).</param>
/// <param name="Names">The runs of the text that could be names, as its analysis found them (<see cref="NameRun.Find"/>).</param>
internal sealed record StorySentence(
    string Source, int Index, int Paragraph, string Text, ImmutableArray<Quotation> Quotations, string Narration, ImmutableArray<DatePhrase> Dates,
    SentenceWords Words, ImmutableArray<Token> Tokens, ImmutableArray<NameRun> Names)
{
    /// <summary>The sentence as its analysis read it, placed in the story.</summary>
    public static StorySentence From(string source, int index, int paragraph, SentenceAnalysis analysis) =>
        new(source, index, paragraph, analysis.Text, analysis.Quotations, analysis.Narration, analysis.Dates, analysis.Words, analysis.Tokens, analysis.Names);

    /// <summary>True when the character at <paramref name="at"/> is quoted speech.</summary>
    public bool IsQuoted(int at) => QuotedSpeech.Inside(Quotations, at);

    /// <summary>True when the sentence begins inside a quotation opened in an earlier sentence of its paragraph.</summary>
    public bool StartsInsideQuote => Quotations is [{ OpenedBefore: true }, ..];
}
