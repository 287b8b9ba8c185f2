using Digest.Core.Merge;

namespace Digest.Tests.Merge;

public class DatelineTests
{
    [Theory]
    [InlineData("WASHINGTON — The Senate voted on Tuesday.", "The Senate voted on Tuesday.")]
    [InlineData("WASHINGTON -- The Senate voted on Tuesday.", "The Senate voted on Tuesday.")]
    [InlineData("ERIE, Pa. (AP) - A woman got a bill.", "A woman got a bill.")]
    [InlineData("OFER PRISON, West Bank (Reuters) - A court ruled.", "A court ruled.")]
    [InlineData("NEW YORK — Rihanna posted a video.", "Rihanna posted a video.")]
    [InlineData("(CNN) The storm moved east.", "The storm moved east.")]
    [InlineData("(CNN)The storm moved east.", "The storm moved east.")]
    [InlineData("SÃO PAULO, Brazil — “We are ready,” he said.", "“We are ready,” he said.")]
    public void A_dateline_is_the_place_and_agency_before_the_dash(string sentence, string rest) =>
        Assert.Equal(rest, Dateline.Without(sentence));

    [Theory]
    [InlineData("AARP CEO Barry Rand issued a statement.")]
    [InlineData("NASA said the launch would go ahead.")]
    [InlineData("The U.S. - Mexico border was closed.")]
    [InlineData("I - and I mean this - was stunned.")]
    [InlineData("NBA")]
    public void A_sentence_without_one_is_left_as_it_is(string sentence) =>
        Assert.Equal(sentence, Dateline.Without(sentence));
}
