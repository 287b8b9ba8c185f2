using System.Text.RegularExpressions;

namespace Digest.Core.Text;

/// <summary>
/// Finds exactly what one regex of alternatives <c>A|B|C</c> finds, each alternative a regex of its
/// own (with the same options). The JIT gives up optimising a method past a size, so one compiled pattern of many alternatives
/// runs as slow unoptimised code; its parts, each small, run optimised.
/// </summary>
/// <remarks>
/// The one regex, at each position from the left, tries A, then B, then C, and takes the first that
/// matches; the next search starts where that match ends. Here each alternative's next match is kept,
/// the leftmost wins (the earlier alternative on a tie), and alternatives whose match starts before the
/// end of the winner search again from there. Every search sees the whole text, so <c>\b</c> and
/// lookbehinds read the same characters as they would in the one regex. Groups are read by name: a name
/// the winning alternative lacks reads as unsuccessful and empty, as it would in the one regex.
/// </remarks>
internal sealed class Alternation
{
    private readonly Regex[] _alternatives;

    public Alternation(params Regex[] alternatives)
    {
        _alternatives = alternatives;
        Patterns = [.. alternatives.Select(a => a.ToString())];
    }

    /// <summary>The alternatives in order; <c>string.Join('|', Patterns)</c> is the one regex this matches as.</summary>
    public IReadOnlyList<string> Patterns { get; }

    /// <summary>The matches of the alternation in <paramref name="text"/>, left to right, none overlapping.</summary>
    public IEnumerable<Match> Matches(string text)
    {
        var next = new Match[_alternatives.Length];
        for (var i = 0; i < next.Length; i++)
            next[i] = _alternatives[i].Match(text);
        var from = 0;
        while (true)
        {
            var best = -1;
            for (var i = 0; i < next.Length; i++)
                if (next[i].Success && (best < 0 || next[i].Index < next[best].Index))
                    best = i;
            if (best < 0)
                yield break;
            var match = next[best];
            yield return match;
            // An empty match moves the search on by one character, as Regex.Matches does.
            from = match.Length > 0 ? match.Index + match.Length : match.Index + 1;
            if (from > text.Length)
                yield break;
            for (var i = 0; i < next.Length; i++)
                if (next[i].Success && next[i].Index < from)
                    next[i] = _alternatives[i].Match(text, from);
        }
    }
}
