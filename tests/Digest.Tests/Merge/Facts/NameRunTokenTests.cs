using System.Text.RegularExpressions;
using Digest.Core.Merge.Facts;
using Digest.Tests.Support;

namespace Digest.Tests.Merge.Facts;

/// <summary>
/// The loop that reads a sentence's words and quoted nicknames for name runs (<see cref="NameRun.NextToken"/>) must read
/// exactly what its regex (<see cref="NameRun.TokenPattern"/>) matches: every character in each place a token can hold it,
/// texts drawn at random from the characters that decide a token's bounds, and the seed story's text.
/// </summary>
public class NameRunTokenTests
{
    private static readonly Regex Pattern = new(NameRun.TokenPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static List<(int, int)> Read(string text)
    {
        var tokens = new List<(int, int)>();
        for (var m = NameRun.NextToken(text, 0); m.Length > 0; m = NameRun.NextToken(text, m.Index + m.Length))
            tokens.Add(m);
        return tokens;
    }

    private static List<(int, int)> Matched(string text)
    {
        var matches = new List<(int, int)>();
        foreach (var m in Pattern.EnumerateMatches(text))
            matches.Add((m.Index, m.Length));
        return matches;
    }

    private static void AssertSame(string text) => Assert.True(Matched(text).SequenceEqual(Read(text)), $"tokens differ in: {text}");

    [Fact]
    public void Every_character_is_read_as_the_pattern_reads_it()
    {
        foreach (var text in TextSamples.EveryCharacterIn(ch => [$"{ch}", $"a{ch}b", $"\"{ch}b\" c", $"“A{ch}”", $"“A{ch}", $"{ch}.", $"Ab{ch}.x"]))
            AssertSame(text);
    }

    [Fact]
    public void Random_texts_are_read_as_the_pattern_reads_them()
    {
        // Letters of each kind (upper, lower, title case, modifier, other), marks, and every character that opens, joins or ends a token.
        const string alphabet = "aZé\u01C5\u02B0\u4E2D\u0301\u0903\u20DD\"“”'’-. ,1\uD83D\uDE00\u212A";
        foreach (var text in TextSamples.Random(alphabet, 20000, 15))
            AssertSame(text);
    }

    [Fact]
    public void The_seed_story_is_read_as_the_pattern_reads_it()
    {
        foreach (var line in TextSamples.SeedLines())
            AssertSame(line);
    }

    [Theory]
    [InlineData("Vilailuck \"Pepper\" Teigen met Sen. Jim DeMint and T.J. Watt.", 11)]
    [InlineData("“Pepper” — O’Brien’s co-worker", 3)]
    public void Words_and_nicknames_are_read(string text, int count) => Assert.Equal(count, Read(text).Count);
}
