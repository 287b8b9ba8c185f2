using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.InteropServices;
using Digest.Core.Merge.Analysis;
using Digest.Core.Merge.Facts;

namespace Digest.Core.Merge;

/// <summary>
/// Who is who in a story, for reading speech: the people the story's one people model found
/// (<see cref="StoryPeople"/>, the same list <c>people[]</c> shows), so that a surname or a given name
/// alone ("Teigen said") resolves to the person, and a speaker is always someone <c>people[]</c> lists.
/// Where two people share a surname, the one the story names more often wins, then the one it names
/// first. Also the roles the story gives people by name ("singer Rihanna") and what it tells of
/// their gender (<see cref="GenderEvidence"/>).
/// </summary>
internal sealed class PersonIndex
{
    /// <summary>Every full spelling (name and aliases of two words or more) to the person's name.</summary>
    private readonly Dictionary<string, string> _spellings = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The people by "given surname", by surname (two-word names and longer), by given name (at most two)
    /// and by exact name, each holding the person named most (the people come most named first), so that resolving a name
    /// looks it up instead of scanning every person (a long article names thousands).
    /// </summary>
    private readonly Dictionary<string, string> _byFirstAndLast = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> _byGiven = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>Roles the story gives people ("husband John Legend", "Her manager, Paul Grant,"), role to first person.</summary>
    private readonly Dictionary<string, string> _roles = new(StringComparer.Ordinal);

    /// <summary>
    /// Each word right before a capitalised name in <paramref name="text"/> ("singer Rihanna", "manager, Paul Grant"), lower
    /// case, with the name, where <paramref name="wanted"/> takes the word. The role is asked about in lower case in place,
    /// and the name cut out only for a wanted word: nearly every pair of words before a capital is read, and few are roles.
    /// </summary>
    internal static List<(string Role, string Name)> RolesBeforeNames(string text, FrozenSet<string> wanted)
    {
        var found = new List<(string, string)>();
        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        for (var m = NextRoleBeforeName(text, 0); m.End > 0; m = NextRoleBeforeName(text, m.End))
        {
            var length = m.RoleEnd - m.Role;
            var lower = length <= buffer.Length ? buffer[..length] : new char[length];
            text.AsSpan(m.Role, length).ToLowerInvariant(lower);
            if (lookup.Contains(lower))
                found.Add((new string(lower), text[m.Name..m.End]));
        }
        return found;
    }

    /// <summary>What <see cref="NextRoleBeforeName"/> reads, as a regex: the tests hold the two equal.</summary>
    internal const string RoleBeforeNamePattern = @"\b(?<role>[A-Za-z]+)(?:,\s+|\s+)(?<name>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})";

    /// <summary>
    /// The next word at or after <paramref name="from"/> that stands right before a capitalised name, or an end of 0 when
    /// none does: a word of ASCII letters opening at a word boundary, then a comma or not, white space, and one to three
    /// capitalised words. Read in a loop over the characters, as the regex <see cref="RoleBeforeNamePattern"/> matches it:
    /// this reads every sentence of a story, and the regex cost about 15,000 instructions a sentence (a 1k build: 436 M of 17.9 G).
    /// </summary>
    internal static (int Role, int RoleEnd, int Name, int End) NextRoleBeforeName(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!char.IsAsciiLetter(text[i]) || i > 0 && IsWordChar(text[i - 1])) continue;
            var roleEnd = i + 1;
            while (roleEnd < text.Length && char.IsAsciiLetter(text[roleEnd])) roleEnd++;
            var name = roleEnd < text.Length && text[roleEnd] == ',' ? roleEnd + 1 : roleEnd;
            var spaced = name;
            while (name < text.Length && char.IsWhiteSpace(text[name])) name++;
            if (name > spaced && NameWordEnd(text, name) is var end and > 0)
            {
                for (var more = 0; more < 2; more++)
                {
                    var next = end;
                    while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                    if (next == end || NameWordEnd(text, next) is not (var wordEnd and > 0)) break;
                    end = wordEnd;
                }
                return (i, roleEnd, name, end);
            }
            // No word opens inside this one (each letter follows a letter), nor at the character after it (not a letter).
            i = roleEnd;
        }
        return (text.Length, text.Length, text.Length, 0);
    }

    /// <summary>Where a capitalised name word starting at <paramref name="at"/> ends: a capital A to Z and one or more letters, apostrophes or hyphens; -1 for none.</summary>
    private static int NameWordEnd(string text, int at)
    {
        if (at >= text.Length || !char.IsAsciiLetterUpper(text[at])) return -1;
        var end = at + 1;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '’' or '-')) end++;
        return end > at + 1 ? end : -1;
    }

    /// <summary>A character of a word as a regex's <c>\b</c> reads one: a letter, a decimal digit, a non-spacing mark, a connector, or a zero-width joiner.</summary>
    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c == '_' || c > '\x7F' && (char.IsLetter(c) || char.IsDigit(c)
            || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation || c is '\u200C' or '\u200D');

    /// <summary>Each person's gender, only where the story's own words say it (see <see cref="GenderEvidence"/>).</summary>
    private readonly Dictionary<string, Gender> _genders;

    public PersonIndex(IReadOnlyList<SentenceAnalysis> analysed, IEnumerable<Person> people)
    {
        var all = people.ToList();
        foreach (var p in all)
            foreach (var spelling in p.Aliases.Prepend(p.Name).Where(a => a.Contains(' ')))
                _spellings.TryAdd(spelling, p.Name);
        foreach (var p in all)
        {
            // Neither word holds a space, so the space keeps "given surname" keys apart.
            _byFirstAndLast.TryAdd(First(p) + " " + Last(p), p.Name);
            _names.Add(p.Name);
            if (!p.Name.Contains(' ')) continue;
            _bySurname.TryAdd(Last(p), p.Name);
            if (!_byGiven.TryGetValue(First(p), out var given)) _byGiven[First(p)] = given = [];
            if (given.Count < 2) given.Add(p.Name);
        }
        // A sentence that quotes nothing is its own narration, where gender evidence reads the words before
        // names too: its roles are read once for both (the regex tries every word of every sentence).
        var gendered = new List<(string Role, string Name)>?[analysed.Count];
        for (var i = 0; i < analysed.Count; i++)
        {
            var sentence = analysed[i];
            var both = sentence.Narration == sentence.Text;
            if (both)
                gendered[i] = [];
            foreach (var (role, name) in RolesBeforeNames(sentence.Text, both ? RolesOrGendered : NameLists.Descriptors))
            {
                if (NameLists.Descriptors.Contains(role) && Resolve(name) is { } person)
                    _roles.TryAdd(role, person);
                if (both && GenderEvidence.IsGenderedRole(role))
                    gendered[i]!.Add((role, name));
            }
        }
        _genders = GenderEvidence.Weigh(analysed, this, gendered);
    }

    private static readonly FrozenSet<string> RolesOrGendered = NameLists.Descriptors.Union(GenderEvidence.GenderedRoles).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What the story tells of a person's gender; <see cref="Gender.Unknown"/> unless its evidence agrees.</summary>
    public Gender GenderOf(string person) => _genders.GetValueOrDefault(person);

    /// <summary>The person the story gives this role by name ("Singer Rihanna", "her manager, Paul Grant"), if any.</summary>
    public string? WithRole(string role) => _roles.GetValueOrDefault(role);

    /// <summary>The full name for a name as written ("Teigen", "Mr. Legend"), or null when the story names no such person.</summary>
    public string? Resolve(string written)
    {
        // A story writes the same names again and again, and each is resolved for gender evidence and for
        // every quotation near it: each spelling is read once. (One story's merge reads its index on one thread.)
        if (!_resolved.TryGetValue(written, out var person))
            _resolved[written] = person = ResolveOnce(written);
        return person;
    }

    private readonly Dictionary<string, string?> _resolved = new(StringComparer.Ordinal);

    private string? ResolveOnce(string written)
    {
        var words = NameWords(written);
        if (words.Count == 0)
            return null;
        for (var k = 0; k < words.Count; k++)
        {
            // "Senate Majority Leader Harry Reid": an office run into the name; the name is what it ends with.
            // Read as a span of the list: this runs for every name run of every sentence.
            ReadOnlySpan<string?> rest = CollectionsMarshal.AsSpan(words)[k..];
            if (_spellings.GetValueOrDefault(string.Join(' ', rest)) is { } known) return known;
            if (rest.Length > 1 && _byFirstAndLast.GetValueOrDefault(rest[0] + " " + rest[^1]) is { } byBoth) return byBoth;
        }
        if (words.Count > 1)
            return null;
        var word = words[0];
        // "LaBolt" is "Ben Labolt": outlets capitalise a surname differently.
        if (_bySurname.GetValueOrDefault(word) is { } bySurname) return bySurname;
        // "T.J. said" in a story of T.J. Watt and T.J. Yates: a given name two people share names neither.
        if (_byGiven.GetValueOrDefault(word) is { } byGiven) return byGiven.Count == 1 ? byGiven[0] : null;
        return _names.Contains(word) ? word : null;
    }

    /// <summary>True when the story's people model lists this name: a person, not an institution.</summary>
    public bool IsPerson(string name) => _names.Contains(name);

    /// <summary>
    /// True when a speaker's name as written, unknown to the story's people, reads as a person's: a title
    /// and a name ("Sen. Ortiz"), or two or more name words that are no organisation's, place's or occasion's.
    /// </summary>
    public bool LooksLikePerson(string written)
    {
        var all = written.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.', ',')).ToList();
        var name = NameWords(written);
        if (name.Count == 0 || name.Any(w => w.All(c => !char.IsLetter(c) || char.IsUpper(c)))) return false;
        var institutional = name.Any(w => NameLists.NotPerson.Contains(w) || NameLists.Function.Contains(w));
        if (institutional && !(name.Count > 1 && NameLists.FirstNames.Contains(name[0]))) return false;
        return all.Count > name.Count || name.Count > 1;
    }

    /// <summary>Every person of the story a stretch of text names, in order.</summary>
    public IEnumerable<string> Persons(string text) => Persons(NameRun.Find(text));

    /// <summary>Every person of the story the name runs found in a text (<see cref="NameRun.Find"/>) name, in order.</summary>
    public IEnumerable<string> Persons(IEnumerable<NameRun> runs)
    {
        foreach (var run in runs)
            if (Resolve(run.Name) is { } person)
                yield return person;
    }

    /// <summary>The words of a name as written, without titles, roles before it, full stops or a possessive.</summary>
    // A loop rather than a LINQ chain: every name run of every sentence is resolved through here.
    private static List<string> NameWords(string written)
    {
        var words = new List<string>();
        foreach (var part in written.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = StripPossessive(part.TrimEnd(','));
            if (words.Count == 0 && (NameLists.Titles.Contains(w) || NameLists.Titles.Contains(w.TrimEnd('.')) || NameLists.Roles.Contains(w.ToLowerInvariant())))
                continue;
            words.Add(w.EndsWith('.') && w.Length > 2 && !w.AsSpan(0, w.Length - 1).Contains('.') && !NameLists.Suffixes.Contains(w) ? w[..^1] : w);
        }
        return words;
    }

    private static string First(Person p) => p.Name.Split(' ')[0];

    private static string Last(Person p)
    {
        var words = p.Name.Split(' ');
        return words.Length > 2 && NameLists.Suffixes.Contains(words[^1]) ? words[^2] : words[^1];
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
}
