using Digest.Core.Merge.Facts;
using Digest.Core.Text;
using Digest.Tests.Support;

namespace Digest.Tests.Merge.Facts;

/// <summary>
/// <see cref="SentenceWords.MayHoldStem"/> lets the negation rule skip reading a sentence's words: it must never
/// say "no" of a sentence whose stems hold the stem asked about, whatever way the word is written.
/// </summary>
public class SentenceWordsTests
{
    /// <summary>Words of every way the stemmer shortens or replaces a word, written capitalised too.</summary>
    public static TheoryData<string> Words => new(
        "stories", "carried", "running", "crashed", "marches", "wishes", "passes", "boxes", "firefighters", "quickly",
        "stopped", "hoped", "hope", "happy", "supplies", "supplied", "went", "gone", "taken", "ran", "seized", "thought",
        "four", "twelve", "sept", "Dec", "Went", "STORIES", "Firefighters", "35-year-old", "driver's", "didn’t");

    [Theory]
    [MemberData(nameof(Words))]
    public void A_sentence_holding_a_word_may_hold_each_of_its_stems(string word)
    {
        var text = $"The report said {word} again on the bridge.";
        var stems = SentenceWords.Of(text).Stems;
        Assert.NotEmpty(stems);
        foreach (var stem in stems)
            Assert.True(SentenceWords.MayHoldStem(text, new HashSet<string> { stem }), $"{text}: {stem}");
    }

    [Fact]
    public void Every_irregular_form_number_word_and_month_abbreviation_is_found_by_its_stem()
    {
        var words = Lexicon.IrregularVerbs.Keys.Concat(NumberWords.AsDigits.Keys).Concat(CalendarWords.MonthOfAbbreviation.Keys);
        foreach (var word in words)
        {
            var text = $"Officials {word} quietly.";
            foreach (var stem in SentenceWords.Of(text).Stems)
                Assert.True(SentenceWords.MayHoldStem(text, new HashSet<string> { stem }), $"{text}: {stem}");
        }
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public void Every_stem_of_every_corpus_sentence_is_found_in_it(string story)
    {
        foreach (var article in TestCorpora.Get(story).Articles)
            foreach (var sentence in article.Sentences)
                foreach (var stem in SentenceWords.Of(sentence.Text).Stems)
                    Assert.True(SentenceWords.MayHoldStem(sentence.Text, new HashSet<string> { stem }), $"{sentence.Text}: {stem}");
    }

    public static TheoryData<string> Stories => TestCorpora.All();

    [Fact]
    public void A_sentence_without_the_word_is_skipped()
    {
        Assert.False(SentenceWords.MayHoldStem("The bridge reopened on Monday.", new HashSet<string> { WordStemmer.Stem("wearing") }));
        Assert.False(SentenceWords.MayHoldStem("The bridge reopened on Monday.", new HashSet<string> { WordStemmer.Stem("went") }));
    }
}
