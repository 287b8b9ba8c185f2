using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Digest.Core.Merge;

/// <summary>
/// Decides whether what one sentence says is covered by another, within one story. Words weigh by
/// how rare they are in the story (IDF over its sentences), so "table adorned with flowers" counts
/// for more than "Teigen". Coverage is asymmetric on purpose: a short sentence can be covered by a
/// longer one that says more, which is how the most informative version wins.
/// </summary>
internal sealed class SentenceComparer
{
    /// <summary>Weighted share of a sentence that must be found in another to count as covered.</summary>
    public const double CoverThreshold = 0.8;

    /// <summary>A lower share suffices when the two also share a run of distinctive words.</summary>
    public const double PhraseCoverThreshold = 0.55;

    /// <summary>Within one article, only a near-verbatim repeat is a repeat.</summary>
    public const double SameArticleThreshold = 0.9;

    private const double SpeechVerbWeight = 0.3;

    /// <summary>Each word of the story as a number, so that a sentence's words are compared as numbers.</summary>
    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);

    /// <summary>Each word's weight, by its number.</summary>
    private readonly double[] _weights;

    /// <summary>
    /// What is read of each of the story's sentences again and again (its words as numbers, their
    /// weights, its cover prefix), by sentence id, worked out once: every pair the reading order and
    /// the body builder compare reads them, and a cache of pairs grows with the square of the story.
    /// </summary>
    private readonly Profile?[] _profiles;

    public SentenceComparer(IEnumerable<SentenceFeatures> story)
    {
        var sentences = story.ToList();
        // Words are numbered in the order the story first has them; each sentence's are looked up once.
        var frequency = new List<int>();
        var ids = new int[sentences.Count][];
        for (var k = 0; k < sentences.Count; k++)
        {
            var distinct = sentences[k].Distinct;
            var words = ids[k] = new int[distinct.Length];
            for (var i = 0; i < words.Length; i++)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_wordIds, distinct[i], out var known);
                if (!known)
                {
                    id = frequency.Count;
                    frequency.Add(0);
                }
                frequency[id]++;
                words[i] = id;
            }
        }
        _weights = new double[frequency.Count];
        foreach (var (token, id) in _wordIds)
            _weights[id] = Math.Log(1.0 + (double)sentences.Count / frequency[id]) * (SpeechVerbs.Stems.Contains(token) ? SpeechVerbWeight : 1.0);
        _profiles = new Profile?[sentences.Count == 0 ? 0 : Math.Max(0, sentences.Max(s => s.Id) + 1)];
        for (var k = 0; k < sentences.Count; k++)
            if (sentences[k] is { Id: >= 0 } s && _profiles[s.Id] is null)
                _profiles[s.Id] = new Profile(s, ids[k], WeightsOf(ids[k]));
    }

    /// <summary>The weights of the words numbered <paramref name="words"/>, in order (a loop: a lambda reading the weights was a delegate per sentence).</summary>
    private double[] WeightsOf(int[] words)
    {
        var weights = new double[words.Length];
        for (var i = 0; i < words.Length; i++)
            weights[i] = _weights[words[i]];
        return weights;
    }

    /// <summary>A sentence's words as numbers, with their weights in the same order and the sum of them.</summary>
    private sealed class Profile
    {
        public Profile(SentenceFeatures sentence, int[] words, double[] weights)
        {
            (Sentence, Words, Weights) = (sentence, words, weights);
            foreach (var w in weights)
                Total += w;
            foreach (var word in words)
                Mask |= 1UL << (word & 63);
            KeyHash = sentence.Key.GetHashCode(StringComparison.Ordinal);
        }

        public SentenceFeatures Sentence { get; }
        public int[] Words { get; }
        public double[] Weights { get; }
        /// <summary>The sum of <see cref="Weights"/>, added in order: the sentence's <see cref="Information"/>.</summary>
        public double Total { get; }
        /// <summary>One bit per word number modulo 64: a word whose bit is clear is not among <see cref="Words"/>.</summary>
        public ulong Mask { get; }
        public string[]? CoverPrefix { get; set; }
        public int[]? CoverPrefixNumbers { get; set; }
        /// <summary>A hash of the sentence's text key: sentences whose hashes differ have different keys.</summary>
        public int KeyHash { get; }

        public bool Has(int word) => (Mask & (1UL << (word & 63))) != 0 && Words.AsSpan().Contains(word);
    }

    /// <summary>The sentence's profile, or null for a sentence not of this story (then the words themselves are compared).</summary>
    private Profile? ProfileOf(SentenceFeatures s) =>
        (uint)s.Id < (uint)_profiles.Length && _profiles[s.Id] is { } p && ReferenceEquals(p.Sentence, s) ? p : null;

    /// <summary>How many different words the story has: their numbers run from 0 to one less.</summary>
    public int WordCount => _weights.Length;

    /// <summary>The number of a word of the story, or -1 for a word it does not have.</summary>
    public int NumberOf(string word) => _wordIds.TryGetValue(word, out var id) ? id : -1;

    /// <summary>The numbers of <paramref name="s"/>'s distinct words, in their order (-1 for a word not of the story).</summary>
    public int[] NumbersOf(SentenceFeatures s) => ProfileOf(s)?.Words ?? [.. s.Distinct.Select(NumberOf)];

    /// <summary>The numbers of the words of <see cref="CoverPrefix"/>.</summary>
    public int[] CoverPrefixNumbers(SentenceFeatures s)
    {
        if (ProfileOf(s) is not { } p)
            return [.. CoverPrefix(s).Select(NumberOf)];
        // The profile has the numbers of the sentence's distinct words, in their order: no word is looked up.
        return p.CoverPrefixNumbers ??= Pick(p.Words.AsSpan(), CoverPrefixAt(s, p.Weights));
    }

    /// <summary>The items of <paramref name="all"/> at <paramref name="at"/>, in that order (a loop: no closure on the way to a cached answer).</summary>
    private static T[] Pick<T>(ReadOnlySpan<T> all, int[] at)
    {
        var picked = new T[at.Length];
        for (var i = 0; i < at.Length; i++)
            picked[i] = all[at[i]];
        return picked;
    }

    /// <summary>The weights of <paramref name="s"/>'s distinct words, in their order: for a story sentence, the array the comparer holds (read it, never write it).</summary>
    public double[] DistinctWeights(SentenceFeatures s)
    {
        if (ProfileOf(s) is { } p)
            return p.Weights;
        var weights = new double[s.Distinct.Length];
        for (var i = 0; i < weights.Length; i++)
            weights[i] = Weight(s.Distinct[i]);
        return weights;
    }

    public double Weight(string token) => _wordIds.TryGetValue(token, out var id) ? _weights[id] : 1.0;

    /// <summary>The total weight of a sentence's content: how much it says.</summary>
    public double Information(SentenceFeatures s)
    {
        if (ProfileOf(s) is { } p)
            return p.Total;
        var sum = 0.0;
        foreach (var t in s.Distinct) sum += Weight(t);
        return sum;
    }

    /// <summary>Weighted share of <paramref name="a"/>'s content words that <paramref name="b"/> also has.</summary>
    public double Coverage(SentenceFeatures a, SentenceFeatures b)
    {
        if (ProfileOf(a) is { } pa && ProfileOf(b) is { } pb)
        {
            // The same sums in the same order as below, so the same value to the last bit.
            double shared = 0;
            for (var i = 0; i < pa.Words.Length; i++)
                if (pb.Has(pa.Words[i])) shared += pa.Weights[i];
            return pa.Total == 0 ? 0 : shared / pa.Total;
        }
        return CoverageOf(a, b);
    }

    /// <summary>
    /// What <see cref="EitherMayCover(SentenceFeatures, SentenceFeatures, CoverSketch)"/> reads of a
    /// sentence to rule a pair out at a glance: a bit per word number (modulo 64), its total weight and
    /// a hash of its text key. Kept beside a body entry, so a candidate is ruled out without reading its sentence.
    /// </summary>
    public readonly record struct CoverSketch(ulong Mask, double Total, int KeyHash);

    /// <summary>The sketch of <paramref name="s"/>; for a sentence not of this story, one that rules nothing out.</summary>
    public CoverSketch SketchOf(SentenceFeatures s) =>
        ProfileOf(s) is { } p ? new(p.Mask, p.Total, p.KeyHash) : new(ulong.MaxValue, double.PositiveInfinity, 0);

    /// <summary>
    /// <see cref="EitherMayCover(SentenceFeatures, SentenceFeatures)"/>, first ruling the pair out from
    /// <paramref name="b"/>'s sketch where it can: the weight of <paramref name="a"/>'s words whose bits
    /// <paramref name="b"/> has is at least their shared weight, so if it falls short of the threshold
    /// of either sentence (with a margin far above rounding), neither can cover the other.
    /// </summary>
    public bool EitherMayCover(SentenceFeatures a, SentenceFeatures b, CoverSketch sketchOfB)
    {
        if (ProfileOf(a) is { } pa && !double.IsInfinity(sketchOfB.Total))
        {
            double most = 0;
            for (var i = 0; i < pa.Words.Length; i++)
                if ((sketchOfB.Mask & (1UL << (pa.Words[i] & 63))) != 0) most += pa.Weights[i];
            if (most < (PhraseCoverThreshold - 1e-9) * Math.Min(pa.Total, sketchOfB.Total)
                && (sketchOfB.KeyHash != pa.KeyHash || a.Key != b.Key))
                return false;
        }
        return EitherMayCover(a, b);
    }

    /// <summary>
    /// False when neither sentence can cover the other: their words differ and neither has
    /// <see cref="PhraseCoverThreshold"/> of its weight in the other (<see cref="Coverage"/> both ways).
    /// The shared weight is added up once; the second way is worked out in full only near its threshold.
    /// </summary>
    public bool EitherMayCover(SentenceFeatures a, SentenceFeatures b)
    {
        if (a.Key == b.Key)
            return true;
        if (ProfileOf(a) is not { } pa || ProfileOf(b) is not { } pb)
            return CoverageOf(a, b) >= PhraseCoverThreshold || CoverageOf(b, a) >= PhraseCoverThreshold;
        double shared = 0;
        for (var i = 0; i < pa.Words.Length; i++)
            if (pb.Has(pa.Words[i])) shared += pa.Weights[i];
        // Exactly Coverage(a, b): the same sums in the same order.
        if (pa.Total != 0 && shared / pa.Total >= PhraseCoverThreshold)
            return true;
        // Coverage(b, a) adds the same weights in b's order, which differs from this sum only by rounding.
        if (pb.Total == 0 || shared < pb.Total * (PhraseCoverThreshold - 1e-9))
            return false;
        return Coverage(b, a) >= PhraseCoverThreshold;
    }

    /// <summary>
    /// The heaviest words of <paramref name="s"/>, as few as will do, that another sentence must share
    /// for <see cref="Coverage"/> of <paramref name="s"/> by it to reach
    /// <see cref="PhraseCoverThreshold"/>: the words left out weigh less than that share.
    /// </summary>
    public IReadOnlyList<string> CoverPrefix(SentenceFeatures s)
    {
        if (ProfileOf(s) is not { } p)
            return Pick(s.Distinct.AsSpan(), CoverPrefixAt(s, null));
        return p.CoverPrefix ??= Pick(s.Distinct.AsSpan(), CoverPrefixAt(s, p.Weights));
    }

    /// <summary>Where the words of <see cref="CoverPrefix"/> stand among <paramref name="s"/>'s distinct words, heaviest first.</summary>
    /// <param name="weights">The weights of <paramref name="s"/>'s distinct words in order, where known.</param>
    private int[] CoverPrefixAt(SentenceFeatures s, double[]? weights)
    {
        // Heaviest first, ties in the sentence's order; each weight looked up once. The total is added in
        // this order, as the bound below depends on it to the last bit.
        var words = new (double Weight, int At)[s.Distinct.Length];
        for (var i = 0; i < words.Length; i++)
            words[i] = (weights?[i] ?? Weight(s.Distinct[i]), i);
        Array.Sort(words, static (x, y) => y.Weight.CompareTo(x.Weight) is var c and not 0 ? c : x.At.CompareTo(y.At));
        var total = 0.0;
        foreach (var (weight, _) in words)
            total += weight;
        // A hair under the threshold, so that rounding never leaves out a sentence the full check would take.
        var bound = total * (PhraseCoverThreshold - 1e-9);
        var rest = total;
        var length = 0;
        foreach (var (weight, _) in words)
        {
            if (rest < bound)
                break;
            length++;
            rest -= weight;
        }
        var prefix = new int[length];
        for (var i = 0; i < length; i++)
            prefix[i] = words[i].At;
        return prefix;
    }

    private double CoverageOf(SentenceFeatures a, SentenceFeatures b)
    {
        double shared = 0, total = 0;
        foreach (var t in a.Distinct)
        {
            var w = Weight(t);
            total += w;
            if (b.Set.Contains(t)) shared += w;
        }
        return total == 0 ? 0 : shared / total;
    }

    /// <summary>
    /// The longest run of consecutive content words of <paramref name="a"/> that <paramref name="b"/> lacks:
    /// three or more ("crying in a hospital bed") is a detail of its own, not a rewording.
    /// </summary>
    public static int LongestUncoveredRun(SentenceFeatures a, SentenceFeatures b)
    {
        int longest = 0, run = 0;
        foreach (var t in a.Content)
        {
            run = b.Set.Contains(t) || SpeechVerbs.Stems.Contains(t) ? 0 : run + 1;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    /// <summary>Shared pairs of adjacent content words ("table adorned", "adorned with flowers").</summary>
    public static int SharedBigrams(SentenceFeatures a, SentenceFeatures b)
    {
        // Both lists are in one order, each pair once: one walk through the two finds the pairs in common.
        var (x, y) = (a.Bigrams, b.Bigrams);
        int shared = 0, i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            var order = SentenceFeaturizer.BigramOrder.Instance.Compare(x[i], y[j]);
            if (order <= 0) i++;
            if (order >= 0) j++;
            if (order == 0) shared++;
        }
        return shared;
    }

    /// <summary>
    /// The weaker path to coverage: most of the content, told with the same distinctive phrases, and
    /// what is left over is neither a detail of its own (a run of three uncovered words) nor an event.
    /// </summary>
    private static bool SharesScene(SentenceFeatures kept, SentenceFeatures dropped, double coverage) =>
        coverage >= PhraseCoverThreshold
        && SharedBigrams(dropped, kept) >= 2
        && LongestUncoveredRun(dropped, kept) <= 2
        && HasAll(kept, dropped.Verbs);

    /// <summary>Whether <paramref name="s"/> has each of <paramref name="words"/>: a loop, as a lambda's closure on the sentence was made for every pair asked.</summary>
    private static bool HasAll(SentenceFeatures s, HashSet<string> words)
    {
        foreach (var word in words)
            if (!s.Set.Contains(word))
                return false;
        return true;
    }

    /// <summary>
    /// True when everything <paramref name="dropped"/> says is also said by <paramref name="kept"/>, so
    /// that showing only <paramref name="kept"/> loses nothing: the same words verbatim, or enough of the
    /// same content, with no number, name, negation or event verb of its own.
    /// </summary>
    public bool Covers(SentenceFeatures kept, SentenceFeatures dropped, bool sameArticle)
    {
        if (kept.Key == dropped.Key)
            return true;
        if (dropped.IsEmpty)
            return false;
        var coverage = Coverage(dropped, kept);
        if (dropped.Distinct.Length <= 3)
        {
            // Too few words for a share to mean anything: its words must occur in that order, one
            // after the other ("planted a red flag" in "…, planted a red flag and …").
            if (coverage < 1.0 || !(dropped.Content.Length <= 1
                    ? kept.Words.Contains(dropped.Words, StringComparison.Ordinal)
                    : ContainsRun(kept.Content, dropped.Content)))
                return false;
        }
        else if (sameArticle)
        {
            if (coverage < SameArticleThreshold) return false;
        }
        else if (coverage < CoverThreshold && !SharesScene(kept, dropped, coverage))
            return false;
        return !DiffersInFact(kept, dropped);
    }

    private static bool ContainsRun(ImmutableArray<string> haystack, ImmutableArray<string> run)
    {
        for (var i = 0; i + run.Length <= haystack.Length; i++)
        {
            var j = 0;
            while (j < run.Length && haystack[i + j] == run[j]) j++;
            if (j == run.Length) return true;
        }
        return false;
    }

    /// <summary>True when either sentence covers the other (outlets apart): they tell the same thing.</summary>
    public bool Alike(SentenceFeatures a, SentenceFeatures b)
    {
        if (a.Key == b.Key)
            return true;
        if (!EitherMayCover(a, b))
            return false;
        return Covers(a, b, false) || Covers(b, a, false);
    }

    /// <summary>
    /// Guards against merging near-misses: a number or a name the dropped sentence has and the kept one
    /// lacks, a woman told of in one and a man in the other ("A woman was hurt" / "A man was hurt"), a word negated in one and not the other, or one event verb swapped for another
    /// ("killed" / "injured") in otherwise alike sentences.
    /// </summary>
    public static bool DiffersInFact(SentenceFeatures kept, SentenceFeatures dropped)
    {
        if (!dropped.Numbers.IsSubsetOf(kept.Numbers) || GenderEvidence.Opposite(kept.Sex, dropped.Sex))
            return true;
        // A bare quotation (no speaker of its own) may stand for the same words with their attribution.
        foreach (var name in dropped.Names)
            if (!kept.Names.Contains(name) && (kept.Speakers.Count > 0 || !dropped.Speakers.Contains(name)))
                return true;
        foreach (var t in dropped.Distinct)
            if (dropped.Negated.Contains(t) ? !kept.Negated.Contains(t) : kept.Negated.Contains(t))
                return true;
        var (droppedOnly, droppedVerb) = Leftover(dropped, kept);
        if (droppedOnly is < 1 or > 2 || !droppedVerb)
            return false;
        var (keptOnly, keptVerb) = Leftover(kept, dropped);
        return keptOnly is >= 1 and <= 3 && keptVerb;
    }

    /// <summary>How many content words of <paramref name="a"/> (speech verbs aside) <paramref name="b"/> lacks, and whether one is a verb.</summary>
    private static (int Count, bool HasVerb) Leftover(SentenceFeatures a, SentenceFeatures b)
    {
        var (count, verb) = (0, false);
        foreach (var t in a.Distinct)
            if (!b.Set.Contains(t) && !SpeechVerbs.Stems.Contains(t))
            {
                count++;
                verb |= a.Verbs.Contains(t);
            }
        return (count, verb);
    }
}
