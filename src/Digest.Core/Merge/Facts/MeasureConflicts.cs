using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Digest.Core.Merge.Facts;

/// <summary>
/// Figures outlets give differently for one thing: "a 48-page indictment" against "the 47-page
/// indictment", "fined $5,000 for" against "fined $50,000 for", "at 10:15 a.m." against "at 10:15 p.m.".
/// A figure is known by what it measures: its unit and the content words around it in its clause ("page"
/// and "indictment"; "$" and "fined", "restaurant"). Two outlets disagree only when each gives one plain
/// figure of the unit in sentences that tell the same fact; an approximate figure ("about 5 a.m."), a
/// figure told as changed ("rose to", "corrected to"), a sentence listing several figures of the unit and
/// an outlet that states the other's figure too are not compared, so a subset, an update or another thing
/// counted never shows as a conflict. Counts of dead and injured are <see cref="ConflictFinder.Counts"/>'s.
/// </summary>
internal static partial class MeasureConflicts
{
    /// <summary>Content stems two sentences share besides the figure's unit to tell the same fact.</summary>
    public const int MinShared = 2;

    /// <summary>Share of the smaller sentence's content stems the other must have.</summary>
    public const double MinOverlap = 0.4;

    private const string Approximate =
        @"(?<q>\b(?:about|around|nearly|almost|roughly|approximately|some|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|over|under|upward\s+of|as\s+(?:little|much|many|few|high|low)\s+as|an\s+estimated|estimated)\s+)?";

    [GeneratedRegex(
        Approximate +
        @"(?:(?<cur>[$€£])\s?(?<n>\d[\d,]*(?:\.\d+)?)(?:\s+(?<mult>thousand|million|billion|trillion))?(?![\d.,]*\d)" +
        @"|\b(?<n>\d{1,2}(?::\d{2})?)\s?(?<ampm>[ap])\.?m\b\.?" +
        // The second number of a score ("34-6 win") is not a figure of its own.
        @"|(?<!\d-)\b(?<n>\d[\d,]*(?:\.\d+)?|" + NumberWords.OneToTwenty + @")(?:\s+(?<mult>thousand|million|billion|trillion))?(?:(?<hy>-)|\s+)(?<unit>[a-z]+)\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    internal static partial Regex Figure { get; }

    private static readonly SearchValues<string> NumberWordValues = SearchValues.Create(NumberWords.OneToTwenty.Split('|'), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Stretches of non-space a <see cref="Figure"/> holds before its number: an approximation's words (three at most, "as
    /// much as") and a currency sign written apart from the number.
    /// </summary>
    private const int WordsBeforeNumber = 4;

    /// <summary>
    /// Where a search for <see cref="Figure"/>s may start in <paramref name="text"/>, or -1 when it holds none. Every figure's
    /// number opens with a digit (as <c>\d</c> reads one) or is a number word (in any case; none has a "k", which the
    /// pattern reads in any case otherwise than ordinal comparison does), and starts no earlier than
    /// <see cref="WordsBeforeNumber"/> stretches of non-space before that. Most sentences have neither and are not
    /// searched; the rest are searched from there, not tried at every letter before (a 1k build: 262 M instructions of 17.9 G).
    /// </summary>
    internal static int FigureSearchStart(string text)
    {
        var first = text.AsSpan().IndexOfAny(NumberWordValues);
        var digits = first < 0 ? text.Length : first;
        for (var i = 0; i < digits; i++)
            if (char.IsDigit(text[i]))
            {
                first = i;
                break;
            }
        return first < 0 ? -1 : PersonCues.Reach(text.AsSpan(0, first), WordsBeforeNumber);
    }

    /// <summary>A figure that is told as changing or corrected is a later value, not a second account.</summary>
    [GeneratedRegex(
        @"\b(?:rose|risen|rising|climbed|increased|grew|jumped|fell|dropped|lowered|raised|revised|updated|corrected|initially|originally|first\s+reported|now\s+stands)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Changed { get; }

    /// <summary>
    /// Words after a number that are not what it measures: ordinal endings, clock words (<see cref="Figure"/>
    /// reads times whole), and a percentage, a share of too many different wholes ("23 percent cut", "77 percent of").
    /// </summary>
    private static readonly HashSet<string> NotUnits = new(StringComparer.Ordinal)
    {
        "old", "th", "st", "nd", "rd", "am", "pm", "percent", "times", "point", "points",
    };

    /// <param name="Unit">What the figure counts in: "page", "$", "time".</param>
    /// <param name="Near">The stemmed content words around it in its clause, which tell what it measures.</param>
    private sealed record Value(string Source, string Unit, decimal Amount, string Text, StorySentence Sentence, IReadOnlySet<string> Near, ConflictKind Kind);

    /// <summary>Content words after a figure and before it that tell what it measures.</summary>
    private const int NearAfter = 3, NearBefore = 2;

    /// <param name="found">Conflicts the rules for counts of dead and injured, ages and dates found: a figure they compare is not compared again.</param>
    public static ImmutableArray<Conflict> Find(IReadOnlyList<StorySentence> sentences, IReadOnlyList<Conflict> found)
    {
        var compared = found.SelectMany(c => c.Values).Where(v => v.Sentence.Length > 0).Select(v => (v.Source, v.Sentence)).ToHashSet();
        var all = new List<Value>();
        var plain = new List<Value>();
        foreach (var s in sentences)
        {
            if (FigureSearchStart(s.Narration) is not (var start and >= 0)) continue;
            var matches = Figure.Matches(s.Narration, start);
            // Most sentences give no figure: nothing to list, and no need to ask whether one changed.
            if (matches.Count == 0) continue;
            // The sentence's tolls are found once, not once per figure.
            var tolls = ConflictFinder.Tolls(s.Narration);
            var read = new List<(Match Match, Value Value)>(matches.Count);
            foreach (Match m in matches)
                if (!tolls.Contains(m.Groups[N].Index) && Read(s, m) is { } value)
                    read.Add((m, value));
            foreach (var x in read) all.Add(x.Value);
            // A sentence whose figures are all tolls or measure nothing has none to list, changed or not.
            if (read.Count == 0 || Changed.IsMatch(s.Narration)) continue;
            // "a 10-yard run ... and an 18-yard catch": a sentence listing figures of one unit tells several things.
            foreach (var x in read)
                if (!x.Match.Groups[Q].Success && OfUnit(read, x.Value.Unit) == 1)
                    plain.Add(x.Value);
        }
        // An outlet that gives the other figure too, anywhere and for anything of the unit, tells two things rather than disagreeing.
        var stated = all.Select(v => (v.Source, v.Unit, v.Amount)).ToHashSet();
        var conflicts = ImmutableArray.CreateBuilder<Conflict>();
        var used = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        var byUnit = plain.ToLookup(v => v.Unit, StringComparer.Ordinal);
        foreach (var a in plain)
        {
            if (used.Contains(a)) continue;
            var against = byUnit[a.Unit].Where(b => b.Source != a.Source && (a.Kind == ConflictKind.Time || a.Near.Overlaps(b.Near)) && b.Amount != a.Amount && !used.Contains(b)
                    && !stated.Contains((b.Source, a.Unit, a.Amount)) && !stated.Contains((a.Source, b.Unit, b.Amount)) && SameFact(a, b)).ToList();
            // Most figures meet no other outlet's: nothing to group.
            if (against.Count == 0) continue;
            var group = against.GroupBy(b => b.Source, StringComparer.Ordinal).Select(g => g.First()).Prepend(a)
                .OrderBy(v => v.Source, StringComparer.Ordinal).ToList();
            // Three outlets giving three figures, or two giving one, are compared; an outlet is never set against itself.
            if (group.Count < 2 || group.All(v => compared.Contains((v.Source, v.Sentence.Text)))) continue;
            used.UnionWith(group);
            conflicts.Add(new Conflict($"{(a.Kind == ConflictKind.Time ? "Time" : "Figure")} in “{ConflictFinder.Shorten(a.Sentence.Text)}”",
                [.. group.Select(v => new ConflictValue(v.Source, v.Text, v.Sentence.Text))], a.Kind));
        }
        return conflicts.ToImmutable();
    }

    private static int OfUnit(List<(Match Match, Value Value)> read, string unit)
    {
        var count = 0;
        foreach (var x in read)
            if (x.Value.Unit == unit) count++;
        return count;
    }

    // The groups of <see cref="Figure"/> by number, looked up once: a lookup by name hashes the name for every figure read.
    private static readonly int N = Figure.GroupNumberFromName("n"), Q = Figure.GroupNumberFromName("q"), Mult = Figure.GroupNumberFromName("mult"),
        AmPm = Figure.GroupNumberFromName("ampm"), Cur = Figure.GroupNumberFromName("cur"), Unit = Figure.GroupNumberFromName("unit");

    /// <summary>
    /// Two sentences telling one fact: stems in common besides the figure's own words, a good share of the smaller sentence's.
    /// The two figures are of one unit, which is left out of both sentences' stems as they are read, not copied without it.
    /// </summary>
    private static bool SameFact(Value a, Value b)
    {
        var (stemsA, stemsB) = (a.Sentence.Words.Stems, b.Sentence.Words.Stems);
        var shared = 0;
        foreach (var w in stemsA)
            if (w != a.Unit && stemsB.Contains(w)) shared++;
        return shared >= MinShared && (double)shared / Math.Min(WithoutUnit(stemsA, a.Unit), WithoutUnit(stemsB, b.Unit)) >= MinOverlap;
    }

    private static int WithoutUnit(IReadOnlySet<string> stems, string unit) => stems.Count - (stems.Contains(unit) ? 1 : 0);

    /// <summary>The figure of one match, not a toll, with what it measures, or null when it measures nothing this rule can name.</summary>
    private static Value? Read(StorySentence s, Match m)
    {
        var n = m.Groups[N].Value;
        if (!TryAmount(n.Split(':')[0], out var amount)) return null;
        amount *= m.Groups[Mult].Value.ToLowerInvariant() switch
        {
            "thousand" => 1_000m, "million" => 1_000_000m, "billion" => 1_000_000_000m, "trillion" => 1_000_000_000_000m, _ => 1m,
        };
        string unit;
        var kind = ConflictKind.Count;
        IReadOnlySet<string> near;
        if (m.Groups[AmPm].Success)
        {
            // "10:15 p.m." is 22:15: the same clock time in the morning and the evening are two values.
            var parts = n.Split(':');
            var hour = int.Parse(parts[0], CultureInfo.InvariantCulture);
            if (hour is < 1 or > 12) return null;
            amount = (hour % 12 + (char.ToLowerInvariant(m.Groups[AmPm].Value[0]) == 'p' ? 12 : 0)) * 60
                     + (parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0);
            unit = "time";
            kind = ConflictKind.Time;
            near = new HashSet<string>();
        }
        else
        {
            if (m.Groups[Cur].Success) unit = m.Groups[Cur].Value;
            else
            {
                unit = m.Groups[Unit].Value.ToLowerInvariant();
                if (FunctionWords.All.Contains(unit) || NotUnits.Contains(unit) || CalendarWords.IsMonthOrWeekday(unit)) return null;
                // A year is a date, not a figure ("in 2036 benefits").
                if (amount is >= 1800 and <= 2100 && !n.Contains(',') && !n.Contains('.')) return null;
                unit = WordStemmer.Stem(unit);
                // "a 34-year-old man": an age, of someone the people model may not name.
                if (s.Narration.AsSpan(m.Index + m.Length).StartsWith("-old", StringComparison.Ordinal)) unit += "-old";
            }
            // What the figure measures is told by the words around it, in its clause: "a 48-page indictment",
            // "fined the restaurant $5,000 for ignoring"; two figures are of one thing when these meet.
            var after = s.Narration[(m.Index + m.Length)..];
            var age = unit.EndsWith("-old", StringComparison.Ordinal);
            if (age)
            {
                // An age is of the noun right after it ("34-year-old driver"); a named person's is the people model's.
                var noun = Tokenizer.Tokens(after).Skip(1).Take(1).ToList(); // after "old"
                if (noun is not [{ IsCapitalised: false, IsNumber: false } word]) return null;
                near = new HashSet<string>(StringComparer.Ordinal) { WordStemmer.Stem(word.Lower) };
                // Ages of a driver and a passenger in one sentence are two things, not a list of one.
                unit += " " + near.Single();
            }
            else
            {
                var words = new HashSet<string>(StringComparer.Ordinal);
                foreach (var w in Words(after, NearAfter).Concat(Words(s.Narration[..m.Index], NearBefore, fromEnd: true)))
                    if (w != unit) words.Add(w);
                near = words;
            }
            if (near.Count == 0) return null;
        }
        return new Value(s.Source, unit, amount, m.Value.Trim() + (unit.Contains("-old ", StringComparison.Ordinal) ? "-old" : ""), s, near, kind);
    }

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",;:()—–");

    /// <summary>
    /// The first <paramref name="count"/> stemmed content words of a stretch of narration, up to the next clause break,
    /// in order; the last ones <paramref name="fromEnd"/>, back to the clause break before. Only those words are stemmed.
    /// </summary>
    private static List<string> Words(string text, int count, bool fromEnd = false)
    {
        var clause = fromEnd ? text.AsSpan().LastIndexOfAny(ClauseBreaks) : text.AsSpan().IndexOfAny(ClauseBreaks);
        if (clause >= 0) text = fromEnd ? text[(clause + 1)..] : text[..clause];
        var words = new List<string>();
        foreach (var t in Tokenizer.Tokens(text))
        {
            if (t.IsNumber || t.Text.Length < 3) continue;
            var lower = t.Text.ToLowerInvariant();
            if (FunctionWords.All.Contains(lower)) continue;
            words.Add(fromEnd ? lower : WordStemmer.Stem(lower));
            if (!fromEnd && words.Count == count) break;
        }
        return fromEnd ? [.. words.Skip(Math.Max(0, words.Count - count)).Select(WordStemmer.Stem)] : words;
    }

    private static bool TryAmount(string s, out decimal amount)
    {
        if (NumberWords.TryValue(s, 20, out var word)) { amount = word; return true; }
        return decimal.TryParse(s.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }
}
