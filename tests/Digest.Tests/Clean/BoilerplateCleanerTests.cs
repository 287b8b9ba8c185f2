using System.Collections.Immutable;
using Digest.Core.Clean;
using Digest.Core.Load;

namespace Digest.Tests.Clean;

public class BoilerplateCleanerTests
{
    private static Article ArticleWith(params string[] paragraphs) => new(
        "people", "content/s/people.md", "s", "T", "PEOPLE", null, null, null, null, [], false,
        ImmutableSortedDictionary<string, object?>.Empty,
        [.. paragraphs.Select((p, i) => new Paragraph(i + 1, [.. SentenceSplitter.Split(p).Select(s => new Sentence(s, i + 1))]))]);

    [Theory]
    [InlineData("Get push notifications with news, features and more.")]
    [InlineData("Never miss a story — sign up for PEOPLE's free daily newsletter to stay up-to-date.")]
    [InlineData("Chrissy Teigen Instagram Chrissy Teigen | Credit: Chrissy Teigen Instagram")]
    [InlineData("Advertisement")]
    public void Removes_generic_boilerplate_with_a_reason(string line)
    {
        var cleaned = new BoilerplateCleaner([]).Clean(ArticleWith("A real sentence.", line));
        Assert.Equal(["A real sentence."], cleaned.Sentences.Select(s => s.Text));
        var removed = Assert.Single(cleaned.Removed);
        Assert.Equal(("people", line), (removed.Source, removed.Text));
        Assert.StartsWith("boilerplate", removed.Reason);
    }

    [Theory]
    [InlineData("The advertisement ran for a week before the network pulled it.")]
    [InlineData("She said the newsletter she signed up for never arrived.")]
    public void Keeps_real_sentences_that_mention_such_words(string line)
    {
        var cleaned = new BoilerplateCleaner([]).Clean(ArticleWith(line));
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void Publisher_patterns_from_site_yml_apply()
    {
        var cleaned = new BoilerplateCleaner(["^Follow us on .*"]).Clean(ArticleWith("Real.", "Follow us on Mastodon."));
        Assert.Equal("boilerplate: site.yml pattern", Assert.Single(cleaned.Removed).Reason);
    }
}
