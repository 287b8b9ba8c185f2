using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Digest.Core.Merge.Facts;

/// <summary>
/// A run of capitalised words in a sentence ("Vilailuck "Pepper" Teigen", "Sen. Jim DeMint"), the raw
/// material of person detection, with where it stands so that the words around it can be read as cues.
/// </summary>
/// <param name="Words">The name's words, without a leading title or a quoted nickname.</param>
/// <param name="Title">A title just before the name ("Sen.", "President"), if any.</param>
/// <param name="Nickname">A quoted nickname inside the run ("Pepper"), if any.</param>
/// <param name="Start">Index in the sentence of the first name word.</param>
/// <param name="End">Index in the sentence just after the last name word (before any possessive "'s").</param>
internal sealed partial record NameRun(ImmutableArray<string> Words, string? Title, string? Nickname, int Start, int End)
{
    /// <summary>The words joined by spaces, made once: the people model, speakers and gender evidence read it many times a run.</summary>
    public string Name { get; } = string.Join(' ', Words.AsSpan());

    [GeneratedRegex(
        @"[""“](?<nick>\p{Lu}[\p{L}'’\-]*)[""”]|(?<word>[\p{L}\p{M}][\p{L}\p{M}'’\-]*\.?)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Token { get; }

    /// <summary>Every run of capitalised words in the sentence that could be a name, leading titles split off.</summary>
    public static ImmutableArray<NameRun> Find(string sentence)
    {
        var runs = ImmutableArray.CreateBuilder<NameRun>();
        var current = new List<(string Text, bool Nick, int Start, int End)>();
        var previousEnd = -1;

        void Flush()
        {
            if (current.Count > 0 && Build(current) is { } run) runs.Add(run);
            current.Clear();
        }

        // Matches are read by position, not as Match objects with groups: this runs on every sentence many
        // times. A token is a nickname when it opens with a quotation mark (a word opens with a letter).
        foreach (var m in Token.EnumerateMatches(sentence))
        {
            var nick = sentence[m.Index] is '"' or '“';
            if (!nick && current.Count == 0 && !char.IsUpper(sentence[m.Index]))
            {
                previousEnd = m.Index + m.Length; // a lower-case word opens no name: skip it without reading it out
                continue;
            }
            var text = nick ? sentence.Substring(m.Index + 1, m.Length - 2) : sentence.Substring(m.Index, m.Length);
            var start = m.Index;
            var end = m.Index + m.Length;
            // "T.J. Watt": an initial right after another initial's full stop is part of the same word.
            if (!nick && current.Count > 0 && start == previousEnd && current[^1].Text.Length == 2 && current[^1].Text[1] == '.'
                && current[^1].End == previousEnd && text.Length == 2 && char.IsUpper(text[0]) && text[1] == '.')
            {
                current[^1] = (current[^1].Text + text, false, current[^1].Start, end);
                previousEnd = end;
                continue;
            }
            var joined = previousEnd >= 0 && start == previousEnd + 1 && sentence[previousEnd] == ' ';
            if (!joined) Flush();
            previousEnd = end;

            var possessive = text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal);
            if (possessive) { text = text[..^2]; end -= 2; }
            else if (text.Length > 1 && text[^1] is '\'' or '’') { possessive = true; text = text[..^1]; end -= 1; } // "Collins'"
            var dotted = text.EndsWith('.');
            var bare = dotted ? text[..^1] : text;

            var nameLike = nick || IsCapitalisedWord(bare) || IsInitials(bare) || (NameLists.Particles.Contains(text) && current.Count > 0);
            if (!nameLike) { Flush(); continue; }
            // A full stop ends a sentence unless the word is an initial, a title or a suffix ("W.", "Sen.", "Jr.").
            var keepsDot = dotted && (bare.Length == 1 || IsInitials(bare) || NameLists.Titles.Contains(text) || NameLists.Suffixes.Contains(text));
            if (dotted && !keepsDot) { text = bare; end -= 1; }
            current.Add((text, nick, start, end));
            if (possessive || (dotted && !keepsDot)) { Flush(); previousEnd = -1; }
        }
        Flush();
        return runs.ToImmutable();
    }

    /// <summary>Initials run together: "A.J" of "A.J. Hinch", "T.J" of "T.J. Watt" (capitals with full stops between).</summary>
    private static bool IsInitials(string w)
    {
        if (w.Length < 3 || w.Length % 2 == 0) return false;
        for (var i = 0; i < w.Length; i++)
            if (i % 2 == 0 ? char.GetUnicodeCategory(w[i]) != System.Globalization.UnicodeCategory.UppercaseLetter : w[i] != '.')
                return false;
        return true;
    }

    /// <summary>"Teigen", "DeMint", "O'Brien", "W." yes; "ET", "GOP", "AARP" (acronyms) no.</summary>
    private static bool IsCapitalisedWord(string w)
    {
        if (w.Length == 0 || !char.IsUpper(w[0])) return false;
        if (w.Length == 1) return true;
        for (var i = 1; i < w.Length; i++)
            if (char.IsLower(w[i])) return true;
        return false;
    }

    private static NameRun? Build(List<(string Text, bool Nick, int Start, int End)> tokens)
    {
        var i = 0;
        // Sentence-initial and function words ("The", "On", "Her") are not part of a name.
        while (i < tokens.Count && !tokens[i].Nick && NameLists.Function.Contains(tokens[i].Text)) i++;

        // A title splits off only from the front of the run: "Senate Majority Leader Harry Reid", not "Martin Luther King".
        string? title = null;
        for (var j = i; j < tokens.Count; j++)
        {
            var t = tokens[j].Text;
            var role = j == i && j + 1 < tokens.Count && NameLists.Roles.Contains(t.ToLowerInvariant()); // "Singer Rihanna"
            if (NameLists.Titles.Contains(t) || role) { title = t; i = j + 1; continue; }
            if (NameLists.TitleModifiers.Contains(t) || NameLists.NotPerson.Contains(t) || NameLists.Function.Contains(t)) continue;
            break;
        }
        // "White House Press Secretary Jay Carney", "Erie County Executive Kathy Lund": a title or a role inside
        // the run ends the office; the name is what follows it (two words at least, so "Martin Luther King" stays whole).
        for (var j = tokens.Count - 3; j >= i; j--)
        {
            var t = tokens[j].Text;
            if (!tokens[j].Nick && (NameLists.Titles.Contains(t) || NameLists.Roles.Contains(t.ToLowerInvariant()))
                && NoTitleFrom(tokens, j + 1))
            {
                title = t;
                i = j + 1;
                break;
            }
        }
        // Read with loops, not LINQ: this runs for every run of capitals in every sentence, many times a story.
        var rest = tokens.GetRange(i, tokens.Count - i);
        // "Fisherman Jonas Berg": an unknown capitalised word before a known given name and a surname is a role.
        var named = NonNicknames(rest, 3);
        if (named.Count >= 3 && !NameLists.FirstNames.Contains(rest[named[0]].Text) && NameLists.FirstNames.Contains(rest[named[1]].Text)
            && !rest[named[0]].Text.EndsWith('.') && !NameLists.NotPerson.Contains(rest[named[0]].Text))
        {
            title ??= rest[named[0]].Text;
            rest.RemoveAt(named[0]);
        }
        while (rest.Count > 0 && NameLists.Particles.Contains(rest[^1].Text)) rest.RemoveAt(rest.Count - 1);
        var words = ImmutableArray.CreateBuilder<string>(rest.Count);
        string? nickname = null;
        var start = -1;
        var end = 0;
        foreach (var t in rest)
        {
            if (t.Nick)
            {
                nickname ??= t.Text;
                continue;
            }
            words.Add(t.Text);
            if (start < 0) start = t.Start;
            end = t.End;
        }
        if (words.Count == 0) return null;
        return new NameRun(words.ToImmutable(), title, nickname, start, end);
    }

    /// <summary>True when no token from <paramref name="from"/> on is a title or a word that is never a person's.</summary>
    private static bool NoTitleFrom(List<(string Text, bool Nick, int Start, int End)> tokens, int from)
    {
        for (var k = from; k < tokens.Count; k++)
            if (!tokens[k].Nick && (NameLists.Titles.Contains(tokens[k].Text) || NameLists.NotPerson.Contains(tokens[k].Text)))
                return false;
        return true;
    }

    /// <summary>The positions of the first <paramref name="most"/> tokens that are not nicknames.</summary>
    private static List<int> NonNicknames(List<(string Text, bool Nick, int Start, int End)> tokens, int most)
    {
        var found = new List<int>(most);
        for (var k = 0; k < tokens.Count && found.Count < most; k++)
            if (!tokens[k].Nick)
                found.Add(k);
        return found;
    }
}
