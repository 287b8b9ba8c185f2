using System.Text.RegularExpressions;

namespace Digest.Core.Merge;

/// <summary>
/// The dateline a news article opens with: the place in capitals, optionally the state or country
/// and the agency, then a dash ("WASHINGTON —", "ERIE, Pa. (AP) -", "OFER PRISON, West Bank (Reuters) -"),
/// or the agency alone in brackets ("(CNN)"). It says where the outlet filed from, not what happened:
/// the merge leaves it out of what it compares, and the page shows no dateline mid-story.
/// </summary>
internal static partial class Dateline
{
    // Place: one to four words in capitals (at least two letters in the first); then an optional
    // ", Region" in ordinary case; then an optional "(Agency)"; then a dash. Or "(Agency)" alone.
    [GeneratedRegex(@"^\s*(?:\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?\s*(?:\(\p{Lu}[\p{L}.&' ]{0,30}\)\s*)?(?:—|–|--|-)|\(\p{Lu}[\p{L}.&' ]{0,30}\)\s*(?:—|–|--|-)?)\s*(?=[\p{Lu}\p{N}""“‘'])")]
    private static partial Regex Pattern();

    /// <summary>Length of the dateline <paramref name="sentence"/> opens with (with the space after it), or 0.</summary>
    public static int Length(string sentence)
    {
        var m = Pattern().Match(sentence);
        return m.Success && m.Length < sentence.Length ? m.Length : 0;
    }

    /// <summary>The sentence without its dateline (the sentence itself when it has none).</summary>
    public static string Without(string sentence) => sentence[Length(sentence)..];
}
