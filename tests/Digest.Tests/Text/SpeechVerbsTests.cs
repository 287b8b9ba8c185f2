using System.Text.RegularExpressions;
using Digest.Core.Text;

namespace Digest.Tests.Text;

public class SpeechVerbsTests
{
    /// <summary>
    /// The tag alternation is written in no particular order: that is safe only while no form starts
    /// another, so that at any position at most one form can match before a word boundary.
    /// </summary>
    [Fact]
    public void No_tag_form_starts_another()
    {
        var clashes = SpeechVerbs.TagForms.SelectMany(a => SpeechVerbs.TagForms.Where(b => b != a && b.StartsWith(a, StringComparison.Ordinal)).Select(b => $"{a}/{b}"));
        Assert.Empty(clashes);
    }

    [Theory]
    [InlineData("He said it was late.", "said")]
    [InlineData("She made it clear that it was over.", "made it clear")]
    [InlineData("They were saying so.", "saying")]
    [InlineData("He sayings the words.", null)]
    public void The_tag_alternation_reads_whole_forms(string text, string? form)
    {
        var match = Regex.Match(text, $@"\b(?:{SpeechVerbs.TagAlternation})\b");
        Assert.Equal(form, match.Success ? match.Value : null);
    }
}
