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
    [InlineData("LAGOS, March 3 (Wire) - Fuel prices rose again.", "Fuel prices rose again.")]
    [InlineData("TALLINN, Estonia, Dec. 5, 2019 (Wire) — Ferries stayed in port.", "Ferries stayed in port.")]
    [InlineData("ST. PAUL, Minn. (AP) — A bridge reopened.", "A bridge reopened.")]
    [InlineData("PORT-AU-PRINCE, Haiti – Aid arrived by sea.", "Aid arrived by sea.")]
    [InlineData("Harbourton (AP) — A ferry ran aground.", "A ferry ran aground.")]
    [InlineData("New Carlow, Maine (Reuters) - The mill closed.", "The mill closed.")]
    public void A_dateline_is_the_place_and_agency_before_the_dash(string sentence, string rest)
    {
        Assert.Equal(rest, Dateline.Without(sentence));
        // The cue that spares most sentences the search holds in the dateline itself.
        Assert.True(sentence.AsSpan(0, sentence.Length - rest.Length).ContainsAny(Dateline.Cue), sentence);
    }

    [Theory]
    [InlineData("AARP CEO Barry Rand issued a statement.")]
    [InlineData("NASA said the launch would go ahead.")]
    [InlineData("The U.S. - Mexico border was closed.")]
    [InlineData("I - and I mean this - was stunned.")]
    [InlineData("NBA")]
    [InlineData("Ann Lee (D) - The senator objected.")]
    [InlineData("Ann Lee (D-Ore.) - The senator objected.")]
    [InlineData("Mayor Ortiz - who had said nothing - spoke.")]
    [InlineData("FBI agents, CIA officers and others - all of them armed - waited.")]
    [InlineData("The U.S. (and its allies) - Mexico too - agreed.")]
    public void A_sentence_without_one_is_left_as_it_is(string sentence) =>
        Assert.Equal(sentence, Dateline.Without(sentence));
}
