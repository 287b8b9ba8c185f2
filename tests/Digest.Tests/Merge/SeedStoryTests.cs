using Digest.Core.Merge;
using Digest.Tests.Support;

namespace Digest.Tests.Merge;

/// <summary>The seed story's digest against what issue 3 says it must show.</summary>
public class SeedStoryTests
{
    private static StoryDigest Digest => TestCorpora.Get("seed").Digest;

    private static List<BodySentence> BodyWith(string words) =>
        [.. Digest.Body.Where(b => TextKey.Of(b.Text).Contains(TextKey.Of(words), StringComparison.Ordinal))];

    [Theory]
    [InlineData("Took me a year but finally honored his little spirit")]
    [InlineData("A year ago you gave me the greatest pain")]
    [InlineData("adorned with flowers")]
    public void Told_by_both_outlets_appears_once_cited_to_both(string words)
    {
        var entry = Assert.Single(BodyWith(words));
        Assert.Equal(["et", "people"], entry.Sources.Concat(entry.Partial).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_table_scene_credits_et_only_in_part_for_et_never_mentions_the_candles()
    {
        var entry = Assert.Single(BodyWith("adorned with flowers"));
        Assert.Equal(["people"], entry.Sources);
        Assert.Equal(["et"], entry.Partial);
    }

    [Fact]
    public void The_story_opens_once_both_ledes_in_one_entry()
    {
        var lede = Digest.Body[0];
        Assert.Contains(lede.From, f => f.Text.StartsWith("Chrissy Teigen is trying to find closure", StringComparison.Ordinal));
        Assert.Contains(lede.From, f => f.Text.StartsWith("Chrissy Teigen is continuing to honor", StringComparison.Ordinal));
    }

    [Fact]
    public void The_national_sons_day_tribute_is_told_once() =>
        Assert.Single(Digest.Body, b => b.From.Any(f => f.Text.Contains("Son", StringComparison.Ordinal) && f.Text.Contains("s Day", StringComparison.Ordinal)));

    [Fact]
    public void The_ceremony_photos_shared_on_instagram_are_told_once()
    {
        // PEOPLE tells in one sentence what ET tells over two (the photos, then who is in them).
        var entry = Assert.Single(BodyWith("shared photos on Instagram from a memorial ceremony"));
        Assert.Contains(entry.From, f => f.Text.StartsWith("The 35-year-old model took to Instagram on Thursday", StringComparison.Ordinal));
        Assert.Contains(entry.From, f => f.Text.StartsWith("In the photos, Teigen is joined by her mom", StringComparison.Ordinal));
    }

    [Fact]
    public void What_a_merged_sentence_adds_is_listed_with_it()
    {
        var entry = Assert.Single(BodyWith("adorned with flowers"));
        var et = Assert.Single(entry.From, f => f.Source == "et");
        Assert.Contains("wear", et.Adds);
    }

    [Fact]
    public void The_table_scene_is_shown_in_the_informative_wording_with_candles() =>
        Assert.Contains("candles", Assert.Single(BodyWith("adorned with flowers")).Text);

    [Theory]
    [InlineData("candles", "people")]
    [InlineData("\"Pepper\"", "people")]
    [InlineData("in December that she would", "people")]
    [InlineData("she said in March", "people")]
    [InlineData("On this darkest of days", "people")]
    [InlineData("paused in time", "people")]
    [InlineData("one month after she announced she was expecting baby No. 3", "et")]
    [InlineData("To our Jack", "et")]
    [InlineData("told ET's Kevin Frazier", "et")]
    [InlineData("We've heard from so many people", "et")]
    public void Details_only_one_outlet_has_are_kept(string words, string source) =>
        Assert.Contains(BodyWith(words), b => b.Sources.Contains(source));

    [Theory]
    [InlineData("Took me a year", "Chrissy Teigen")]
    [InlineData("A year ago you gave me", "Chrissy Teigen")]
    [InlineData("mom and dad love you forever", "Chrissy Teigen")]
    [InlineData("On this darkest of days", "Chrissy Teigen")]
    [InlineData("To our Jack", "Chrissy Teigen")]
    [InlineData("We've heard from so many people", "John Legend")]
    [InlineData("Whenever we go through personal challenges", "John Legend")]
    public void Quotes_name_their_speaker(string words, string speaker)
    {
        var quote = Assert.Single(Digest.Quotes, q => TextKey.Of(q.Text).Contains(TextKey.Of(words), StringComparison.Ordinal));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void The_caption_both_outlets_carry_is_one_quote_with_the_other_wording_as_variants()
    {
        var quote = Assert.Single(Digest.Quotes, q => q.Text.Contains("Took me a year", StringComparison.Ordinal));
        Assert.Equal(["et", "people"], quote.Sources);
        Assert.Contains(quote.Variants, v => v.Source == "et");
    }

    [Fact]
    public void The_four_boilerplate_lines_of_people_are_removed()
    {
        Assert.Equal(4, Digest.Removed.Count(r => r.Source == "people"));
        Assert.DoesNotContain(Digest.Body, b => b.Text.Contains("Credit:", StringComparison.Ordinal) || b.Text.Contains("newsletter", StringComparison.Ordinal));
    }

    [Fact]
    public void The_headline_is_a_real_headline_not_the_dek_like_title() =>
        Assert.Equal("Chrissy Teigen Hopes for 'Closure' After Blessings Ceremony for Late Son", Digest.Title);

    [Fact]
    public void Each_source_counts_the_sentences_it_alone_reports()
    {
        foreach (var source in Digest.Sources)
            Assert.Equal(Digest.Body.Count(b => b.Sources.SequenceEqual([source.Id]) && b.Partial.IsEmpty), source.Contributes);
        Assert.All(Digest.Sources, s => Assert.True(s.Contributes > 0));
    }
}
