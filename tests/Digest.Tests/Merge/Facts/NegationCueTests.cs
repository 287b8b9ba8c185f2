using Digest.Core.Merge.Facts;
using Digest.Core.Text;
using Digest.Tests.Text;

namespace Digest.Tests.Merge.Facts;

/// <summary>
/// The cue that spares most words of a sentence the question whether they deny (<see cref="AccountConflicts.MayDeny"/>)
/// must hold for every word that does (<see cref="Negation.Denies(string, Token)"/>): every negation and contraction in
/// every case, and each of them with its first character, or any letter, written otherwise (other ASCII, letters
/// beyond ASCII that change case to ASCII ones, typographic apostrophes).
/// </summary>
public class NegationCueTests
{
    /// <summary>Characters beyond ASCII that lower-casing may turn into ASCII letters, and others.</summary>
    private const string Beyond = "\u212A\u017F\u0130\u0131\u212B\u00E9\u00C9\u2019\u2018\u00DF\uFF2E";

    private static IEnumerable<string> Words()
    {
        var words = Lexicon.Negations.Concat(["didn't", "don’t", "can't", "won't", "isn’t", "wasn't", "couldn’t", "ain't", "nobody's", "no-one"]);
        foreach (var word in words)
        {
            yield return word;
            yield return word.ToUpperInvariant();
            yield return char.ToUpperInvariant(word[0]) + word[1..];
        }
    }

    [Fact]
    public void The_cue_holds_for_every_word_that_denies()
    {
        var denying = 0;
        foreach (var variant in Words().SelectMany(word => CueVariants.Of(word, Beyond, Beyond, _ => true)).Distinct(StringComparer.Ordinal))
        {
            var text = $"The driver {variant} wearing a seatbelt, police said.";
            foreach (var token in Tokenizer.Tokens(text))
            {
                if (!Negation.Denies(text, token)) continue;
                denying++;
                Assert.True(AccountConflicts.MayDeny(token.Text), $"{token.Text} in: {text}");
            }
        }
        Assert.True(denying > 50, $"only {denying} denying words read");
    }

    [Theory]
    [InlineData("driver")]
    [InlineData("Seatbelt")]
    [InlineData("police")]
    [InlineData("said")]
    public void Most_words_are_spared_the_question(string word) => Assert.False(AccountConflicts.MayDeny(word));
}
