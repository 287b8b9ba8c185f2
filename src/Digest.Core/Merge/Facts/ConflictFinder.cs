using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Digest.Core.Merge.Facts;

/// <summary>
/// Finds where outlets disagree: a person's age, a count of dead or injured, the date of one event, the
/// spelling of a name. Conservative by design: a value is compared only with the same fact from another
/// outlet (the same person, the same count, the same event), and an outlet that states two values
/// itself is left out rather than guessed.
/// </summary>
public static class ConflictFinder
{
    public static ImmutableArray<Conflict> Ages(IEnumerable<FoundPerson> people) =>
        [.. people.Select(p => (p.Person, Ages: PeopleFinder.ConsistentAges(p.Ages).ToList()))
            .Where(p => p.Ages.Select(a => a.Age).Distinct().Count() > 1)
            .Select(p => new Conflict($"{p.Person.Name}'s age",
                [.. p.Ages.Select(a => new ConflictValue(a.Source, a.Age.ToString(CultureInfo.InvariantCulture), a.Sentence))],
                Kind: ConflictKind.Age, Subject: p.Person.Name))];

    /// <summary>Counts written as words go up to twenty; larger ones are written in digits.</summary>
    private const int MaxWordCount = 20;

    private static readonly string Num = NumberWords.Alternation(MaxWordCount) + "|\\d{1,5}";

    private static readonly Regex CountThen = new(
        @"(?<q>\b(?:at least|more than|over|about|around|nearly|almost|up to|some|approximately|roughly)\s+)?\b(?<n>" + Num + @")\s+(?:(?:[a-z]+\s+){0,2}?(?:(?:were|was|are|is|have been|has been|had been|being)\s+)?(?:\w+ly\s+)?)?(?<what>killed|dead|died|injured|wounded|hurt)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase);

    private static readonly Regex ThenCount = new(
        @"\b(?<what>killing|injuring|wounding|hurting|killed|injured|wounded)\s+(?<q>(?:at least|more than|over|about|around|nearly|almost|up to|some|approximately|roughly)\s+)?(?<n>" + Num + @")\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase);

    private static readonly Regex Partial = new(@"\b(?:others?|more|additional|slightly|seriously|critically|badly|severely|lightly|minor|also)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private sealed record Count(string Source, string Kind, int Value, bool Qualified, string Text, string Sentence);

    /// <summary>"25 hurt" against "27 people were injured": the count of dead or of injured, compared across outlets.</summary>
    public static ImmutableArray<Conflict> Counts(IEnumerable<StorySentence> sentences)
    {
        var counts = new List<Count>();
        foreach (var s in sentences)
        {
            foreach (Match m in CountThen.Matches(s.Narration).Concat(ThenCount.Matches(s.Narration)))
            {
                var kind = m.Groups["what"].Value.ToLowerInvariant() switch
                {
                    "killed" or "dead" or "died" or "killing" => "dead",
                    _ => "injured",
                };
                if (!TryNumber(m.Groups["n"].Value, out var n)) continue;
                // "20 others were slightly hurt" is a part of the toll, not the toll.
                if (Partial.IsMatch(m.Value)) continue;
                // "the 31st person killed" or "2017 killed" are not counts of this event.
                if (n > 10000) continue;
                counts.Add(new Count(s.Source, kind, n, m.Groups["q"].Success, m.Value.Trim(), s.Text));
            }
        }
        var conflicts = ImmutableArray.CreateBuilder<Conflict>();
        foreach (var kind in new[] { "dead", "injured" })
        {
            // Each outlet's single plain figure; an outlet with several figures (victims of other events, updates) is not compared.
            var perSource = counts.Where(c => c.Kind == kind).GroupBy(c => c.Source, StringComparer.Ordinal)
                .Where(g => g.Select(c => c.Value).Distinct().Count() == 1 && g.All(c => !c.Qualified))
                .Select(g => g.First())
                .OrderBy(c => c.Source, StringComparer.Ordinal)
                .ToList();
            if (perSource.Select(c => c.Value).Distinct().Count() < 2) continue;
            conflicts.Add(new Conflict(kind == "dead" ? "Number of dead" : "Number of injured",
                [.. perSource.Select(c => new ConflictValue(c.Source, c.Text, c.Sentence))], Kind: ConflictKind.Count));
        }
        return conflicts.ToImmutable();
    }

    /// <summary>Share of content words two sentences must share to be the same event told with different dates.</summary>
    public const double SameEventDifferentDate = 0.6;

    /// <summary>
    /// The same event dated differently by two outlets. Only dates the text states outright (with a year)
    /// are compared: two outlets' "on Thursday" can differ only through their publication dates.
    /// </summary>
    public static ImmutableArray<Conflict> Dates(IEnumerable<DatedSentence> dated)
    {
        // Each sentence with the dates it states; a sentence giving both dates ("in 2012 ... in 2014") disagrees with no one.
        var sentences = dated.Where(d => d.Mention.Explicit && d.Mention.Date is not null)
            .GroupBy(d => (d.Source, d.Index))
            .Select(g => (g.Key.Source, g.Key.Index, Text: g.First().Text, Words: ContentWords.Of(g.First().Text), Mentions: g.ToList()))
            .ToList();
        var conflicts = ImmutableArray.CreateBuilder<Conflict>();
        var used = new HashSet<int>();
        foreach (var a in sentences)
        {
            if (used.Contains(a.Index)) continue;
            var datesA = a.Mentions.Select(m => m.Mention.Date!.Value).ToHashSet();
            var others = sentences.Where(b => b.Source != a.Source && !used.Contains(b.Index)
                && ContentWords.Shared(a.Words, b.Words) >= TimelineBuilder.MinShared
                && ContentWords.Overlap(a.Words, b.Words) >= SameEventDifferentDate
                && b.Mentions.Count == 1 && a.Mentions.Count == 1
                && !b.Mentions.Any(m => datesA.Contains(m.Mention.Date!.Value))
                && b.Mentions[0].Mention.Date!.Value.Precision == a.Mentions[0].Mention.Date!.Value.Precision).ToList();
            if (others.Count == 0) continue;
            var group = others.Prepend(a).GroupBy(d => d.Source, StringComparer.Ordinal).Select(g => g.First()).OrderBy(d => d.Source, StringComparer.Ordinal).ToList();
            used.UnionWith(group.Select(g => g.Index));
            conflicts.Add(new Conflict($"Date of “{Shorten(a.Text)}”",
                [.. group.Select(d => new ConflictValue(d.Source, d.Mentions[0].Mention.Phrase, d.Text))], Kind: ConflictKind.Date));
        }
        return conflicts.ToImmutable();
    }

    /// <summary>
    /// The same person spelled two ways by two outlets ("Kevin Frazier", "Kevin Frasier"): same given name,
    /// family names one or two letters apart, never both spellings in one outlet.
    /// </summary>
    public static (ImmutableArray<FoundPerson> People, ImmutableArray<Conflict> Conflicts) Spellings(ImmutableArray<FoundPerson> people)
    {
        var merged = people.ToList();
        var conflicts = ImmutableArray.CreateBuilder<Conflict>();
        for (var i = 0; i < merged.Count; i++)
        {
            for (var j = i + 1; j < merged.Count; j++)
            {
                var a = merged[i].Person;
                var b = merged[j].Person;
                if (!SpelledAlike(a.Name, b.Name) || a.Sources.Intersect(b.Sources, StringComparer.Ordinal).Any()) continue;
                conflicts.Add(new Conflict($"Spelling of {a.Name}",
                    [.. a.Sources.Select(s => new ConflictValue(s, a.Name)).Concat(b.Sources.Select(s => new ConflictValue(s, b.Name))).OrderBy(v => v.Source, StringComparer.Ordinal)],
                    Kind: ConflictKind.Spelling, Subject: a.Name));
                var person = a with
                {
                    Aliases = [.. a.Aliases.Concat(b.Aliases).Append(b.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                    Sources = [.. a.Sources.Concat(b.Sources).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                    Relations = [.. a.Relations.Concat(b.Relations).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                };
                var ages = merged[i].Ages.AddRange(merged[j].Ages);
                merged[i] = new FoundPerson(person with { Age = PeopleFinder.AgreedAge(ages) }, ages);
                merged.RemoveAt(j);
                j--;
            }
        }
        return ([.. merged], conflicts.ToImmutable());
    }

    private static bool SpelledAlike(string a, string b)
    {
        var wa = a.Split(' ');
        var wb = b.Split(' ');
        if (wa.Length < 2 || wb.Length < 2 || wa[0] != wb[0] || wa[^1] == wb[^1]) return false;
        if (wa[^1].Length < 4 || wb[^1].Length < 4) return false;
        var distance = Distance(wa[^1].ToLowerInvariant(), wb[^1].ToLowerInvariant());
        return distance <= (Math.Min(wa[^1].Length, wb[^1].Length) >= 7 ? 2 : 1);
    }

    /// <summary>Levenshtein distance.</summary>
    internal static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var up = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = up;
            }
        }
        return row[b.Length];
    }

    /// <summary>The start of a sentence, cut at a word, for naming the event a date conflict is about.</summary>
    private static string Shorten(string text, int max = 80)
    {
        if (text.Length <= max) return text.TrimEnd('.');
        var cut = text.LastIndexOf(' ', max);
        return text[..(cut > 0 ? cut : max)].TrimEnd(',', ';', ':') + "…";
    }

    private static bool TryNumber(string s, out int n) =>
        NumberWords.TryValue(s, MaxWordCount, out n) || int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out n);
}
