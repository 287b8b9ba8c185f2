using System.Buffers;
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
    // Place: one to four words in capitals (at least two letters in the first), or in title case when
    // an agency in brackets follows ("Washington (CNN) —"); then an optional ", Region" in ordinary
    // case; then an optional date ("LONDON, Dec 5 (Reuters) -"); then an optional "(Agency)", which
    // after a place in title case must be there, in capitals or "Reuters", so a name with a party
    // ("Ann Lee (D) -") is no place; then a dash. Or "(Agency)" alone.
    private const string Region = @"(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?(?:,\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?\s*";
    private const string Agency = @"\(\p{Lu}[\p{L}.&' ]{0,30}\)";
    private const string Dash = @"(?:—|–|--|-)";

    [GeneratedRegex(@"^\s*(?:\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}" + Region + "(?:" + Agency + @"\s*)?" + Dash
        + @"|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}" + Region + @"\((?:\p{Lu}{2}[\p{L}.&' ]{0,28}|Reuters)\)\s*" + Dash
        + "|" + Agency + @"\s*" + Dash + @"?)\s*(?=[\p{Lu}\p{N}""“‘'])")]
    private static partial Regex Pattern();

    /// <summary>
    /// A character every dateline holds: each form ends in a dash (<see cref="Dash"/>) or holds an agency in brackets. Most
    /// sentences have none and are not searched (the pattern cost about 2,200 instructions a sentence, read by the merge and
    /// again by the page).
    /// </summary>
    internal static readonly SearchValues<char> Cue = SearchValues.Create("(—–-");

    /// <summary>Length of the dateline <paramref name="sentence"/> opens with (with the space after it), or 0.</summary>
    public static int Length(string sentence)
    {
        if (!sentence.AsSpan().ContainsAny(Cue)) return 0;
        var m = Pattern().Match(sentence);
        return m.Success && m.Length < sentence.Length ? m.Length : 0;
    }

    /// <summary>The sentence without its dateline (the sentence itself when it has none).</summary>
    public static string Without(string sentence) => sentence[Length(sentence)..];
}
