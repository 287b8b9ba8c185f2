using Digest.Core.Merge;

namespace Digest.Tests.Merge;

public class QuoteMergerTests
{
    [Fact]
    public void A_fragment_two_quotations_share_does_not_make_them_one()
    {
        var quotes = QuoteMerger.Merge([
            new QuoteSpan("a", 0, "I think if you say things like that, you say things that are well over the line", "Lee Park"),
            new QuoteSpan("b", 1, "well over the line", null),
            new QuoteSpan("c", 2, "I can't help but think that those remarks are well over the line. It's wrong", "Lee Park"),
        ]);
        Assert.Equal(2, quotes.Length);
        Assert.Equal(["a", "b"], quotes[0].Sources);
        Assert.Equal(["c"], quotes[1].Sources);
    }

    [Fact]
    public void Halves_of_a_quotation_are_variants_of_the_whole_one()
    {
        var quote = Assert.Single(QuoteMerger.Merge([
            new QuoteSpan("a", 0, "We were very lucky this time around", "Ana Ruiz"),
            new QuoteSpan("a", 1, "The water rose in a few minutes.", "Ana Ruiz"),
            new QuoteSpan("b", 100_000, "We were very lucky this time around. The water rose in a few minutes", null),
        ]));
        Assert.Equal("We were very lucky this time around. The water rose in a few minutes", quote.Text);
        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.Equal(2, quote.Variants.Length);
    }
}
