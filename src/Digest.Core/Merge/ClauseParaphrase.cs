using System.Collections.Immutable;

namespace Digest.Core.Merge;

/// <summary>
/// One outlet tells in a clause what another tells in a sentence, or in a clause of its own
/// ("By the time he reached the hospital, he was in respiratory arrest." / "Lee was in respiratory
/// arrest, and a scan found bleeding…"): compared whole, the longer sentence's other clauses
/// dilute what the two share. Each sentence's clauses (<see cref="ClauseBreaks"/>) are compared
/// with the other sentence and its clauses.
/// </summary>
internal sealed class ClauseParaphrase(SentenceComparer comparer, ParaphraseMatcher matcher)
{
    private readonly Dictionary<SentenceFeatures, ImmutableArray<SentenceFeatures>> _clauses = new(ReferenceEqualityComparer.Instance);

    /// <summary>Clauses that a relative clause follows: the noun it describes, told in no clause of its own.</summary>
    private readonly HashSet<SentenceFeatures> _described = new(ReferenceEqualityComparer.Instance);

    /// <summary>Two clauses must share this weighted share of their content (Dice)…</summary>
    public const double SharedThreshold = 0.4;

    /// <summary>…and the shorter this share of its own words (neither names, numbers nor verbs of speech) in the other.</summary>
    public const double WordingThreshold = 0.5;

    /// <summary>A clause this short (in content words) said whole within another clause needs nothing else in common.</summary>
    public const int ShortClause = 3;

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
        if (ca.IsEmpty && cb.IsEmpty)
            return null;
        double? best = null;
        foreach (var pa in ca.IsEmpty ? [a] : ca)
            foreach (var pb in cb.IsEmpty ? [b] : cb)
            {
                if (!SharesPhrase(pa, pb) || ParaphraseMatcher.Disagree(pa, pb))
                    continue;
                var dice = matcher.Dice(pa, pb);
                var close = pa.Distinct.Count(t => matcher.InOther(pa, t, pb)) >= 3 && dice >= SharedThreshold && Wording(pa, pb) >= WordingThreshold;
                if (!close && !SaidWhole(pa, pb, a, b))
                    continue;
                if (dice > (best ?? 0))
                    best = dice;
            }
        return best;
    }

    /// <summary>A word of the clause's own: neither a name, a number nor a verb of speech.</summary>
    private static bool Plain(SentenceFeatures s, string t) =>
        !s.Names.Contains(t) && !s.Numbers.Contains(t) && !SpeechVerbs.Stems.Contains(t);

    /// <summary>Two words side by side in both, one at least a <see cref="Plain"/> word and neither a verb of speech ("recommend abortion", "Republicans want").</summary>
    private static bool SharesPhrase(SentenceFeatures a, SentenceFeatures b)
    {
        foreach (var bigram in a.Bigrams)
        {
            if (!b.Bigrams.Contains(bigram))
                continue;
            var space = bigram.IndexOf(' ');
            var (x, y) = (bigram[..space], bigram[(space + 1)..]);
            if (!SpeechVerbs.Stems.Contains(x) && !SpeechVerbs.Stems.Contains(y) && (Plain(a, x) || Plain(a, y)))
                return true;
        }
        return false;
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
    /// in the other ("he was in respiratory arrest" / "Lee was in respiratory arrest"); where both
    /// sentences name anyone, they name someone in common.
    /// </summary>
    private bool SaidWhole(SentenceFeatures pa, SentenceFeatures pb, SentenceFeatures a, SentenceFeatures b)
    {
        var (small, large) = comparer.Information(pa) <= comparer.Information(pb) ? (pa, pb) : (pb, pa);
        if (_described.Contains(small) || small.Distinct.Length is < 2 or > ShortClause || small.Distinct.Count(t => Plain(small, t)) < 2
            || !small.Distinct.All(t => matcher.InOther(small, t, large)))
            return false;
        static IEnumerable<string> Named(SentenceFeatures s) => s.Names.Where(n => !CalendarWords.IsFullMonthOrWeekday(n));
        return !Named(a).Any() || !Named(b).Any() || Named(a).Any(b.Names.Contains);
    }

    private ImmutableArray<SentenceFeatures> ClausesOf(SentenceFeatures s)
    {
        if (s.ClauseStarts.IsDefaultOrEmpty)
            return [];
        if (_clauses.TryGetValue(s, out var known))
            return known;
        var clauses = ImmutableArray.CreateBuilder<SentenceFeatures>();
        var starts = s.ClauseStarts.Where(c => c.Index < s.Content.Length).Prepend(new ClauseStart(0, false))
            .Append(new ClauseStart(s.Content.Length, false)).ToList();
        for (var k = 0; k + 1 < starts.Count; k++)
        {
            var clause = Slice(s, starts[k].Index, starts[k + 1].Index, k);
            clauses.Add(clause);
            // What a relative clause describes ("a flight attendant, who…") is a noun, not a clause telling a fact.
            if (starts[k + 1].Relative)
                _described.Add(clause);
        }
        return _clauses[s] = clauses.Count > 1 ? clauses.ToImmutable() : [];
    }

    /// <summary>The part of <paramref name="s"/> whose content words are <paramref name="start"/> to <paramref name="end"/>, with what it has of the sentence's names, numbers and the rest.</summary>
    private static SentenceFeatures Slice(SentenceFeatures s, int start, int end, int index)
    {
        var content = s.Content[start..end];
        var distinct = content.Distinct(StringComparer.Ordinal).ToImmutableArray();
        var set = distinct.ToHashSet(StringComparer.Ordinal);
        HashSet<string> Within(IReadOnlySet<string> of) => of.Where(set.Contains).ToHashSet(StringComparer.Ordinal);
        var names = Within(s.Names);
        var bigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < content.Length; i++)
            if (content[i - 1] != content[i] && !(names.Contains(content[i - 1]) && names.Contains(content[i])))
                bigrams.Add(content[i - 1] + " " + content[i]);
        return new SentenceFeatures(-1, s.Text, s.Key + "#" + index, content, distinct, set, bigrams, Within(s.Numbers), names,
            Within(s.Speakers), Within(s.Negated), Within(s.Verbs), s.Words,
            s.Units?.Where(u => set.Contains(u.Key)).ToDictionary(u => u.Key, u => u.Value, StringComparer.Ordinal),
            s.NamePairs.IsDefault ? [] : [.. s.NamePairs.Where(p => set.Contains(p.First) && set.Contains(p.Second))],
            s.Quoted is null ? null : Within(s.Quoted));
    }
}
