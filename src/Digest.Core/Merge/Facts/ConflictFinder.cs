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
internal static partial class ConflictFinder
{
    public static ImmutableArray<Conflict> Ages(IEnumerable<FoundPerson> people) =>
        [.. people.Select(p => (p.Person, Ages: PeopleFinder.ConsistentAges(p.Ages).ToList()))
            .Where(p => p.Ages.Select(a => a.Age).Distinct().Count() > 1)
            .Select(p => new Conflict($"{p.Person.Name}'s age",
                [.. p.Ages.Select(a => new ConflictValue(a.Source, a.Age.ToString(CultureInfo.InvariantCulture), a.Sentence))],
                Kind: ConflictKind.Age, Subject: p.Person.Name))];

    /// <summary>Counts written as words go up to twenty; larger ones are written in digits.</summary>
    private const int MaxWordCount = 20;

    private const string Num = NumberWords.OneToTwenty + "|\\d{1,5}";

    [GeneratedRegex(
        @"(?<q>\b(?:at least|more than|over|about|around|nearly|almost|up to|some|approximately|roughly)\s+)?\b(?<n>" + Num + @")\s+(?:(?:[a-z]+\s+){0,2}?(?:(?:were|was|are|is|have been|has been|had been|being)\s+)?(?:\w+ly\s+)?)?(?<what>killed|dead|died|injured|wounded|hurt)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex CountThen { get; }

    [GeneratedRegex(
        @"\b(?<what>killing|injuring|wounding|hurting|killed|injured|wounded)\s+(?<q>(?:at least|more than|over|about|around|nearly|almost|up to|some|approximately|roughly)\s+)?(?<n>" + Num + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex ThenCount { get; }

    [GeneratedRegex(@"\b(?:others?|more|additional|slightly|seriously|critically|badly|severely|lightly|minor|also)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Partial { get; }

    /// <summary>
    /// A word of every toll <see cref="CountThen"/>, <see cref="ThenCount"/> and <see cref="InjuredPart"/> read ("killed", "dead",
    /// "injuries", "wounded", "hurt"): most sentences tell no toll and are not searched for one.
    /// </summary>
    private static readonly Func<string, bool> TollCue = Cue.WordsAnyCase("kill", "dead", "died", "injur", "wound", "hurt");

    /// <summary>Where the narration's counts of dead or injured stand, which <see cref="Counts"/> compares with its own care for parts and subsets.</summary>
    public static HashSet<int> Tolls(string narration) =>
        TollCue(narration) ? [.. CountThen.Matches(narration).Concat(ThenCount.Matches(narration)).Select(m => m.Groups["n"].Index)] : [];

    private sealed record Count(string Source, string Kind, int Value, bool Qualified, string Text, string Sentence);

    /// <summary>"25 hurt" against "27 people were injured": the count of dead or of injured, compared across outlets.</summary>
    public static ImmutableArray<Conflict> Counts(IEnumerable<StorySentence> sentences)
    {
        var counts = new List<Count>();
        // The sentences that may tell a toll, asked once for both readings of them: most tell none.
        var tolling = sentences.Where(s => TollCue(s.Narration)).ToList();
        foreach (var s in tolling)
        {
            foreach (Match m in CountThen.Matches(s.Narration).Concat(ThenCount.Matches(s.Narration)))
            {
                var kind = OfTheDead(m) ? "dead" : "injured";
                if (!TryNumber(m.Groups["n"].Value, out var n)) continue;
                // "20 others were slightly hurt" is a part of the toll, not the toll; "two died and five others were
                // injured" is the whole of it: others than the dead counted before it, with nothing else to make it a part.
                if (Partial.IsMatch(m.Value) && !(kind == "injured" && OthersThanTheDead(s.Narration, m))) continue;
                // "the 31st person killed" or "2017 killed" are not counts of this event.
                if (n > 10000) continue;
                counts.Add(new Count(s.Source, kind, n, m.Groups["q"].Success, m.Value.Trim(), s.Text));
            }
        }
        counts.AddRange(PartTotals(tolling, counts));
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

    [GeneratedRegex(@"\bothers\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Others { get; }

    /// <summary>
    /// "Two people died and five others were injured": "others" is the only word that makes the count look like a
    /// part, and the count before it in the sentence is of the dead, so the others are all the injured.
    /// </summary>
    private static bool OthersThanTheDead(string narration, Match count)
    {
        if (Partial.Matches(count.Value) is not [var word] || !Others.IsMatch(word.Value)) return false;
        Match? before = null;
        foreach (Match m in CountThen.Matches(narration[..count.Index]).Concat(ThenCount.Matches(narration[..count.Index])))
            if (before is null || m.Index > before.Index) before = m;
        return before is not null && OfTheDead(before);
    }

    /// <summary>A toll <see cref="CountThen"/> or <see cref="ThenCount"/> read counts the dead, else the injured.</summary>
    private static bool OfTheDead(Match toll) => toll.Groups["what"].Value.ToLowerInvariant() is "killed" or "dead" or "died" or "killing";

    /// <summary>
    /// A part of the injured by how badly: "four people with serious injuries", "20 others were slightly
    /// hurt". The severity is what makes it a part: the two parts of one sentence add up to the outlet's toll.
    /// </summary>
    [GeneratedRegex(
        @"\b(?<n>" + Num + @")\s+(?:(?:[a-z]+\s+){0,5}?(?:with|suffered|suffering|sustained|had)\s+(?:(?:more|less)\s+)?(?<how>serious|critical|severe|life-threatening|grave|minor|slight|light)\s+(?:injuries|wounds)|(?:[a-z]+\s+){0,2}?(?:(?:were|was|are|is|have been|had been)\s+)?(?<how>seriously|critically|severely|gravely|badly|slightly|lightly|minorly)\s+(?:injured|hurt|wounded))\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex InjuredPart { get; }

    private static bool Light(string how) => how.ToLowerInvariant() is "minor" or "slight" or "light" or "slightly" or "lightly" or "minorly";

    /// <summary>
    /// "Four people were taken to hospital with serious injuries while 20 others were slightly hurt" tells a
    /// total of 24 injured, against another outlet's 25: a sentence that splits the injured into a serious
    /// and a light part, and gives no toll of its own, counts as its outlet's toll. One part alone ("four
    /// people with more serious injuries were released") is a subset and tells no total.
    /// </summary>
    /// <param name="tolling">The sentences that may tell a toll (<see cref="TollCue"/>).</param>
    private static IEnumerable<Count> PartTotals(List<StorySentence> tolling, List<Count> counts)
    {
        foreach (var s in tolling)
        {
            if (counts.Any(c => c.Sentence == s.Text && c.Source == s.Source && c.Kind == "injured")) continue;
            var parts = InjuredPart.Matches(s.Narration).ToList();
            if (parts.Count != 2 || Light(parts[0].Groups["how"].Value) == Light(parts[1].Groups["how"].Value)) continue;
            if (!TryNumber(parts[0].Groups["n"].Value, out var a) || !TryNumber(parts[1].Groups["n"].Value, out var b)) continue;
            yield return new Count(s.Source, "injured", a + b, false, s.Narration[parts[0].Index..(parts[1].Index + parts[1].Length)], s.Text);
        }
    }

    /// <summary>Share of content words two sentences must share to be the same event told with different dates.</summary>
    public const double SameEventDifferentDate = 0.6;

    /// <summary>
    /// The same event dated differently by two outlets: dates the text states outright (with a year), and
    /// days told relative to the publication date ("on Tuesday" against "on Wednesday"). A relative day is
    /// compared only between articles published the same day: a week later, "on Tuesday" is another Tuesday
    /// only if the article's own date is right, which the text cannot tell.
    /// </summary>
    /// <param name="published">Each source's publication date.</param>
    public static ImmutableArray<Conflict> Dates(IEnumerable<DatedSentence> dated, Func<string, DateOnly?> published)
    {
        // Each sentence with the dates it states; a sentence giving both dates ("in 2012 ... in 2014") disagrees with no one.
        var sentences = dated.Where(d => d.Mention.Date is not null && (d.Mention.Explicit || d.Mention.Date.Value.Precision == DatePrecision.Day))
            .GroupBy(d => (d.Source, d.Index))
            .Select(g => (g.Key.Source, g.Key.Index, Text: g.First().Text, Words: g.First().Words.Content, Mentions: g.ToList()))
            .ToList();
        var conflicts = ImmutableArray.CreateBuilder<Conflict>();
        var used = new HashSet<int>();
        foreach (var a in sentences)
        {
            // A sentence giving two dates is compared with no other.
            if (used.Contains(a.Index) || a.Mentions is not [var mentionA]) continue;
            var dateA = mentionA.Mention.Date!.Value;
            // The dates are compared before the words: most pairs of sentences give no two dates of one precision.
            var others = new List<(string Source, int Index, string Text, IReadOnlySet<string> Words, List<DatedSentence> Mentions)>();
            foreach (var b in sentences)
                if (b.Source != a.Source && !used.Contains(b.Index) && b.Mentions is [var mentionB]
                    && mentionB.Mention.Date!.Value != dateA && mentionB.Mention.Date!.Value.Precision == dateA.Precision
                    && (mentionA.Mention.Explicit && mentionB.Mention.Explicit || published(a.Source) == published(b.Source))
                    && TimelineBuilder.SharesEnough(a.Words, b.Words, TimelineBuilder.MinShared, SameEventDifferentDate))
                    others.Add(b);
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

    /// <summary>Shortest name compared letter by letter: shorter names differ by one letter too often ("Kent", "Kant").</summary>
    public const int MinSpelledName = 6;

    /// <summary>
    /// A name other than a person's spelled two ways ("Penelac" in three outlets, "Penelec" in a fourth, both
    /// "the electric provider"): two capitalised words inside sentences, of the same length and first letter,
    /// one letter apart, never both in one outlet, in sentences that share two content words besides the name.
    /// A plural or a possessive is never a second spelling, since only one letter is changed, never added.
    /// </summary>
    /// <param name="personWords">Words of people's names: their spellings are compared as people (<see cref="Spellings"/>).</param>
    public static ImmutableArray<Conflict> NameSpellings(IEnumerable<StorySentence> sentences, IReadOnlySet<string> personWords)
    {
        var uses = new Dictionary<string, List<StorySentence>>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            // The outlet's own words, the first aside (capitalised at the start of any sentence), read in one loop.
            var first = true;
            foreach (var token in s.Tokens)
            {
                if (s.IsQuoted(token.Start)) continue;
                if (first) { first = false; continue; }
                // Only a capitalised word as long as a name compared can be one: most words are not, and are not read further.
                if (token.Text.Length < MinSpelledName || !token.IsCapitalised) continue;
                var word = Tokenizer.BaseOf(token.Text.Replace('’', '\''));
                if (word.Length < MinSpelledName || !token.IsCapitalised || !word.Skip(1).All(char.IsLower) || personWords.Contains(word)) continue;
                if (!uses.TryGetValue(word, out var list)) uses[word] = list = [];
                if (!list.Contains(s)) list.Add(s);
            }
        }
        var conflicts = ImmutableArray.CreateBuilder<Conflict>();
        var words = uses.Keys.Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < words.Count; i++)
            for (var j = i + 1; j < words.Count; j++)
            {
                var (a, b) = (words[i], words[j]);
                if (a.Length != b.Length || a[0] != b[0] || a.Zip(b).Count(p => p.First != p.Second) != 1) continue;
                var sourcesA = uses[a].Select(u => u.Source).ToHashSet(StringComparer.Ordinal);
                if (uses[b].Any(u => sourcesA.Contains(u.Source))) continue;
                if (!uses[a].Any(x => uses[b].Any(y => ContentWords.Shared(Stems(x.Words, a), Stems(y.Words, b)) >= 2))) continue;
                conflicts.Add(new Conflict($"Spelling of {a}",
                    [.. uses[a].Concat(uses[b]).GroupBy(u => u.Source, StringComparer.Ordinal).Select(g => g.First())
                        .OrderBy(u => u.Source, StringComparer.Ordinal)
                        .Select(u => new ConflictValue(u.Source, sourcesA.Contains(u.Source) ? a : b, u.Text))],
                    Kind: ConflictKind.Spelling));
            }
        return conflicts.ToImmutable();
    }

    /// <summary>Stemmed content words of a sentence without the name compared, so "confirmed" meets "confirm".</summary>
    private static HashSet<string> Stems(SentenceWords words, string name) =>
        words.Content.Where(w => Tokenizer.BaseOf(w) != name.ToLowerInvariant()).Select(WordStemmer.Stem).ToHashSet(StringComparer.Ordinal);

    private static bool SpelledAlike(string a, string b)
    {
        var wa = a.Split(' ');
        var wb = b.Split(' ');
        if (wa.Length < 2 || wb.Length < 2 || wa[0] != wb[0] || wa[^1] == wb[^1]) return false;
        if (wa[^1].Length < 4 || wb[^1].Length < 4) return false;
        var distance = Distance(wa[^1].ToLowerInvariant(), wb[^1].ToLowerInvariant());
        return distance <= (Math.Min(wa[^1].Length, wb[^1].Length) >= 7 ? 2 : 1);
    }

    /// <summary>
    /// One quotation credited to different people by different outlets ("… 'perfectly fine'," Dauer says;
    /// "… “perfectly fine,” according to Dr. Lintner"): each outlet's speaker as its own sentence names
    /// it, never one carried on from an earlier sentence; an outlet crediting two people is left out, and
    /// "Lintner" and "David Lintner" are one person.
    /// </summary>
    internal static ImmutableArray<Conflict> Speakers(IEnumerable<ImmutableArray<QuoteSpan>> quotations)
    {
        var conflicts = ImmutableArray.CreateBuilder<Conflict>();
        foreach (var told in quotations)
        {
            if (!QuoteMerger.Disputed(told)) continue;
            var credited = QuoteMerger.Credited(told);
            var shortest = told.OrderBy(t => t.Text.Length).ThenBy(t => t.Order).First().Text;
            conflicts.Add(new Conflict($"Who said “{Shorten(shortest, 60)}”",
                [.. credited.Select(t => new ConflictValue(t.Source, t.Speaker!, t.Sentence))], Kind: ConflictKind.Account));
        }
        return conflicts.ToImmutable();
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
    internal static string Shorten(string text, int max = 80)
    {
        if (text.Length <= max) return text.TrimEnd('.');
        var cut = text.LastIndexOf(' ', max);
        return text[..(cut > 0 ? cut : max)].TrimEnd(',', ';', ':') + "…";
    }

    private static bool TryNumber(string s, out int n) =>
        NumberWords.TryValue(s, MaxWordCount, out n) || int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out n);
}
