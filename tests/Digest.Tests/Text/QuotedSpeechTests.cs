using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Digest.Core.Text;

namespace Digest.Tests.Text;

public class QuotedSpeechTests
{
    private static string Narration(string text) => Regex.Replace(QuotedSpeech.Mask(text, QuotedSpeech.Find(text)), " +", " ").Trim();

    [Theory]
    [InlineData("\"Today we grieve,\" she wrote on Tuesday.", "she wrote on Tuesday.")]
    [InlineData("She wrote “today we grieve” on Tuesday.", "She wrote on Tuesday.")]
    [InlineData("But we will get through it,\" she wrote in September.", "she wrote in September.")]
    [InlineData("He said: \"We will be back next year", "He said:")]
    [InlineData("It's Teigen's post.", "It's Teigen's post.")]
    [InlineData("'We are sorry for what happened yesterday,' he said.", "he said.")]
    [InlineData("The Smiths' house and the drivers' hours.", "The Smiths' house and the drivers' hours.")]
    [InlineData("She thanked Ann for her ”kind words.” on Friday.", "She thanked Ann for her on Friday.")]
    public void Blanks_quoted_speech_keeping_positions(string text, string narration)
    {
        var masked = QuotedSpeech.Mask(text, QuotedSpeech.Find(text));
        Assert.Equal(text.Length, masked.Length);
        Assert.Equal(narration, Narration(text));
        Assert.All(Enumerable.Range(0, text.Length), i => Assert.True(masked[i] == ' ' || masked[i] == text[i]));
    }

    [Fact]
    public void Matches_quote_marks_over_the_whole_paragraph()
    {
        string[] paragraph = ["“We lost everything.", "But we will rebuild,” the mayor said on Monday.", "Crews arrived on Tuesday."];
        var found = QuotedSpeech.Find(paragraph);

        Assert.Equal([new Quotation(0, paragraph[0].Length - 1, OpenedBefore: false, RunsOn: true)], found[0]);
        Assert.Equal([new Quotation(0, paragraph[1].IndexOf('”'), OpenedBefore: true, RunsOn: false)], found[1]);
        Assert.Empty(found[2]);
    }

    [Theory]
    [InlineData("I'm like, why?\" she said in March.", true)]
    [InlineData("\"Why?\" she said.", false)]
    [InlineData("She said it twice.", false)]
    public void Knows_a_sentence_that_begins_inside_a_quote(string text, bool inside)
    {
        Assert.Equal(inside, QuotedSpeech.Find(text) is [{ OpenedBefore: true }, ..]);
    }

    [Fact]
    public void Gives_a_paragraph_its_quotations_back_as_pairs_of_marks()
    {
        string[] paragraph = ["He said: “It was cold.", "Very cold,” and left.", "Then “fine” again."];
        var text = string.Join(" ", paragraph);
        var pairs = QuotedSpeech.InParagraph(paragraph, QuotedSpeech.Find(paragraph));

        Assert.Equal([(text.IndexOf('“'), text.IndexOf('”')), (text.LastIndexOf('“'), text.LastIndexOf('”'))], pairs);
    }

    [Fact]
    public void A_quotation_never_closed_runs_to_the_end_of_its_paragraph()
    {
        string[] paragraph = ["She wrote: “We will be back.", "Next year."];
        var text = string.Join(" ", paragraph);

        Assert.Equal([(text.IndexOf('“'), text.Length)], QuotedSpeech.InParagraph(paragraph, QuotedSpeech.Find(paragraph)));
        Assert.Equal(ImmutableArray.Create(new Quotation(0, paragraph[1].Length - 1, true, true)), QuotedSpeech.Find(paragraph)[1]);
    }
}
