using Digest.Core.Merge;

namespace Digest.Tests.Merge;

public class QuoteFinderWordsTests
{
    /// <summary>The subject is read from a sentence's first two words, found without splitting it: they are the first two of the split.</summary>
    [Fact]
    public void First_two_words_are_those_the_split_gives_on_any_text()
    {
        char[] breaks = [' ', ',', '.', '"', '“', '”'];
        const string alphabet = "aZé ,.\"“”’'-İſ\uD83D\uDE00";
        var random = new Random(14);
        for (var n = 0; n < 3000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var words = text.Split(breaks, StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal((words.ElementAtOrDefault(0), words.ElementAtOrDefault(1)), QuoteFinder.FirstTwoWords(text));
        }
        Assert.Equal(("The", "singer"), QuoteFinder.FirstTwoWords("  “The singer,” she said."));
    }
}
