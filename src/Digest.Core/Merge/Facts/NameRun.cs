using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

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
internal sealed record NameRun(ImmutableArray<string> Words, string? Title, string? Nickname, int Start, int End)
{
    /// <summary>The words joined by spaces, made once: the people model, speakers and gender evidence read it many times a run.</summary>
    public string Name { get; } = string.Join(' ', Words.AsSpan());

    /// <summary>
    /// Where the next token at or after <paramref name="from"/> stands, or a length of 0 when none does: a quoted nickname
    /// (a quotation mark, a capital, letters, apostrophes or hyphens, a closing mark) or a word (a letter or a mark, then
    /// letters, marks, apostrophes or hyphens, and a full stop right after it). Read in a loop over the characters, as the regex
    /// <see cref="TokenPattern"/> matches them: this reads every word of every sentence, and the regex cost about 700 instructions
    /// a word (a 1k build: 317 M instructions of 17.9 G).
    /// </summary>
    internal static (int Index, int Length) NextToken(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '“')
            {
                if (i + 1 >= text.Length || char.GetUnicodeCategory(text[i + 1]) != UnicodeCategory.UppercaseLetter) continue;
                var close = i + 2;
                while (close < text.Length && (char.IsLetter(text[close]) || text[close] is '\'' or '’' or '-')) close++;
                if (close < text.Length && text[close] is '"' or '”') return (i, close + 1 - i);
            }
            else if (IsLetterOrMark(c))
            {
                var end = i + 1;
                while (end < text.Length && (IsLetterOrMark(text[end]) || text[end] is '\'' or '’' or '-')) end++;
                if (end < text.Length && text[end] == '.') end++;
                return (i, end - i);
            }
        }
        return (text.Length, 0);
    }

    /// <summary>What <see cref="NextToken"/> reads, as a regex: the tests hold the two equal.</summary>
    internal const string TokenPattern = @"[""“](?<nick>\p{Lu}[\p{L}'’\-]*)[""”]|(?<word>[\p{L}\p{M}][\p{L}\p{M}'’\-]*\.?)";

    private static bool IsLetterOrMark(char c) =>
        char.IsAsciiLetter(c) || c > '\x7F' && (char.IsLetter(c)
            || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);

    /// <summary>Every run of capitalised words in the sentence that could be a name, leading titles split off.</summary>
    public static ImmutableArray<NameRun> Find(string sentence)
    {
        // Made at the first run: a sentence whose only capital opens it ("The …") has none.
        ImmutableArray<NameRun>.Builder? runs = null;
        var current = new List<(string Text, bool Nick, int Start, int End)>();
        var previousEnd = -1;

        void Flush()
        {
            if (current.Count > 0 && Build(current) is { } run) (runs ??= ImmutableArray.CreateBuilder<NameRun>()).Add(run);
            current.Clear();
        }

        // Matches are read by position, not as Match objects with groups: this runs on every sentence many
        // times. A token is a nickname when it opens with a quotation mark (a word opens with a letter).
        for (var m = NextToken(sentence, 0); m.Length > 0; m = NextToken(sentence, m.Index + m.Length))
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
        return runs?.DrainToImmutable() ?? [];
    }

    /// <summary>Initials run together: "A.J" of "A.J. Hinch", "T.J" of "T.J. Watt" (capitals with full stops between).</summary>
    private static bool IsInitials(string w)
    {
        if (w.Length < 3 || w.Length % 2 == 0) return false;
        for (var i = 0; i < w.Length; i++)
            if (i % 2 == 0 ? char.GetUnicodeCategory(w[i]) != UnicodeCategory.UppercaseLetter : w[i] != '.')
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
            var role = j == i && j + 1 < tokens.Count && IsRole(t); // "Singer Rihanna"
            if (NameLists.Titles.Contains(t) || role) { title = t; i = j + 1; continue; }
            if (NameLists.TitleModifiers.Contains(t) || NameLists.NotPerson.Contains(t) || NameLists.Function.Contains(t)) continue;
            break;
        }
        // "White House Press Secretary Jay Carney", "Erie County Executive Kathy Lund": a title or a role inside
        // the run ends the office; the name is what follows it (two words at least, so "Martin Luther King" stays whole).
        for (var j = tokens.Count - 3; j >= i; j--)
        {
            var t = tokens[j].Text;
            if (!tokens[j].Nick && (NameLists.Titles.Contains(t) || IsRole(t))
                && NoTitleFrom(tokens, j + 1))
            {
                title = t;
                i = j + 1;
                break;
            }
        }
        // The name is the tokens from i to the end, read in place (no list copied: this runs for every run of capitals in
        // every sentence). "Fisherman Jonas Berg": an unknown capitalised word before a known given name and a surname is a role.
        var (first, second, third) = (NonNickname(tokens, i), -1, -1);
        if (first >= 0) second = NonNickname(tokens, first + 1);
        if (second >= 0) third = NonNickname(tokens, second + 1);
        var roleWord = -1;
        if (third >= 0 && !NameLists.FirstNames.Contains(tokens[first].Text) && NameLists.FirstNames.Contains(tokens[second].Text)
            && !tokens[first].Text.EndsWith('.') && !NameLists.NotPerson.Contains(tokens[first].Text))
        {
            title ??= tokens[first].Text;
            roleWord = first;
        }
        // Particles ending the run are no part of the name ("… van"); the role word is passed over as if removed.
        var end = tokens.Count;
        while (end > i && (end - 1 == roleWord || NameLists.Particles.Contains(tokens[end - 1].Text))) end--;
        var count = 0;
        for (var k = i; k < end; k++)
            if (k != roleWord && !tokens[k].Nick) count++;
        if (count == 0) return null;
        var words = new string[count];
        string? nickname = null;
        var (start, last, w) = (-1, 0, 0);
        for (var k = i; k < end; k++)
        {
            if (k == roleWord) continue;
            var t = tokens[k];
            if (t.Nick)
            {
                nickname ??= t.Text;
                continue;
            }
            words[w++] = t.Text;
            if (start < 0) start = t.Start;
            last = t.End;
        }
        return new NameRun(ImmutableCollectionsMarshal.AsImmutableArray(words), title, nickname, start, last);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Roles = NameLists.Roles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A role word written in any case ("Singer"), looked up without a lower-case copy of each word of each run.</summary>
    private static bool IsRole(string word)
    {
        var lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().ToLowerInvariant(lower);
        return Roles.Contains(lower);
    }

    /// <summary>True when no token from <paramref name="from"/> on is a title or a word that is never a person's.</summary>
    private static bool NoTitleFrom(List<(string Text, bool Nick, int Start, int End)> tokens, int from)
    {
        for (var k = from; k < tokens.Count; k++)
            if (!tokens[k].Nick && (NameLists.Titles.Contains(tokens[k].Text) || NameLists.NotPerson.Contains(tokens[k].Text)))
                return false;
        return true;
    }

    /// <summary>The position of the first token from <paramref name="from"/> on that is not a nickname, or -1.</summary>
    private static int NonNickname(List<(string Text, bool Nick, int Start, int End)> tokens, int from)
    {
        for (var k = from; k < tokens.Count; k++)
            if (!tokens[k].Nick)
                return k;
        return -1;
    }
}
