using Digest.Core.Clean;

namespace Digest.Core.Group;

/// <summary>Two articles likely to tell the same story, with how alike they are (0 to 1).</summary>
internal readonly record struct ArticlePair(int A, int B, double Score);

/// <summary>
/// Finds which articles tell the same story without comparing every pair. Each article is a TF-IDF
/// vector of content words and one of names; its few highest-weighted rare terms are its signature,
/// and only articles sharing signature terms (found through an inverted index) are scored. Scoring
/// mixes word and name cosine similarity and lowers the score as publication dates drift apart, so
/// that two events about the same people months apart stay two stories.
/// </summary>
internal sealed class SimilarityIndex
{
    /// <summary>Pairs at or above this score are the same story.</summary>
    public const double Threshold = 0.20;

    /// <summary>Signature size: the top terms by weight that index an article.</summary>
    private const int SignatureWords = 12;
    private const int SignatureNames = 6;

    /// <summary>
    /// A term in more signatures than this says little about which story it is (a celebrity's name in
    /// every story about her); skipping it keeps the cost per article bounded, hence near-linear overall.
    /// </summary>
    private const int MaxPosting = 64;

    /// <summary>Candidates must share this many signature terms, so that one common name is not enough.</summary>
    private const int MinShared = 2;

    private const double WordWeight = 0.6;

    /// <summary>Days apart that cost nothing (a story is reported over a few days), then the score decays.</summary>
    private const int DateGraceDays = 3;
    private const double DateDecayDays = 10;

    private readonly DateOnly?[] dates;
    private readonly SparseVector[] words;
    private readonly SparseVector[] names;
    private readonly int[][] signatures;
    private readonly List<int>[] postings;

    public int Count => dates.Length;

    public SimilarityIndex(IReadOnlyList<CleanArticle> articles)
    {
        var terms = new ArticleTerms[articles.Count];
        Parallel.For(0, articles.Count, i => terms[i] = ArticleTerms.Of(articles[i]));

        // Term ids in order of first appearance, articles in the given order: no hash order reaches ids.
        var wordIds = new Vocabulary();
        var nameIds = new Vocabulary();
        foreach (var t in terms)
        {
            wordIds.Count(t.Words);
            nameIds.Count(t.Names);
        }

        dates = [.. articles.Select(a => a.Article.Date)];
        words = new SparseVector[articles.Count];
        names = new SparseVector[articles.Count];
        signatures = new int[articles.Count][];
        Parallel.For(0, articles.Count, i =>
        {
            words[i] = SparseVector.TfIdf(terms[i].Words, terms[i].WordCounts, wordIds, articles.Count);
            names[i] = SparseVector.TfIdf(terms[i].Names, terms[i].NameCounts, nameIds, articles.Count);
            // Name ids follow word ids in the signature space.
            signatures[i] = [.. words[i].Top(SignatureWords, wordIds),
                             .. names[i].Top(SignatureNames, nameIds).Select(id => id + wordIds.Size)];
        });

        postings = new List<int>[wordIds.Size + nameIds.Size];
        for (var i = 0; i < articles.Count; i++)
            foreach (var term in signatures[i])
                (postings[term] ??= []).Add(i);
    }

    /// <summary>
    /// Every candidate pair scoring at least <see cref="Threshold"/>, best first (ties by index), so
    /// that the caller can link them in a deterministic order.
    /// </summary>
    public List<ArticlePair> Pairs()
    {
        var found = new List<ArticlePair>[Count];
        Parallel.For(0, Count, () => new Dictionary<int, int>(), (i, _, shared) =>
        {
            shared.Clear();
            foreach (var term in signatures[i])
            {
                var posting = postings[term];
                if (posting.Count > MaxPosting) continue;
                // Postings are in index order: only earlier articles, so each pair is seen once.
                foreach (var j in posting)
                {
                    if (j >= i) break;
                    shared[j] = shared.GetValueOrDefault(j) + 1;
                }
            }
            var pairs = new List<ArticlePair>();
            foreach (var (j, count) in shared)
            {
                if (count < MinShared) continue;
                var score = Score(j, i);
                if (score >= Threshold) pairs.Add(new ArticlePair(j, i, score));
            }
            found[i] = pairs;
            return shared;
        }, _ => { });

        var all = found.SelectMany(p => p).ToList();
        all.Sort((x, y) => y.Score.CompareTo(x.Score) is var c && c != 0 ? c
            : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        return all;
    }

    /// <summary>How alike two articles are: word and name similarity, lowered for dates far apart.</summary>
    public double Score(int a, int b)
    {
        var wordSimilarity = words[a].Dot(words[b]);
        var content = names[a].IsEmpty || names[b].IsEmpty
            ? wordSimilarity
            : WordWeight * wordSimilarity + (1 - WordWeight) * names[a].Dot(names[b]);
        return content * DateFactor(dates[a], dates[b]);
    }

    /// <summary>1 within a few days; then decays, to near 0 after a month. An undated article costs nothing.</summary>
    internal static double DateFactor(DateOnly? a, DateOnly? b)
    {
        if (a is not { } x || b is not { } y) return 1;
        var days = Math.Abs(x.DayNumber - y.DayNumber);
        return days <= DateGraceDays ? 1 : Math.Exp(-(days - DateGraceDays) / DateDecayDays);
    }

    /// <summary>Term ids and document frequencies.</summary>
    internal sealed class Vocabulary
    {
        private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
        private readonly List<int> frequencies = [];

        public int Size => frequencies.Count;

        public void Count(IEnumerable<string> distinctTerms)
        {
            foreach (var term in distinctTerms)
            {
                if (!ids.TryGetValue(term, out var id))
                {
                    ids[term] = id = frequencies.Count;
                    frequencies.Add(0);
                }
                frequencies[id]++;
            }
        }

        public int Id(string term) => ids[term];
        public int Frequency(int id) => frequencies[id];
    }

    /// <summary>An L2-normalised sparse vector, ids ascending.</summary>
    internal sealed class SparseVector(int[] ids, double[] weights)
    {
        private readonly int[] ids = ids;
        private readonly double[] weights = weights;

        public bool IsEmpty => ids.Length == 0;

        /// <summary>Sublinear term frequency times smoothed IDF (never zero, so two-article sites still work).</summary>
        public static SparseVector TfIdf(string[] terms, int[] counts, Vocabulary vocabulary, int documents)
        {
            var ids = new int[terms.Length];
            var weights = new double[terms.Length];
            var norm = 0.0;
            for (var k = 0; k < terms.Length; k++)
            {
                ids[k] = vocabulary.Id(terms[k]);
                var idf = Math.Log((1.0 + documents) / (1.0 + vocabulary.Frequency(ids[k]))) + 1;
                weights[k] = (1 + Math.Log(counts[k])) * idf;
                norm += weights[k] * weights[k];
            }
            Array.Sort(ids, weights);
            norm = Math.Sqrt(norm);
            if (norm > 0)
                for (var k = 0; k < weights.Length; k++) weights[k] /= norm;
            return new SparseVector(ids, weights);
        }

        public double Dot(SparseVector other)
        {
            double sum = 0;
            int i = 0, j = 0;
            while (i < ids.Length && j < other.ids.Length)
            {
                if (ids[i] == other.ids[j]) sum += weights[i++] * other.weights[j++];
                else if (ids[i] < other.ids[j]) i++;
                else j++;
            }
            return sum;
        }

        /// <summary>The heaviest terms found in at least two articles (a term in one article links nothing).</summary>
        public IEnumerable<int> Top(int count, Vocabulary vocabulary) =>
            Enumerable.Range(0, ids.Length)
                .Where(k => vocabulary.Frequency(ids[k]) > 1)
                .OrderByDescending(k => weights[k]).ThenBy(k => ids[k])
                .Take(count)
                .Select(k => ids[k]);
    }
}
