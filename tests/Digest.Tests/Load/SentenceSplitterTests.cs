using Digest.Core.Load;

namespace Digest.Tests.Load;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("The model suffered a loss in Sept. 2020.", 1)]
    [InlineData("She was expecting baby No. 3 in the U.S. at the time.", 1)]
    [InlineData("Mr. Smith met Dr. Jones. They talked.", 2)]
    [InlineData("It cost $28.50 on Jan. 2. Then it rose.", 2)]
    [InlineData("John F. Kennedy spoke. Crowds cheered!", 2)]
    public void Splits_news_prose(string text, int count) =>
        Assert.Equal(count, SentenceSplitter.Split(text).Length);

    [Fact]
    public void Keeps_closing_quote_with_its_sentence()
    {
        var parts = SentenceSplitter.Split("\"Hopefully some closure will happen now.\" She added more.");
        Assert.Equal(["\"Hopefully some closure will happen now.\"", "She added more."], parts);
    }

    [Fact]
    public void Text_is_kept_exactly()
    {
        const string text = "One.  Two?  Three!";
        Assert.Equal(["One.", "Two?", "Three!"], SentenceSplitter.Split(text));
    }
}
