using System.Collections.Immutable;
using Digest.Core.Clean;
using Digest.Core.Merge.Facts;

namespace Digest.Core.Merge.Analysis;

/// <summary>
/// One sentence of one article, read once: everything the merge rules need of it that depends on the
/// sentence alone. Body building, quotations, people, the timeline and conflicts all read these
/// records rather than reading the text again.
/// </summary>
/// <param name="Paragraph">0-based paragraph of the article the sentence belongs to.</param>
/// <param name="Quotations">Where the text quotes speech (<see cref="QuotedSpeech"/>), found with the rest of its paragraph.</param>
/// <param name="Narration">The text with the quotations blanked, indices kept: the outlet's own words.</param>
/// <param name="Tokens">The words and numbers of the text (<see cref="Tokenizer"/>).</param>
/// <param name="Dates">The date expressions of the narration, as written; each story context resolves them.</param>
/// <param name="Words">The words the text tells its event with (<see cref="SentenceWords"/>).</param>
/// <param name="Names">The runs of capitalised words of the text that could be names (<see cref="NameRun.Find"/>), read by the people model and gender evidence.</param>
internal sealed record SentenceAnalysis(
    string Text, int Paragraph, ImmutableArray<Quotation> Quotations, string Narration, ImmutableArray<Token> Tokens, ImmutableArray<DatePhrase> Dates,
    SentenceWords Words, ImmutableArray<NameRun> Names)
{
    /// <summary>A sentence read on its own, as a paragraph of one.</summary>
    public static SentenceAnalysis Of(string text, int paragraph) => Of(text, paragraph, QuotedSpeech.Find(text));

    public static SentenceAnalysis Of(string text, int paragraph, ImmutableArray<Quotation> quotations)
    {
        var narration = QuotedSpeech.Mask(text, quotations);
        ImmutableArray<Token> tokens = [.. Tokenizer.Tokens(text)];
        return new SentenceAnalysis(text, paragraph, quotations, narration, tokens, DateFinder.Phrases(narration),
            SentenceWords.Of(text, tokens), NameRun.Find(text));
    }
}

/// <summary>
/// The sentences of one article, each analysed once (<see cref="SentenceAnalysis"/>). It depends on the
/// article alone, so a story can be merged again without reading its articles again.
/// </summary>
internal sealed record ArticleAnalysis(CleanArticle Article, ImmutableArray<SentenceAnalysis> Sentences)
{
    public string Id => Article.Id;

    public static ArticleAnalysis Of(CleanArticle article) =>
        new(article, [.. article.Paragraphs.SelectMany((p, i) =>
        {
            var texts = p.Sentences.Select(s => s.Text).ToList();
            var quotations = QuotedSpeech.Find(texts);
            return texts.Select((text, k) => SentenceAnalysis.Of(text, i, quotations[k]));
        })]);
}
