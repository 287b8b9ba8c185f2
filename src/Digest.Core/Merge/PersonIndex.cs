using System.Text.RegularExpressions;
using Digest.Core.Merge.Analysis;

namespace Digest.Core.Merge;

/// <summary>
/// The full names a story mentions ("Chrissy Teigen", "John Legend"), so that a surname or a first
/// name alone ("Teigen said") resolves to the person. Where two people share a surname, the one the
/// story names more often wins, then the one it names first.
/// </summary>
internal sealed partial class PersonIndex
{
    [GeneratedRegex(@"\p{L}[\p{L}'’.-]*")]
    private static partial Regex WordPattern();

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "sgt", "capt", "prof", "rev", "president",
        "senator", "governor", "mayor", "officer", "coach", "representative", "singer", "editor", "chairman",
        "spokesman", "spokeswoman", "ceo", "leader", "chief", "secretary", "judge", "minister", "star", "actress",
        "actor", "rapper", "model", "director", "commissioner", "chancellor", "detective", "captain",
    };

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Full names by their first and by their last word, in the order the story first names them.</summary>
    private readonly Dictionary<string, List<string>> _byWord = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Roles the story gives people ("husband John Legend", "Her manager, Paul Grant,"), role to first person.</summary>
    private readonly Dictionary<string, string> _roles = new(StringComparer.Ordinal);

    /// <summary>Single names the story makes speak ("Rihanna wrote"): people known by one name.</summary>
    private readonly HashSet<string> _speakers = new(StringComparer.Ordinal);

    private static readonly Regex NameThenSpeechVerb = new(@"\b(?<name>[A-Z][\p{L}'’-]+)\s+(?:" + SpeechVerbs.Alternation + @")\b", RegexOptions.Compiled);

    [GeneratedRegex(@"\b(?<role>[A-Za-z]+)(?:,\s+|\s+)(?<name>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})")]
    internal static partial Regex RoleBeforeName();

    /// <summary>Names the story gives a title or a role ("Sen. Max Baucus", "council leader Ama Boateng"): people, whatever their given name.</summary>
    private readonly HashSet<string> _titled = new(StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Sgt|Capt|Prof|Rev|Det|Col|Maj|Cmdr|Adm)\.\s+(?<name>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’.-]*[\p{L}'’-]){0,2})")]
    private static partial Regex TitleThenName();

    /// <summary>Capitalised words the story also uses alone ("Teigen said"): how it refers to people by surname.</summary>
    private readonly HashSet<string> _aloneWords = new(StringComparer.Ordinal);

    /// <summary>Each person's gender, only where the story's own words say it (see <see cref="GenderEvidence"/>).</summary>
    private readonly Dictionary<string, Gender> _genders;

    public PersonIndex(IReadOnlyList<SentenceAnalysis> analysed)
    {
        var sentences = analysed.Select(s => s.Text).ToList();
        foreach (var sentence in sentences)
            foreach (var run in CapitalisedRuns(sentence))
            {
                if (run.Count == 1)
                {
                    _aloneWords.Add(run[0]);
                    continue;
                }
                // "Erie County Executive Kathy Lund": a long run ends in the name its titles lead to.
                var name = string.Join(' ', run.Count > 4 ? run[^2..] : run);
                if (!_counts.ContainsKey(name))
                {
                    var parts = name.Split(' ');
                    foreach (var word in new[] { parts[0], parts[^1] }.Distinct(StringComparer.Ordinal))
                    {
                        if (!_byWord.TryGetValue(word, out var list))
                            _byWord[word] = list = [];
                        list.Add(name);
                    }
                }
                _counts[name] = _counts.GetValueOrDefault(name) + 1;
            }
        foreach (var sentence in sentences)
            foreach (Match m in TitleThenName().Matches(sentence))
                _titled.Add(m.Groups["name"].Value);
        foreach (var sentence in sentences)
            foreach (Match m in NameThenSpeechVerb.Matches(sentence))
            {
                var word = m.Groups["name"].Value;
                if (_aloneWords.Contains(word) && Resolve(word) is null && !Lexicon.StopWords.Contains(word.ToLowerInvariant()))
                    _speakers.Add(word);
            }
        foreach (var sentence in sentences)
            foreach (Match m in RoleBeforeName().Matches(sentence))
            {
                var role = m.Groups["role"].Value.ToLowerInvariant();
                var name = m.Groups["name"].Value;
                if (NameLists.Descriptors.Contains(role) && (_counts.ContainsKey(name) || _speakers.Contains(name)))
                    _roles.TryAdd(role, name);
                if (NameLists.Roles.Contains(role) || NameLists.Descriptors.Contains(role))
                    _titled.Add(name);
            }
        _genders = GenderEvidence.Weigh(analysed, this);
    }

    /// <summary>What the story tells of a person's gender; <see cref="Gender.Unknown"/> unless its evidence agrees.</summary>
    public Gender GenderOf(string person) => _genders.GetValueOrDefault(person);

    /// <summary>The person the story gives this role by name ("Singer Rihanna", "her manager, Paul Grant"), if any.</summary>
    public string? WithRole(string role) => _roles.GetValueOrDefault(role);

    /// <summary>The full name for a name as written ("Teigen", "Mr. Legend"), or null when the story names no such person.</summary>
    public string? Resolve(string written)
    {
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd('.', ','))
            .SkipWhile(w => Titles.Contains(w.ToLowerInvariant()))
            .Select(StripPossessive)
            .ToList();
        if (words.Count == 0)
            return null;
        var joined = string.Join(' ', words);
        if (_counts.ContainsKey(joined) && words.Count > 1)
            return joined;
        var bearers = _byWord.GetValueOrDefault(words[^1]) ?? [];
        // "T.J. said" in a story of T.J. Watt and T.J. Yates: a given name two people share names neither.
        if (words.Count == 1 && bearers.Count(n => n.StartsWith(joined + " ", StringComparison.Ordinal)) > 1
            && !bearers.Any(n => n.EndsWith(" " + joined, StringComparison.Ordinal)))
            return null;
        string? best = null;
        foreach (var name in bearers)
        {
            var fits = words.Count == 1 || name.EndsWith(" " + joined, StringComparison.OrdinalIgnoreCase)
                || name.StartsWith(words[0] + " ", StringComparison.Ordinal) && name.EndsWith(" " + words[^1], StringComparison.Ordinal);
            if (fits && (best is null || _counts[name] > _counts[best]))
                best = name;
        }
        if (best is not null || words.Count == 1)
            return best;
        // "Senate Majority Leader Harry Reid": a title run into the name.
        for (var k = 1; k < words.Count - 1; k++)
            if (_counts.ContainsKey(string.Join(' ', words.Skip(k))))
                return string.Join(' ', words.Skip(k));
        return words.Count > 3 ? $"{words[^2]} {words[^1]}" : joined;
    }

    /// <summary>
    /// True when a full name the story uses is a person's rather than an institution's: no word of an
    /// organisation, place or occasion ("Senate Democrats", "Social Security"), unless it opens with a
    /// given name ("George Washington").
    /// </summary>
    public bool IsPerson(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.All(w => w.All(c => !char.IsLetter(c) || char.IsUpper(c)))) return false;
        var institutional = words.Any(w => NameLists.NotPerson.Contains(w) || NameLists.Function.Contains(w));
        return !institutional || words.Length > 1 && NameLists.FirstNames.Contains(words[0]);
    }

    /// <summary>
    /// True when a speaker's name as written, unknown to the index, reads as a person's: a title
    /// ("Sen. Ortiz"), or two or more name words, or one the story makes speak elsewhere ("Rihanna wrote").
    /// </summary>
    public bool LooksLikePerson(string written)
    {
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.', ',')).ToList();
        var titled = words.Count > 1 && Titles.Contains(words[0].ToLowerInvariant());
        var name = words.SkipWhile(w => Titles.Contains(w.ToLowerInvariant())).ToList();
        if (name.Count == 0 || !IsPerson(string.Join(' ', name))) return false;
        return titled || name.Count > 1 || _speakers.Contains(name[0]);
    }

    /// <summary>
    /// The first person a stretch of text names, resolved to the full name. A person is a full name
    /// the story also calls by its last word alone ("Chrissy Teigen" ... "Teigen"), which tells people
    /// from institutions ("Social Security", "Weekly Standard").
    /// </summary>
    public string? FirstPerson(string text) => Persons(text).FirstOrDefault();

    /// <summary>Every person a stretch of text names, in order, as <see cref="FirstPerson"/> tells them.</summary>
    public IEnumerable<string> Persons(string text)
    {
        foreach (var run in CapitalisedRuns(text))
        {
            if (Resolve(string.Join(' ', run)) is { } person && _counts.ContainsKey(person) && IsPerson(person)
                && (_aloneWords.Contains(person[(person.LastIndexOf(' ') + 1)..]) || _titled.Contains(person) || person.Contains(' ') && NameLists.FirstNames.Contains(person[..person.IndexOf(' ')])))
                yield return person;
            else if (run.Count == 1 && _speakers.Contains(run[0]))
                yield return run[0];
        }
    }

    private static IEnumerable<List<string>> CapitalisedRuns(string text)
    {
        var run = new List<string>();
        var lastEnd = -1;
        foreach (Match m in WordPattern().Matches(text))
        {
            var word = m.Value.TrimEnd('.', '-', '\'', '’');
            var gap = lastEnd < 0 ? "" : text[lastEnd..m.Index];
            var adjacent = run.Count > 0 && gap.Trim().Length == 0;
            if (!adjacent && run.Count > 0)
            {
                yield return run;
                run = [];
            }
            lastEnd = m.Index + m.Length;
            var lower = word.ToLowerInvariant();
            var isNameWord = word.Length > 1 && char.IsUpper(word[0]) && !word.All(char.IsUpper)
                && !Lexicon.StopWords.Contains(StripPossessive(lower)) && !CalendarWords.IsMonthOrWeekday(lower)
                && !Titles.Contains(lower) && !NameLists.Roles.Contains(lower) && !Lexicon.Pronouns.Contains(lower);
            if (!isNameWord)
            {
                if (run.Count > 0) yield return run;
                run = [];
                continue;
            }
            var possessive = StripPossessive(word) != word;
            if (possessive)
            {
                // "ET's Kevin Frazier": a possessive ends the name it belongs to.
                run.Add(StripPossessive(word));
                yield return run;
                run = [];
                lastEnd = -1;
                continue;
            }
            run.Add(word);
        }
        if (run.Count > 0) yield return run;
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
}
