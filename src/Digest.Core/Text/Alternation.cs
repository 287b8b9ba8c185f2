using System.Buffers;
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
/// An alternative may come with a <see cref="Cue"/>, something every text it matches contains ("a
/// digit", "a month name"): a text without it is not searched with that alternative at all, which
/// finds the same (nothing) far sooner than a regex that tries every position.
/// </remarks>
internal sealed class Alternation
{
    private readonly Regex[] _alternatives;
    private readonly Func<string, bool>?[] _cues;

    public Alternation(params Regex[] alternatives)
        : this([.. alternatives.Select(a => (a, (Func<string, bool>?)null))])
    {
    }

    /// <param name="alternatives">Each alternative with its cue (<see cref="Cue"/>), or none where every text must be searched.</param>
    public Alternation(params (Regex Regex, Func<string, bool>? Cue)[] alternatives)
    {
        _alternatives = [.. alternatives.Select(a => a.Regex)];
        _cues = [.. alternatives.Select(a => a.Cue)];
        Patterns = [.. _alternatives.Select(a => a.ToString())];
    }

    /// <summary>The alternatives in order; <c>string.Join('|', Patterns)</c> is the one regex this matches as.</summary>
    public IReadOnlyList<string> Patterns { get; }

    /// <summary>The matches of the alternation in <paramref name="text"/>, left to right, none overlapping.</summary>
    public IEnumerable<Match> Matches(string text) => MatchesWithAlternative(text).Select(m => m.Match);

    /// <summary>
    /// <see cref="Matches"/>, each with the position of the alternative that found it: its groups can then be
    /// read by that alternative's numbers, not looked up by name in every match.
    /// </summary>
    public IEnumerable<(int Alternative, Match Match)> MatchesWithAlternative(string text)
    {
        var next = new Match[_alternatives.Length];
        for (var i = 0; i < next.Length; i++)
            next[i] = _cues[i] is { } cue && !cue(text) ? Match.Empty : _alternatives[i].Match(text);
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
            yield return (best, match);
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

/// <summary>
/// Cheap tests of what every match of a pattern contains, for <see cref="Alternation"/>: each must be
/// true of every text the pattern can match, or a date would be missed.
/// </summary>
internal static class Cue
{
    /// <summary>A decimal digit of any script, as <c>\d</c> reads one.</summary>
    public static bool Digit(string text)
    {
        var span = text.AsSpan();
        if (span.ContainsAnyInRange('0', '9')) return true;
        // Other scripts' digits can only be in text beyond ASCII.
        if (!span.ContainsAnyExceptInRange('\0', '\x7F')) return false;
        foreach (var c in span)
            if (char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>
    /// The text starts with one of the ASCII characters <paramref name="firsts"/> in any case (a pattern anchored at the
    /// start whose every branch opens so). A text that starts beyond ASCII is always searched: matching in any case reads
    /// some such characters as ASCII letters (the Kelvin sign as "k"), and <c>\d</c> reads other scripts' digits.
    /// </summary>
    public static Func<string, bool> StartsAnyCase(string firsts)
    {
        var values = SearchValues.Create(firsts.ToLowerInvariant() + firsts.ToUpperInvariant());
        return text => text.Length == 0 || text[0] > '\x7F' || values.Contains(text[0]);
    }

    /// <summary>One of <paramref name="words"/>, as written (a pattern that matches them case-sensitively).</summary>
    public static Func<string, bool> Words(params string[] words)
    {
        var values = SearchValues.Create(words, StringComparison.Ordinal);
        return text => text.AsSpan().ContainsAny(values);
    }

    /// <summary>One of <paramref name="words"/> in any case (a pattern that matches them under <c>(?i)</c>).</summary>
    public static Func<string, bool> WordsAnyCase(params string[] words)
    {
        var values = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
        // The regex engine also reads the Kelvin sign as a "k" under (?i), which ordinal comparison does not.
        return text => text.AsSpan().ContainsAny(values) || text.Contains('\u212A');
    }
}
