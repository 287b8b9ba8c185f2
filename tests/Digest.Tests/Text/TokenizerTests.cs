using System.Text.RegularExpressions;
using Digest.Core.Text;

namespace Digest.Tests.Text;

public class TokenizerTests
{
    [Fact]
    public void Words_keep_inner_apostrophes_and_numbers_their_separators()
    {
        Assert.Equal(
            [("Didn’t", 0), ("O'Brien", 7), ("pay", 15), ("1,000.50", 20), ("or", 29), ("35", 32), ("year", 35), ("old", 40), ("Zoë's", 44)],
            Tokenizer.Tokens("Didn’t O'Brien pay $1,000.50 or 35-year-old Zoë's'?").Select(t => (t.Text, t.Start)));
        Assert.Equal(["Rock", "n", "roll", "5", "10", "3"], Tokenizer.Tokens("Rock 'n' roll, 5., 10,.3").Select(t => t.Text));
    }

    /// <summary>The tokenizer reads by hand what this pattern describes; on any text the two agree.</summary>
    [Fact]
    public void Tokens_are_the_matches_of_the_word_pattern_on_any_text()
    {
        var pattern = new Regex(@"\d+(?:[.,]\d+)*|\p{L}+(?:['’]\p{L}+)*");
        const string alphabet = "aZé5٣.,'’- \"!xY1\uD83D\uDE00ǅ";
        var random = new Random(14);
        for (var n = 0; n < 2000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.Equal(pattern.Matches(text).Select(m => (m.Value, m.Index)), Tokenizer.Tokens(text).Select(t => (t.Text, t.Start)));
        }
    }
}
