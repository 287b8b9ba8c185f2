using Digest.Core.Merge;
using Digest.Core.Merge.Analysis;

namespace Digest.Tests.Merge;

/// <summary>
/// One remark told in two shapes (<see cref="QuotedStatement"/>): a quoted stretch found, in order,
/// in another outlet's sentence, with only an aside between its words.
/// </summary>
public class QuotedStatementTests
{
    private static bool SameRemark(string a, string b)
    {
        var features = SentenceFeaturizer.Build([SentenceAnalysis.Of(a, 0), SentenceAnalysis.Of(b, 1)]);
        return QuotedStatement.TellSameRemark(features[0], features[1]);
    }

    [Theory]
    // A partial quotation inside the full one, an aside of the speaker's skipped.
    [InlineData("Okafor warned that the strike \"could last well into the spring harvest.\"",
        "\"I fear this strike could, if nobody blinks, last well into the spring harvest,\" the union chief said.")]
    // A phrase of the remark quoted, the remark printed in full by the other.
    [InlineData("Farmers called the ruling \"a bitter pill\" for the valley.",
        "\"This is a bitter pill for every grower here,\" said Dana Okafor.")]
    public void A_quoted_stretch_found_in_order_is_one_remark(string a, string b)
    {
        Assert.True(SameRemark(a, b));
        Assert.True(SameRemark(b, a));
    }

    [Theory]
    // Two words are anyone's.
    [InlineData("Neighbours called the lot \"a disgrace\" at the meeting.", "\"It is a disgrace to leave it empty,\" the owner said.")]
    // The words found, but scattered: more than an aside between them.
    [InlineData("The mayor said the plan \"will cost the city nothing at all.\"",
        "The plan will, according to figures the council released on Friday and disputed by the unions, cost the city its reserves.")]
    // A quoted label names something; it is no one's remark.
    [InlineData("The county wants to end the \"stay at home\" order by May.", "Governor Lee lifted the \"stay at home\" rule for the valley towns.")]
    // Two people named as saying alike words said two things.
    [InlineData("Mayor Ruth Dunn told reporters the city \"will keep every library open all winter\" and hire two teachers.",
        "\"We will keep every library open all winter, whatever the state decides,\" said budget chief Ivan Olsen.")]
    public void Not_one_remark(string a, string b)
    {
        Assert.False(SameRemark(a, b));
        Assert.False(SameRemark(b, a));
    }

    [Fact]
    public void A_quotation_is_cut_at_its_own_sentence_ends()
    {
        var speech = QuotedStatement.Of(SentenceAnalysis.Of("Lee said the vote \"was a mistake. We will appeal.\"", 0));
        Assert.NotNull(speech);
        Assert.Equal(2, speech.Quoted.Length);
        Assert.Equal("Lee", speech.Speaker);
    }

    [Fact]
    public void A_sentence_without_quotation_has_no_speech() =>
        Assert.Null(QuotedStatement.Of(SentenceAnalysis.Of("Lee said the vote was a mistake.", 0)));
}
