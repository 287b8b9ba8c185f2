using Digest.Core.Merge.Facts;

namespace Digest.Tests.Merge.Facts;

/// <summary>
/// The cue that spares most dated sentences the search for "it happened" (<see cref="FactExtractor.PointsBack"/>)
/// must hold wherever the pattern matches, in every case and every branch of it.
/// </summary>
public class PointsBackCueTests
{
    [Theory]
    [InlineData("It happened on Tuesday.")]
    [InlineData("THIS HAPPENS every spring, officials said.")]
    [InlineData("it was likely to occur this weekend.")]
    [InlineData("This Occurred Friday night.")]
    [InlineData("It took place on March 3.")]
    [InlineData("This could TAKE PLACE as early as Monday.")]
    [InlineData("It may have taken place last week.")]
    [InlineData("It occurs each year in May.")]
    public void The_cue_holds_wherever_the_pattern_matches(string text)
    {
        Assert.Matches(FactExtractor.PointsBack(), text);
        Assert.True(FactExtractor.PointsBackCue(text), text);
    }

    [Theory]
    [InlineData("If it happens tonight, the bill could pass.")]
    [InlineData("The bridge reopened on Monday.")]
    public void A_text_the_pattern_does_not_match_is_no_match_with_or_without_the_cue(string text)
    {
        Assert.DoesNotMatch(FactExtractor.PointsBack(), text);
    }

    [Fact]
    public void Most_dated_sentences_are_spared_the_search()
    {
        Assert.False(FactExtractor.PointsBackCue("The council voted on Tuesday to close the bridge."));
    }
}
