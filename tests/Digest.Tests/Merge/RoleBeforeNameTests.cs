using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Digest.Core.Merge;
using Digest.Tests.Support;

namespace Digest.Tests.Merge;

/// <summary>
/// The loop that finds a word right before a capitalised name (<see cref="PersonIndex.NextRoleBeforeName"/>) must find
/// exactly what its regex (<see cref="PersonIndex.RoleBeforeNamePattern"/>) matches: every character in each place that
/// decides a match, texts drawn at random from the characters that do, and the seed story's text.
/// </summary>
public class RoleBeforeNameTests
{
    private static readonly Regex Pattern = new(PersonIndex.RoleBeforeNamePattern);

    private static List<(int, int, int, int)> Read(string text)
    {
        var found = new List<(int, int, int, int)>();
        for (var m = PersonIndex.NextRoleBeforeName(text, 0); m.End > 0; m = PersonIndex.NextRoleBeforeName(text, m.End))
            found.Add(m);
        return found;
    }

    private static List<(int, int, int, int)> Matched(string text) =>
        [.. Pattern.Matches(text).Select(m => (m.Groups["role"].Index, m.Groups["role"].Index + m.Groups["role"].Length, m.Groups["name"].Index, m.Index + m.Length))];

    private static void AssertSame(string text) => Assert.True(Matched(text).SequenceEqual(Read(text)), $"matches differ in: {text}");

    [Fact]
    public void Every_character_is_read_as_the_pattern_reads_it()
    {
        foreach (var text in TextSamples.EveryCharacterIn(ch => [$"{ch}singer Rihanna", $"singer{ch}Rihanna", $"singer,{ch}Paul", $"singer R{ch}x Grant", $"wife Ann{ch}Lee Cole Dunn", $"x{ch}"]))
            AssertSame(text);
    }

    [Fact]
    public void Random_texts_are_read_as_the_pattern_reads_them()
    {
        // Letters in and beyond ASCII, capitals, and every character that bounds a word, separates or joins a name.
        const string alphabet = "abRZé\u00C9\u0301\u0903_1 , \u00A0\n'’-.\u200D";
        foreach (var text in TextSamples.Random(alphabet, 30000, 23))
            AssertSame(text);
    }

    [Fact]
    public void The_seed_story_is_read_as_the_pattern_reads_it()
    {
        foreach (var line in TextSamples.SeedLines())
            AssertSame(line);
    }

    [Fact]
    public void Roles_are_read_with_their_names()
    {
        var text = "Her manager, Paul Grant, and singer Rihanna met husband John Legend Smith Jones.";
        Assert.Equal(["manager: Paul Grant", "singer: Rihanna", "husband: John Legend Smith"],
            PersonIndex.RolesBeforeNames(text, new[] { "manager", "singer", "husband" }.ToFrozenSet()).Select(r => $"{r.Role}: {r.Name}"));
    }
}
