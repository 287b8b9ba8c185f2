using Digest.Core.Text;

namespace Digest.Tests.Text;

public class NegationTests
{
    [Theory]
    [InlineData("The driver was not hurt.", "not", true)]
    [InlineData("She didn’t respond.", "didn’t", true)]
    [InlineData("He cannot recall the call.", "cannot", true)]
    [InlineData("No one was hurt.", "No", true)]
    [InlineData("The No. 3 seed lost.", "No", false)]
    [InlineData("No, he is going to make it.", "No", false)]
    [InlineData("The mayor was noted for it.", "noted", false)]
    [InlineData("She didn’t have to pay the full amount until November.", "didn’t", false)]
    [InlineData("The ferry did not sail till noon.", "not", false)]
    [InlineData("He never left, until the police came.", "never", true)]
    [InlineData("She didn't pay - not until the court ordered it.", "didn't", true)]
    public void Denies_reads_negations_and_not_labels_interjections_or_delays(string text, string word, bool denies)
    {
        var token = Assert.Single(Tokenizer.Tokens(text), t => t.Text == word);
        Assert.Equal(denies, Negation.Denies(text, token));
    }

    [Theory]
    [InlineData("Ever wonder why the bill is so high this month?", 0)]
    [InlineData("Lawmakers were put on notice Wednesday: No deal?", 39)]
    [InlineData("“Will it reopen?”", 0)]
    [InlineData("The bridge reopened on Monday.", null)]
    public void QuestionStart_is_the_whole_sentence_the_part_after_a_colon_or_none(string text, int? start)
    {
        Assert.Equal(start, Negation.QuestionStart(text));
        if (start > 0) Assert.Equal(" No deal?", text[start.Value..]);
    }
}
