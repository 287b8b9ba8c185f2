using System.Text;
using Digest.Core.Merge.Facts;
using Digest.Tests.Support;

namespace Digest.Tests.Merge.Facts;

/// <summary>
/// The search for figures starts where the first one could (<see cref="MeasureConflicts.FigureSearchStart"/>), not at the
/// start of the sentence: it must find every figure a search of the whole sentence finds, in texts drawn at random from
/// the words that open a figure (approximations, currency signs, digits and number words in any case) and from the seed story.
/// </summary>
public class FigureSearchStartTests
{
    private static void AssertSame(string text)
    {
        var whole = MeasureConflicts.Figure.Matches(text).Select(m => (m.Index, m.Value)).ToList();
        var start = MeasureConflicts.FigureSearchStart(text);
        var from = start < 0 ? [] : MeasureConflicts.Figure.Matches(text, start).Select(m => (m.Index, m.Value)).ToList();
        Assert.True(whole.SequenceEqual(from), $"figures differ in: {text}");
    }

    [Fact]
    public void Random_texts_hold_the_same_figures()
    {
        string[] words =
        [
            "as", "much", "little", "more", "than", "about", "up", "to", "an", "estimated", "upward", "of", "some", "at", "least",
            "$", "£", "€", "5", "12", "1,500", "3.5", "10:15", "p.m.", "a.m.", "one", "Seven", "TWENTY", "someone", "٣",
            "million", "people", "page", "-", "year-old", "old", "fined", "(", ")", ",", ".", "\u00A0", "\u212A",
        ];
        var random = new Random(14);
        var text = new StringBuilder();
        for (var n = 0; n < 30000; n++)
        {
            text.Clear();
            for (var i = random.Next(1, 14); i > 0; i--)
            {
                text.Append(words[random.Next(words.Length)]);
                text.Append(random.Next(4) switch { 0 => "", 1 => "  ", _ => " " });
            }
            AssertSame(text.ToString());
        }
    }

    [Fact]
    public void The_seed_story_holds_the_same_figures()
    {
        foreach (var line in TextSamples.SeedLines())
            AssertSame(line);
    }

    [Theory]
    [InlineData("The council said nothing new.", -1)]
    [InlineData("It cost as much as $ 5 million.", 8)]
    [InlineData("Some seven people were hurt.", 0)]
    public void The_search_starts_before_the_first_figure_s_words(string text, int start) =>
        Assert.Equal(start, MeasureConflicts.FigureSearchStart(text));
}
