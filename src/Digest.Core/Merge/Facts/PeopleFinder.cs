using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Digest.Core.Merge.Facts;

/// <summary>A stated age of a person, with the outlet and sentence that state it.</summary>
internal sealed record StatedAge(string Source, int Age, string Sentence);

/// <summary>A person found in a story, with every age the outlets state for them (for conflicts).</summary>
internal sealed record FoundPerson(Person Person, ImmutableArray<StatedAge> Ages);

/// <summary>
/// Finds the people of a story. A run of capitalised words is taken for a person when the text gives a
/// cue (a title, a known given name, an age, a relation, speech); organisations, places, outlets,
/// occasions, months and weekdays are ruled out by word lists. A bare surname or given name is folded
/// into the person it belongs to ("Teigen", "Chrissy"), and a quoted nickname becomes an alias.
/// </summary>
internal static partial class PeopleFinder
{
    private sealed class Draft(string key, int firstSeen)
    {
        public string Key { get; } = key;
        public int FirstSeen { get; } = firstSeen;
        public ImmutableArray<string> Words { get; set; } = [];
        public int Accepted { get; set; }
        public int Mentions { get; set; }
        public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
        public SortedSet<string> Sources { get; } = new(StringComparer.Ordinal);
        public SortedSet<string> Relations { get; } = new(StringComparer.Ordinal);
        public List<StatedAge> Ages { get; } = [];
        public string Name => string.Join(' ', Words);
        public string First => Words[0].EndsWith('.') && Words.Length > 2 ? Words[1] : Words[0];
        public string Last => Words.Length > 1 && NameLists.Suffixes.Contains(Words[^1]) ? Words[^2] : Words[^1];
    }

    private sealed record Found(StorySentence Sentence, NameRun Run, PersonCues Cues, bool Quoted, bool Accepted)
    {
        /// <summary>
        /// The run may be taken for a person: not quoted, and not the description of a role before another name
        /// ("Former Eastfield coach Rita Salas"), which would make its bare place ("led Eastfield") a person's surname.
        /// </summary>
        public bool Eligible => !Quoted && !Cues.Describes;
    }

    public static ImmutableArray<FoundPerson> Find(IReadOnlyList<StorySentence> sentences, IEnumerable<string> outlets)
    {
        // Each outlet once, however many of the story's articles it filed: every name found is checked against them.
        var outletNames = outlets.Select(o => o.Trim()).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(o => new Outlet($" {o} ", o.Split(' '))).ToList();
        var found = sentences.SelectMany(s => Runs(s, outletNames)).ToList();
        // "Lena Park won the race. The 24-year-old runner said ...": the age points back to the subject named just before.
        var pointedAt = sentences.Where(s => s.Index > 0 && StatedSubjectAge(s.Narration) is not null && sentences[s.Index - 1].Source == s.Source)
            .Select(s => s.Index - 1).ToHashSet();
        // A single word ("Rihanna") qualifies only if the story names it again: a one-off capitalised subject is too weak.
        var recurring = Recurring(found);
        // Each rule below accepts a mention by what was found before it: the list is updated in place, not copied per rule.
        Accept(found, f => !f.Accepted && f.Eligible && (f.Run.Words.Length > 1 || recurring.Contains(f.Run.Name))
            && pointedAt.Contains(f.Sentence.Index) && f.Sentence.Narration.AsSpan(0, f.Run.Start).Trim().Length == 0);

        // "Ruiz told an aide … Ruiz told voters": a single name the story names again and makes speak is a person's.
        Accept(found, f => !f.Accepted && f.Eligible && f.Run.Words.Length == 1 && f.Cues.Subject && recurring.Contains(f.Run.Name)
            && f.Run.Title is null && SurnameUse(f));

        // "Cameron Heyward had two sacks ... Heyward forced a fumble": a full name the story goes on to call by its
        // last word alone, as a subject and not as "the Hustle", is a person's.
        var byLastName = found.Where(f => f.Eligible && f.Run.Words.Length == 1 && f.Run.Title is null && SurnameUse(f)).Select(f => f.Run.Words[0]).ToHashSet(StringComparer.Ordinal);
        Accept(found, f => !f.Accepted && f.Eligible && f.Run.Words.Length > 1 && byLastName.Contains(f.Run.Words[^1]));

        var people = new Dictionary<string, Draft>(StringComparer.Ordinal);
        // Full names first, so that a bare "Teigen" or "Chrissy" can find the person it belongs to.
        foreach (var f in found.Where(f => f.Accepted && f.Run.Words.Length > 1))
        {
            var key = Key(f.Run.Words);
            if (!people.TryGetValue(key, out var d)) people[key] = d = new Draft(key, f.Sentence.Index);
            if (f.Run.Words.Length > d.Words.Length) d.Words = f.Run.Words;
            d.Accepted++;
        }
        // Relatives named in full without a cue of their own: "Vilailuck Teigen" beside "Chrissy Teigen".
        var surnames = people.Values.Select(p => p.Last).ToHashSet(StringComparer.Ordinal);
        foreach (var f in found.Where(f => !f.Accepted && f.Eligible && f.Run.Words.Length == 2 && surnames.Contains(f.Run.Words[^1])))
        {
            var key = Key(f.Run.Words);
            if (!people.TryGetValue(key, out var d)) people[key] = d = new Draft(key, f.Sentence.Index) { Words = f.Run.Words };
            d.Accepted++;
        }
        // Only single names are added from here on, so the full names can be indexed once.
        var names = new NameIndex(people.Values);
        var companies = CompanyHeads(sentences);
        foreach (var f in found.Where(f => f.Accepted && f.Run.Words.Length == 1))
        {
            // A given name two people share ("T.J." of T.J. Ward and T.J. Oyelaran) is neither, and no one else.
            if (Resolve(people, names, f.Run) is not null || names.HasGiven(f.Run.Words[0])) continue;
            // "Halvorsen said it expects …" in a story of "Halvorsen Foods Inc.": the firm called by its first word, when
            // nothing but speech made it a person.
            if (companies.Contains(f.Run.Words[0]) && f.Run.Title is null && f.Cues is { Role: false, Age: null, Relation: null }) continue;
            var key = Key(f.Run.Words);
            people[key] = new Draft(key, f.Sentence.Index) { Words = f.Run.Words, Accepted = 1 };
        }

        // Every mention, accepted or not, quoted or not, now counts for the person it names.
        var sentence = -1;
        var previousEnd = -1;
        string? listRelation = null;
        var firstNamed = new Dictionary<int, Draft>();
        foreach (var f in found)
        {
            if (f.Sentence.Index != sentence) { sentence = f.Sentence.Index; previousEnd = -1; listRelation = null; }
            var person = Resolve(people, names, f.Run);
            if (person is null) continue;
            firstNamed.TryAdd(f.Sentence.Index, person);
            person.Mentions++;
            person.Sources.Add(f.Sentence.Source);
            if (f.Run.Name != person.Name) person.Aliases.Add(f.Run.Name);
            if (f.Run.Nickname is { } nick)
            {
                person.Aliases.Add(nick);
                person.Aliases.Add(f.Sentence.Text[f.Run.Start..f.Run.End]);
            }
            if (f.Quoted) continue;
            if (f.Cues.Age is { } age) person.Ages.Add(new StatedAge(f.Sentence.Source, age, f.Sentence.Text));
            // "children Luna, 5, and Miles, 3": a name listed right after a plural relation shares it.
            var inherited = f.Cues.Relation is null && listRelation is not null && previousEnd >= 0
                && PersonCues.IsListGap(f.Sentence.Narration[previousEnd..f.Run.Start]);
            var relation = inherited ? listRelation : f.Cues.Relation;
            if (relation is not null) person.Relations.Add(relation);
            listRelation = f.Cues.PluralRelation || inherited ? relation : null;
            previousEnd = f.Run.End;
        }
        AddSubjectAges(sentences, found, people, names, firstNamed);

        return [.. people.Values
            .OrderByDescending(p => p.Mentions)
            .ThenBy(p => p.FirstSeen)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new FoundPerson(
                new Person(p.Name, [.. p.Aliases.Where(a => a != p.Name)], AgreedAge(p.Ages), [.. p.Sources], [.. p.Relations]),
                [.. p.Ages]))];
    }

    /// <summary>The names the story's runs give more than once.</summary>
    private static HashSet<string> Recurring(List<Found> found)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var recurring = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in found)
            if (!seen.Add(f.Run.Name)) recurring.Add(f.Run.Name);
        return recurring;
    }

    /// <summary>Each mention the rule accepts is marked accepted, in place.</summary>
    private static void Accept(List<Found> found, Func<Found, bool> rule)
    {
        for (var i = 0; i < found.Count; i++)
            if (rule(found[i])) found[i] = found[i] with { Accepted = true };
    }

    /// <summary>The age every outlet agrees on; null when none is given or the outlets differ (a conflict then says so).</summary>
    internal static int? AgreedAge(IEnumerable<StatedAge> ages)
    {
        var consistent = ConsistentAges(ages).Select(a => a.Age).Distinct().ToList();
        return consistent.Count == 1 ? consistent[0] : null;
    }

    /// <summary>Each outlet's age for a person, leaving out an outlet that gives two different ones (a sign the rule misread it).</summary>
    internal static IEnumerable<StatedAge> ConsistentAges(IEnumerable<StatedAge> ages) =>
        ages.GroupBy(a => a.Source, StringComparer.Ordinal)
            .Where(g => g.Select(a => a.Age).Distinct().Count() == 1)
            .Select(g => g.First())
            .OrderBy(a => a.Source, StringComparer.Ordinal);

    [GeneratedRegex(@"(?:^\s*|,\s+)[Tt]he (?<n>\d{1,3})-year-old\s+(?=[a-z])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SubjectAge { get; }

    /// <summary>"He was 87." closing an obituary's lede: the age, said as the whole clause, of the one the pronoun stands for.</summary>
    [GeneratedRegex(@"^\s*(?:He|She)\s+was\s+(?<n>\d{1,3})(?:\s+years\s+old)?(?=\s*(?:[.;]|,?\s+and\s|,?\s+when\s|$))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PronounAge { get; }

    /// <summary>
    /// The age a sentence gives its unnamed subject ("The 35-year-old model took to Instagram", "He was 87."), with
    /// where the subject stands; null for most sentences, which have neither cue and are not searched.
    /// </summary>
    private static (int Age, int Index)? StatedSubjectAge(string narration)
    {
        var m = narration.Contains("-year-old", StringComparison.Ordinal) ? SubjectAge.Match(narration)
            : narration.AsSpan().TrimStart() is var opening && (opening.StartsWith("He was ", StringComparison.Ordinal) || opening.StartsWith("She was ", StringComparison.Ordinal)) ? PronounAge.Match(narration)
            : null;
        return m is { Success: true } ? (int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Index) : null;
    }

    /// <summary>
    /// "The 35-year-old model took to Instagram", "He was 87.": an unnamed subject with an age is the person the
    /// article's previous sentence named first.
    /// </summary>
    private static void AddSubjectAges(IReadOnlyList<StorySentence> sentences, List<Found> found, Dictionary<string, Draft> people, NameIndex names, Dictionary<int, Draft> firstNamed)
    {
        var bySentence = found.ToLookup(f => f.Sentence.Index);
        foreach (var s in sentences)
        {
            if (StatedSubjectAge(s.Narration) is not var (age, at)) continue;
            var namedBefore = bySentence[s.Index].Any(f => f.Run.Start < at && Resolve(people, names, f.Run) is not null);
            if (namedBefore || s.Index == 0 || sentences[s.Index - 1].Source != s.Source) continue;
            if (!firstNamed.TryGetValue(s.Index - 1, out var person)) continue;
            if (age <= 120) person.Ages.Add(new StatedAge(s.Source, age, s.Text));
        }
    }

    /// <summary>
    /// First words of the story's company names: of a run that goes on to a word no person's name has ("Halvorsen
    /// Foods Inc."), or that "&amp;" joins to one ("Crisp &amp; Co."). Alone, such a word names the firm.
    /// </summary>
    private static HashSet<string> CompanyHeads(IReadOnlyList<StorySentence> sentences)
    {
        var heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var run in s.Names)
            {
                var firm = false;
                for (var i = 1; i < run.Words.Length && !firm; i++)
                    firm = NameLists.NotPerson.Contains(run.Words[i]);
                // Most names are not followed by "&": the pattern is tried only where one is.
                if (firm || s.Narration.AsSpan(run.End).TrimStart().StartsWith('&') && Ampersand.IsMatch(s.Narration.AsSpan(run.End)))
                    heads.Add(run.Words[0]);
            }
        return heads;
    }

    /// <summary>"&amp; Co.", "&amp; Sons" right after a name: the name is a firm's.</summary>
    [GeneratedRegex(@"^\s*&\s*(?:Co\b|Company\b|Sons\b|Partners\b|Associates\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Ampersand { get; }

    private static IEnumerable<Found> Runs(StorySentence s, List<Outlet> outlets)
    {
        foreach (var run in s.Names)
        {
            if (!Plausible(run, outlets)) continue;
            var quoted = s.IsQuoted(run.Start);
            var cues = quoted ? PersonCues.None : PersonCues.Read(s.Narration, run);
            var strong = run.Title is not null || cues.Age is not null || cues.Relation is not null || cues.Role;
            // "the Red Cross said": speech alone makes no person of a name written after "the".
            var speaks = cues.Speaks && !s.Narration.AsSpan(0, run.Start).TrimEnd().EndsWith(" the", StringComparison.OrdinalIgnoreCase)
                && !s.Narration.AsSpan(0, run.Start).TrimEnd().Equals("the", StringComparison.OrdinalIgnoreCase);
            var accepted = !quoted && !cues.Describes && (run.Words.Length > 1
                ? strong || NameLists.FirstNames.Contains(run.Words[0]) || speaks || run.Nickname is not null
                : strong || (speaks && NameLists.FirstNames.Contains(run.Words[0])));
            yield return new Found(s, run, cues, quoted, accepted);
        }
    }

    /// <summary>
    /// A single name used as a person's surname is: not after "the" or a preposition ("the Hustle", "in
    /// Barbados"), not before another capitalised word, not a modifier of a role ("Hustle coach Ann Lee").
    /// </summary>
    private static bool SurnameUse(Found f)
    {
        var before = f.Sentence.Narration[..f.Run.Start].TrimEnd();
        var after = f.Sentence.Narration.AsSpan(f.Run.End);
        // The word ends the text: searched from the last word on (PersonCues.Reach), not from the start of the sentence.
        return !TheBefore.IsMatch(before, PersonCues.Reach(before, 1)) && !CapitalAfter.IsMatch(after);
    }

    [GeneratedRegex(@"\b(?i:the|a|an|in|at|from|to|of|for|on|near|into|across|by|with)$", RegexOptions.CultureInvariant)]
    private static partial Regex TheBefore { get; }

    [GeneratedRegex(@"^(?:['’]s)?\s+(?:(?:\p{Ll}+\s+)?(?:" + NameLists.RoleWords + @")\s+)?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalAfter { get; }

    /// <summary>No month, weekday, organisation, place, platform or outlet in the run.</summary>
    /// <summary>An outlet's name with a space either side and its words, made once per story rather than once per name run.</summary>
    private sealed record Outlet(string Spaced, string[] Words);

    private static bool Plausible(NameRun run, List<Outlet> outlets)
    {
        if (run.Words.All(w => w.Length <= 2 && w.EndsWith('.'))) return false; // initials alone ("T." of "T.J.")
        foreach (var w in run.Words)
        {
            var bare = w.TrimEnd('.');
            if (CalendarWords.IsMonthOrWeekday(bare) || NameLists.NotPerson.Contains(w) || NameLists.Function.Contains(w))
                return false;
        }
        var name = run.Name;
        if (NameLists.IsBrand(name)) return false;
        // Whole words only: "Fox News Sunday" names the outlet Fox News, "Chapman" does not name AP.
        var spaced = $" {name} ";
        foreach (var o in outlets)
            if (spaced.Contains(o.Spaced, StringComparison.OrdinalIgnoreCase) || o.Words.Contains(name, StringComparer.OrdinalIgnoreCase))
                return false;
        return true;
    }

    /// <summary>
    /// Given and family name, folded: "George W. Bush" and "George Bush" are one key, so are
    /// "A. Barry Rand" and "Barry Rand", and "Bill Kristol" and "William Kristol".
    /// </summary>
    private static string Key(ImmutableArray<string> words)
    {
        if (words.Length == 1) return TextKey.Of(words[0]);
        var last = NameLists.Suffixes.Contains(words[^1]) && words.Length > 2 ? words[^2] : words[^1];
        var first = words[0].EndsWith('.') && words.Length > 2 ? words[1] : words[0];
        first = NameLists.GivenNameForms.GetValueOrDefault(first, first);
        return TextKey.Of(first + " " + last);
    }

    /// <summary>The person a run names: by full name, else a bare surname (its most named bearer), else a given name only one person has.</summary>
    private static Draft? Resolve(Dictionary<string, Draft> people, NameIndex names, NameRun run)
    {
        if (people.TryGetValue(Key(run.Words), out var exact)) return exact;
        return run.Words.Length == 1 ? names.Single(run.Words[0]) : null;
    }

    /// <summary>
    /// The full names (two words or more) by surname and by given name, so that a bare "Teigen" is looked
    /// up rather than compared with every person (a long article names thousands).
    /// </summary>
    private sealed class NameIndex
    {
        /// <summary>Each surname's most accepted bearer, the first seen of equals.</summary>
        private readonly Dictionary<string, Draft> _bySurname = new(StringComparer.Ordinal);

        /// <summary>Each given name's first two bearers: one names that person, two name neither.</summary>
        private readonly Dictionary<string, List<Draft>> _byGiven = new(StringComparer.Ordinal);

        public NameIndex(IEnumerable<Draft> people)
        {
            foreach (var p in people.Where(p => p.Words.Length > 1))
            {
                if (!_bySurname.TryGetValue(p.Last, out var best) || p.Accepted > best.Accepted
                    || p.Accepted == best.Accepted && p.FirstSeen < best.FirstSeen)
                    _bySurname[p.Last] = p;
                if (!_byGiven.TryGetValue(p.First, out var given)) _byGiven[p.First] = given = [];
                if (given.Count < 2) given.Add(p);
            }
        }

        public bool HasGiven(string word) => _byGiven.ContainsKey(word);

        /// <summary>The person a single name is: a surname's bearer, else a given name only one person has.</summary>
        public Draft? Single(string word) =>
            _bySurname.GetValueOrDefault(word) ?? (_byGiven.GetValueOrDefault(word) is [var only] ? only : null);
    }
}
