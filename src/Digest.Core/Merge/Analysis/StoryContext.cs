using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Digest.Core.Merge.Facts;

namespace Digest.Core.Merge.Analysis;

/// <summary>
/// What needs the whole story, computed once from its articles' sentence analyses: the articles in
/// reading order, each sentence's comparable features with the story's word weights
/// (<see cref="SentenceComparer"/>), and who is who, including whom "he" and "she" can mean
/// (<see cref="PersonIndex"/>, read in reading order). Body building, quotations and facts all read it.
/// </summary>
internal sealed class StoryContext
{
    /// <summary>The articles in reading order, the backbone first.</summary>
    public ImmutableArray<ArticleAnalysis> Articles { get; }

    /// <summary>Each article's sentences with their features, in reading order.</summary>
    public IReadOnlyList<IReadOnlyList<SentenceUnit>> Units { get; }

    public SentenceComparer Comparer { get; }

    /// <summary>The story's one people model, for <c>people[]</c> and facts.</summary>
    public StoryPeople People { get; }

    /// <summary>The same people, as quotations resolve their speakers against them.</summary>
    public PersonIndex Persons { get; }

    private StoryContext(ImmutableArray<ArticleAnalysis> articles, IReadOnlyList<IReadOnlyList<SentenceUnit>> units,
        SentenceComparer comparer, StoryPeople people, PersonIndex persons) =>
        (Articles, Units, Comparer, People, Persons) = (articles, units, comparer, people, persons);

    /// <param name="articles">The story's articles in story order (by path).</param>
    public static StoryContext Of(ImmutableArray<ArticleAnalysis> articles)
    {
        var features = SentenceFeaturizer.Build([.. articles.SelectMany(a => a.Sentences)]);
        var comparer = new SentenceComparer(features);
        var next = 0;
        var units = articles
            .Select(a => (IReadOnlyList<SentenceUnit>)[.. a.Sentences.Select(s => new SentenceUnit(a.Id, s.Paragraph, features[next++]))])
            .ToList();
        var order = ReadingOrder(articles, units, comparer);
        var byArticle = order.Select(i => units[i]).ToList();
        ImmutableArray<ArticleAnalysis> ordered = [.. order.Select(i => articles[i])];
        var people = StoryPeople.Of(ordered);
        var persons = new PersonIndex([.. ordered.SelectMany(a => a.Sentences)], people.Found.Select(p => p.Person));
        return new StoryContext(ordered, byArticle, comparer, people, persons);
    }

    /// <summary>
    /// Indexes of the articles in reading order. The backbone is the article that shares the most
    /// sentences with the others (the story's common thread, usually the wire lede), then the longest,
    /// then the first by path; the others follow in the same order.
    /// </summary>
    private static List<int> ReadingOrder(ImmutableArray<ArticleAnalysis> articles, List<IReadOnlyList<SentenceUnit>> units, SentenceComparer comparer)
    {
        // One article is its own backbone: no need to index a long one's sentences to find it.
        if (articles.Length == 1)
            return [0];
        // Only sentences with the same words, or where one has a word of the other's CoverPrefix (without
        // which neither covers the other), can be alike. Words are indexed by the story's word numbers.
        var byWord = WordLists.Of(units, comparer.WordCount, comparer.NumbersOf);
        var byPrefix = WordLists.Of(units, comparer.WordCount, comparer.CoverPrefixNumbers);
        var byKey = new Dictionary<string, List<(int Article, SentenceFeatures Features)>>(StringComparer.Ordinal);
        var sentences = 0;
        for (var j = 0; j < articles.Length; j++)
            foreach (var unit in units[j])
            {
                sentences++;
                if (!byKey.TryGetValue(unit.Features.Key, out var same))
                    byKey[unit.Features.Key] = same = [];
                same.Add((j, unit.Features));
            }
        var shared = new int[articles.Length];
        // A sentence listed under several of the unit's words is compared with it once: the last unit
        // it was compared with, by sentence id (one past the unit's own, so that none is 0).
        var askedBy = new int[sentences];
        // Plain loops, not LINQ: this runs for every word of every sentence of the story.
        bool AlikeIn(ReadOnlySpan<(int Article, SentenceFeatures Features)> list, int i, SentenceFeatures unit)
        {
            foreach (var other in list)
                if (other.Article != i && askedBy[other.Features.Id] != unit.Id + 1)
                {
                    askedBy[other.Features.Id] = unit.Id + 1;
                    if (comparer.Alike(unit, other.Features))
                        return true;
                }
            return false;
        }
        bool Alike(int i, SentenceFeatures f)
        {
            foreach (var word in comparer.CoverPrefixNumbers(f))
                if (word >= 0 && AlikeIn(byWord[word], i, f)) return true;
            if (AlikeIn(CollectionsMarshal.AsSpan(byKey[f.Key]), i, f)) return true;
            foreach (var word in comparer.NumbersOf(f))
                if (word >= 0 && AlikeIn(byPrefix[word], i, f)) return true;
            return false;
        }
        for (var i = 0; i < articles.Length; i++)
            foreach (var unit in units[i])
            {
                if (Alike(i, unit.Features))
                    shared[i]++;
            }
        return [.. Enumerable.Range(0, articles.Length)
            .OrderByDescending(i => shared[i])
            .ThenByDescending(i => articles[i].Sentences.Sum(s => s.Text.Length))
            .ThenBy(i => articles[i].Article.Article.Path, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The story's sentences listed under word numbers, each list in the order of the sentences, all in one
    /// array: counted first, then filled, rather than a list per word grown as the sentences are read.
    /// </summary>
    private sealed class WordLists((int Article, SentenceFeatures Features)[] items, int[] starts)
    {
        /// <summary>The sentences listed under <paramref name="word"/>, a number from 0 to one less than the story's word count.</summary>
        public ReadOnlySpan<(int Article, SentenceFeatures Features)> this[int word] => items.AsSpan(starts[word], starts[word + 1] - starts[word]);

        /// <param name="wordsOf">The numbers a sentence is listed under, each once (-1 for none).</param>
        public static WordLists Of(List<IReadOnlyList<SentenceUnit>> units, int wordCount, Func<SentenceFeatures, int[]> wordsOf)
        {
            var starts = new int[wordCount + 1];
            foreach (var article in units)
                foreach (var unit in article)
                    foreach (var word in wordsOf(unit.Features))
                        if (word >= 0)
                            starts[word + 1]++;
            for (var w = 0; w < wordCount; w++)
                starts[w + 1] += starts[w];
            var items = new (int, SentenceFeatures)[starts[wordCount]];
            var next = starts[..wordCount];
            for (var j = 0; j < units.Count; j++)
                foreach (var unit in units[j])
                    foreach (var word in wordsOf(unit.Features))
                        if (word >= 0)
                            items[next[word]++] = (j, unit.Features);
            return new WordLists(items, starts);
        }
    }
}
