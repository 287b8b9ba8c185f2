using Digest.Core.Merge;
using Digest.Core.Merge.Analysis;

namespace Digest.Tests.Merge;

/// <summary>A quoted statement and its retelling in reported speech (<see cref="ReportedSpeech"/>).</summary>
public class ReportedSpeechTests
{
    private static bool Retells(string a, string b)
    {
        var features = SentenceFeaturizer.Build([SentenceAnalysis.Of(a, 0), SentenceAnalysis.Of(b, 1)]);
        return ReportedSpeech.Retells(features[0], features[1]) && ReportedSpeech.Retells(features[1], features[0]);
    }

    [Fact]
    public void Tense_and_person_shifted_the_statement_is_one() =>
        Assert.True(Retells("\"We are checking every pipe, and we will be in touch with residents by Friday,\" the water board said.",
            "A board spokeswoman said that they would be in touch with residents once they had finished checking the pipes."));

    [Theory]
    // A stock phrase and one word besides.
    [InlineData("\"The league will be working with every club on safety,\" the commissioner said.",
        "The mayor said the city will be working with the fire service on new exits.")]
    // The same words, but no run of them: told in other words, this is left to other rules.
    [InlineData("\"We are checking every pipe and will call residents,\" the board said.",
        "The board said residents would get a call once every pipe was checked.")]
    // Both quote: that is a quotation told twice, not reported speech.
    [InlineData("\"We will be in touch with residents by Friday,\" the board said.",
        "The board said it \"will be in touch with residents\" soon.")]
    public void Not_a_retelling(string a, string b) => Assert.False(Retells(a, b));
}
