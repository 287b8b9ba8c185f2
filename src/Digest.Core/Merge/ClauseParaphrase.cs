using System.Collections.Immutable;

namespace Digest.Core.Merge;

/// <summary>
/// One outlet tells in a clause what another tells in a sentence, or in a clause of its own
/// ("By the time he reached the clinic, he was in a coma." / "Lee was in a coma,
/// and a scan found swelling…"): compared whole, the longer sentence's other clauses
/// dilute what the two share. Each sentence's clauses (<see cref="ClauseBreaks"/>) are compared
/// with the other sentence and its clauses.
/// </summary>
internal sealed class ClauseParaphrase(SentenceComparer comparer, ParaphraseMatcher matcher)
{
    private readonly Dictionary<SentenceFeatures, ImmutableArray<SentenceFeatures>> _clauses = new(ReferenceEqualityComparer.Instance);

    /// <summary>Words that open a sentence with a condition, as <see cref="SentenceFeatures.Words"/> writes them.</summary>
    private static readonly string[] Conditions = [" if ", " unless "];

    /// <summary>Clauses that a relative clause follows: the noun it describes, told in no clause of its own.</summary>
    private readonly HashSet<SentenceFeatures> _described = new(ReferenceEqualityComparer.Instance);

    /// <summary>Clauses that stand within another (<see cref="ClauseStart.Within"/>): compared only as said whole in the other sentence.</summary>
    private readonly HashSet<SentenceFeatures> _within = new(ReferenceEqualityComparer.Instance);

    /// <summary>Two clauses must share this weighted share of their content (Dice)…</summary>
    public const double SharedThreshold = 0.4;

    /// <summary>…and the shorter this share of its own words (neither names, numbers nor verbs of speech) in the other.</summary>
    public const double WordingThreshold = 0.5;

    /// <summary>A clause this short (in content words) said whole within another clause needs nothing else in common.</summary>
    public const int ShortClause = 4;

    /// <summary>
    /// Score of the closest pair of clauses (a sentence without clauses is one) that tell the same fact,
    /// or null. The two must share a phrase of two words (not a speaker and his verb, not two names),
    /// disagree on nothing (<see cref="ParaphraseMatcher.Disagree"/>), and either share much of their
    /// content, most of the shorter's own words among it, or the shorter, a few words, is said whole in the other.
    /// </summary>
    public double? Score(SentenceFeatures a, SentenceFeatures b)
    {
        var ca = ClausesOf(a);
        var cb = ClausesOf(b);
        // A sentence of one clause is compared whole by the matcher already.
        if (ca is [var onlyA] && ReferenceEquals(onlyA, a) && cb is [var onlyB] && ReferenceEquals(onlyB, b))
            return null;
        double? best = null;
        foreach (var pa in ca)
            foreach (var pb in cb)
            {
                if ((_within.Contains(pa) && _within.Contains(pb)) || !SharesPhrase(pa, pb) || ParaphraseMatcher.Disagree(pa, pb))
                    continue;
                var dice = matcher.Dice(pa, pb);
                var close = !_within.Contains(pa) && !_within.Contains(pb)
                    && SharedWords(pa, pb) >= 3 && dice >= SharedThreshold && Wording(pa, pb) >= WordingThreshold;
                if (!close && !SaidWhole(pa, pb, a, b))
                    continue;
                if (dice > (best ?? 0))
                    best = dice;
            }
        return best;
    }

    /// <summary>
    /// How many of <paramref name="a"/>'s words <paramref name="b"/> has, as written or as a concept. A loop in a
    /// method of its own: a lambda's closure on the two clauses was made for every pair of clauses, compared or not.
    /// </summary>
    private int SharedWords(SentenceFeatures a, SentenceFeatures b)
    {
        var shared = 0;
        foreach (var t in a.Distinct)
            if (matcher.InOther(a, t, b))
                shared++;
        return shared;
    }

    /// <summary>A word of the clause's own: neither a name, a number nor a verb of speech.</summary>
    private static bool Plain(SentenceFeatures s, string t) =>
        !s.Names.Contains(t) && !s.Numbers.Contains(t) && !SpeechVerbs.Stems.Contains(t);

    /// <summary>
    /// Two words side by side in both, each as written or as its <see cref="Paraphrases"/> concept
    /// ("recommend surgery", "thrown off a train" / "removed from a train"): one at least a
    /// <see cref="Plain"/> word, neither a verb of speech.
    /// </summary>
    private bool SharesPhrase(SentenceFeatures a, SentenceFeatures b) => PhrasesOf(a).Overlaps(PhrasesOf(b));

    /// <summary>Each clause's <see cref="Phrases"/>, worked out once: a clause is compared with many.</summary>
    private readonly Dictionary<SentenceFeatures, HashSet<(string, string)>> _phrases = new(ReferenceEqualityComparer.Instance);

    private HashSet<(string, string)> PhrasesOf(SentenceFeatures s)
    {
        if (!_phrases.TryGetValue(s, out var phrases))
            _phrases[s] = phrases = [.. Phrases(s)];
        return phrases;
    }

    /// <summary>The pairs of concepts <see cref="SharesPhrase"/> compares.</summary>
    private static IEnumerable<(string, string)> Phrases(SentenceFeatures s)
    {
        var c = s.Content;
        for (var i = 1; i < c.Length; i++)
            if (c[i - 1] != c[i] && !SpeechVerbs.Stems.Contains(c[i - 1]) && !SpeechVerbs.Stems.Contains(c[i]) && (Plain(s, c[i - 1]) || Plain(s, c[i])))
                yield return (Paraphrases.Concept(c[i - 1]), Paraphrases.Concept(c[i]));
    }

    /// <summary>Weighted share of the shorter clause's <see cref="Plain"/> words found in the other.</summary>
    private double Wording(SentenceFeatures a, SentenceFeatures b)
    {
        var (small, large) = comparer.Information(a) <= comparer.Information(b) ? (a, b) : (b, a);
        double found = 0, total = 0;
        foreach (var t in small.Distinct)
        {
            if (!Plain(small, t)) continue;
            var w = comparer.Weight(t);
            total += w;
            if (matcher.InOther(small, t, large)) found += w;
        }
        return total == 0 ? 0 : found / total;
    }

    /// <summary>
    /// The shorter clause, two or three words at most and two of them its own (<see cref="Plain"/>), all
    /// in the other ("he was in a coma" / "Lee was in a coma"); where both
    /// sentences name anyone, they name someone in common.
    /// </summary>
    private bool SaidWhole(SentenceFeatures pa, SentenceFeatures pb, SentenceFeatures a, SentenceFeatures b)
    {
        var (small, large) = comparer.Information(pa) <= comparer.Information(pb) ? (pa, pb) : (pb, pa);
        if (_described.Contains(small) || _within.Contains(large) || small.Distinct.Length is < 2 or > ShortClause || PlainCount(small) < 2
            || SharedWords(small, large) < small.Distinct.Length)
            return false;
        return !Names(a) || !Names(b) || Names(a, b);
    }

    private static int PlainCount(SentenceFeatures s)
    {
        var plain = 0;
        foreach (var t in s.Distinct)
            if (Plain(s, t))
                plain++;
        return plain;
    }

    /// <summary>Whether <paramref name="s"/> names anyone (a name that is no month or weekday), or names one <paramref name="other"/> names too.</summary>
    private static bool Names(SentenceFeatures s, SentenceFeatures? other = null)
    {
        foreach (var n in s.Names)
            if (!CalendarWords.IsFullMonthOrWeekday(n) && (other is null || other.Names.Contains(n)))
                return true;
        return false;
    }

    /// <summary>
    /// The clauses of <paramref name="s"/> to compare: its clauses, or itself when it has none; and each
    /// clause a relative word opens without a comma (<see cref="ClauseStart.Within"/>), to the next
    /// clause, which is compared only as a short clause said whole (<see cref="SaidWhole"/>).
    /// </summary>
    private ImmutableArray<SentenceFeatures> ClausesOf(SentenceFeatures s)
    {
        if (s.ClauseStarts.IsDefaultOrEmpty)
            return [s];
        if (_clauses.TryGetValue(s, out var known))
            return known;
        // Loops, not LINQ: a lambda on the sentence made its closure on every call, the clauses known or not.
        var starts = new List<ClauseStart>(s.ClauseStarts.Length + 2) { new(0, false) };
        foreach (var start in s.ClauseStarts)
            if (!start.Within && start.Index < s.Content.Length)
                starts.Add(start);
        starts.Add(new ClauseStart(s.Content.Length, false));
        var clauses = ImmutableArray.CreateBuilder<SentenceFeatures>();
        for (var k = 0; k + 1 < starts.Count; k++)
        {
            var clause = Slice(s, starts[k].Index, starts[k + 1].Index, k);
            // A condition ("If the union is open to cuts, …") tells what may be, no fact.
            if (k == 0 && OpensWithCondition(s))
                continue;
            clauses.Add(clause);
            // What a relative clause describes ("a flight attendant, who…") is a noun, not a clause telling a fact.
            if (starts[k + 1].Relative)
                _described.Add(clause);
        }
        if (clauses.Count == 1 && starts.Count == 2)
            clauses[0] = s;
        foreach (var within in s.ClauseStarts)
        {
            if (!within.Within)
                continue;
            var end = s.Content.Length;
            foreach (var next in s.ClauseStarts)
                if (next.Index > within.Index)
                {
                    end = next.Index;
                    break;
                }
            var clause = Slice(s, within.Index, end, clauses.Count);
            clauses.Add(clause);
            _within.Add(clause);
        }
        return _clauses[s] = clauses.ToImmutable();
    }

    private static bool OpensWithCondition(SentenceFeatures s)
    {
        foreach (var condition in Conditions)
            if (s.Words.StartsWith(condition, StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>The part of <paramref name="s"/> whose content words are <paramref name="start"/> to <paramref name="end"/>, with what it has of the sentence's names, numbers and the rest.</summary>
    private static SentenceFeatures Slice(SentenceFeatures s, int start, int end, int index)
    {
        var content = s.Content[start..end];
        // The distinct words in order of first occurrence, and their set, in one pass.
        var set = new HashSet<string>(content.Length, StringComparer.Ordinal);
        var distinct = ImmutableArray.CreateBuilder<string>(content.Length);
        foreach (var word in content)
            if (set.Add(word))
                distinct.Add(word);
        var names = Within(s.Names, set);
        Dictionary<string, string>? units = null;
        if (s.Units is not null)
        {
            units = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (number, unit) in s.Units)
                if (set.Contains(number))
                    units.Add(number, unit);
        }
        var pairs = ImmutableArray<(string First, string Second)>.Empty;
        if (!s.NamePairs.IsDefaultOrEmpty)
        {
            var inClause = ImmutableArray.CreateBuilder<(string First, string Second)>();
            foreach (var pair in s.NamePairs)
                if (set.Contains(pair.First) && set.Contains(pair.Second))
                    inClause.Add(pair);
            pairs = inClause.ToImmutable();
        }
        return new SentenceFeatures(-1, s.Text, s.Key + "#" + index, content, distinct.ToImmutable(), set, SentenceFeaturizer.BigramsOf(content, names),
            Within(s.Numbers, set), names, Within(s.Speakers, set), Within(s.Negated, set), Within(s.Verbs, set), s.Words,
            units, pairs, s.Quoted is null ? null : Within(s.Quoted, set));
    }

    /// <summary>
    /// The words of <paramref name="of"/> that are in <paramref name="set"/>, in the order <paramref name="of"/> has
    /// them; <see cref="NoWords"/> for none, as most clauses have no number, speaker, negation or verb.
    /// </summary>
    private static HashSet<string> Within(HashSet<string> of, HashSet<string> set)
    {
        HashSet<string>? within = null;
        if (of.Count > 0)
            foreach (var word in of)
                if (set.Contains(word))
                    (within ??= new HashSet<string>(StringComparer.Ordinal)).Add(word);
        return within ?? NoWords;
    }

    /// <summary>The words of a clause that has none of a kind: one set, never changed.</summary>
    private static readonly HashSet<string> NoWords = new(StringComparer.Ordinal);
}
