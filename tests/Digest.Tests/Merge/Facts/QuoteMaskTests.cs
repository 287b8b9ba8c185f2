using System.Text.RegularExpressions;
using Digest.Core.Merge.Facts;

namespace Digest.Tests.Merge.Facts;

public class QuoteMaskTests
{
    [Theory]
    [InlineData("\"Today we grieve,\" she wrote on Tuesday.", "she wrote on Tuesday.")]
    [InlineData("She wrote “today we grieve” on Tuesday.", "She wrote on Tuesday.")]
    [InlineData("But we will get through it,\" she wrote in September.", "she wrote in September.")]
    [InlineData("He said: \"We will be back next year", "He said:")]
    [InlineData("It's Teigen's post.", "It's Teigen's post.")]
    public void Blanks_quoted_speech_keeping_positions(string text, string narration)
    {
        var masked = QuoteMask.Mask(text);
        Assert.Equal(text.Length, masked.Length);
        Assert.Equal(narration, Regex.Replace(masked, " +", " ").Trim());
        Assert.All(Enumerable.Range(0, text.Length), i => Assert.True(masked[i] == ' ' || masked[i] == text[i]));
    }

    [Theory]
    [InlineData("I'm like, why?\" she said in March.", true)]
    [InlineData("\"Why?\" she said.", false)]
    [InlineData("She said it twice.", false)]
    public void Knows_a_sentence_that_begins_inside_a_quote(string text, bool inside)
    {
        Assert.Equal(inside, QuoteMask.StartsInsideQuote(text));
    }
}
