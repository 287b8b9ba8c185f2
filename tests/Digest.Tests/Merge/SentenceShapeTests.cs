using System.Collections.Immutable;
using Digest.Core.Clean;
using Digest.Core.Group;
using Digest.Core.Load;
using Digest.Core.Merge;

namespace Digest.Tests.Merge;

/// <summary>
/// The merge whatever the sentence splitter makes of a quotation: one sentence for a whole caption
/// (<c>"A. B. C," Teigen captioned the post.</c>), or a quotation continued after "she added". The
/// sentences are given as such here, so these tests do not depend on the splitter of the day.
/// </summary>
public class SentenceShapeTests
{
    private static CleanArticle Article(string id, params string[][] paragraphs)
    {
        var article = new Article(id, $"content/s/{id}.md", "s", id, id.ToUpperInvariant(), null, null, null, "s", [], false,
            ImmutableSortedDictionary<string, object?>.Empty,
            [.. paragraphs.Select((p, i) => new Paragraph(i + 1, [.. p.Select(t => new Sentence(t, i + 1))]))]);
        return new CleanArticle(article, article.Paragraphs, []);
    }

    private static StoryDigest Merge(params CleanArticle[] articles) => StoryMerger.Merge(new Story("s", [.. articles]));

    // The seed story's caption, as the sentence splitter that keeps a quotation whole would give it.
    private static readonly CleanArticle Et = Article("et",
        ["Chrissy Teigen is trying to find closure after the loss of her son."],
        ["\"Took me a year but finally honored his little spirit with some blessings today,\" Teigen captioned the post.",
         "\"Hopefully some closure in my heart will happen now.\""],
        ["\"Thank you guys for the kind words,\" she added.", "\"It’s a process. Xx.\""],
        ["The memorial followed National Son's Day, in honor of which Teigen posted a tribute to her late son."]);

    private static readonly CleanArticle People = Article("people",
        ["\"Took me a year but finally honored his little spirit with some blessings today. hopefully some closure in my heart will happen now 😩 thank you guys for the kind words. It's a process. Xx,\" Teigen captioned the post."]);

    [Fact]
    public void A_caption_told_in_one_sentence_covers_the_same_caption_told_in_four()
    {
        var digest = Merge(Et, People);
        var caption = Assert.Single(digest.Body, b => b.From.Length > 1);
        Assert.Equal(People.Paragraphs[0].Sentences[0].Text, caption.Text);
        Assert.Equal(["et", "people"], caption.Sources);
        Assert.Equal(5, caption.From.Length);
        Assert.Equal(3, digest.Body.Length);
    }

    [Fact]
    public void The_caption_is_one_quote_whatever_the_order_of_the_articles()
    {
        foreach (var digest in new[] { Merge(Et, People), Merge(People, Et) })
        {
            var quote = Assert.Single(digest.Quotes);
            Assert.Equal("Chrissy Teigen", quote.Speaker);
            Assert.Equal(["et", "people"], quote.Sources);
            Assert.StartsWith("Took me a year", quote.Text, StringComparison.Ordinal);
            Assert.EndsWith("Xx", quote.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_quotation_paragraph_without_attribution_keeps_the_speaker_of_the_paragraph_before()
    {
        var digest = Merge(Article("a",
            ["Dana Whitfield opened the new library on Monday."],
            ["\"Books are the best thing a town can share,\" Whitfield said."],
            ["\"Every child here will have a card by the end of the year.\""]));
        Assert.All(digest.Quotes, q => Assert.Equal("Dana Whitfield", q.Speaker));
        Assert.Equal(2, digest.Quotes.Length);
    }
}
