using Digest.Core.Merge;
using Digest.Core.Text;

namespace Digest.Tests.Merge;

/// <summary>
/// The word knowledge paraphrase matching reads (<see cref="Paraphrases"/>): which words stand for one
/// thing, which name a reported event, and which given names are one name, asked as the featurizer
/// stems words, so that a case passing here is one two outlets' sentences can meet.
/// </summary>
public class ParaphrasesTests
{
    private static string ConceptOf(string word) => Paraphrases.Concept(WordStemmer.Stem(word));

    [Theory]
    [InlineData("reduction", "reduce")]
    [InlineData("introduction", "introduced")]
    [InlineData("decided", "planned")]
    [InlineData("accident", "hit")]
    [InlineData("collision", "crashed")]
    [InlineData("booted", "removed")]
    [InlineData("argument", "dispute")]
    [InlineData("convicted", "guilty")]
    public void Words_for_one_thing_have_one_concept(string one, string other) =>
        Assert.Equal(ConceptOf(one), ConceptOf(other));

    [Theory]
    [InlineData("decided", "retired")]
    [InlineData("injured", "killed")]
    [InlineData("arrested", "charged")]
    [InlineData("final", "finance")]
    public void Words_for_different_things_keep_their_own(string one, string other) =>
        Assert.NotEqual(ConceptOf(one), ConceptOf(other));

    [Theory]
    [InlineData("accident", true)]
    [InlineData("indicted", true)]
    [InlineData("died", true)]
    [InlineData("evacuated", true)]
    [InlineData("photo", false)]
    [InlineData("planned", false)]
    public void Reported_events_are_known_by_any_of_their_words(string word, bool isEvent) =>
        Assert.Equal(isEvent, Paraphrases.IsEvent(WordStemmer.Stem(word)));

    [Theory]
    [InlineData("bill", "william")]
    [InlineData("bob", "robert")]
    [InlineData("william", "william")]
    public void A_familiar_given_name_is_its_full_form(string given, string full) =>
        Assert.Equal(WordStemmer.Stem(full), Paraphrases.FullGivenName(WordStemmer.Stem(given)));

    [Fact]
    public void A_word_that_is_no_given_name_has_no_full_form() =>
        Assert.Null(Paraphrases.FullGivenName(WordStemmer.Stem("senator")));
}
