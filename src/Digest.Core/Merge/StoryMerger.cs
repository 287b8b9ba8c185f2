using System.Collections.Immutable;
using Digest.Core.Clean;
using Digest.Core.Group;
using Digest.Core.Merge.Facts;

namespace Digest.Core.Merge;

/// <summary>
/// Merges the articles of a story into one digest, the page a careful editor would write from them:
/// every sentence once, in the most informative wording, cited to every outlet that reports it
/// (<see cref="BodyBuilder"/>); each quotation once with its speaker (<see cref="QuoteFinder"/>,
/// <see cref="QuoteMerger"/>); a headline from the outlets' own (<see cref="HeadlineChooser"/>).
/// </summary>
public static class StoryMerger
{
    public static StoryDigest Merge(Story story)
    {
        var units = story.Articles
            .Select(a => a.Paragraphs.SelectMany((p, i) => p.Sentences.Select(s => (Source: a.Id, Paragraph: i, s.Text))).ToList())
            .ToList();
        var features = SentenceFeaturizer.Build([.. units.SelectMany(u => u.Select(x => x.Text))]);
        var comparer = new SentenceComparer(features);
        var next = 0;
        var byPath = units
            .Select(u => (IReadOnlyList<SentenceUnit>)[.. u.Select(x => new SentenceUnit(x.Source, x.Paragraph, features[next++]))])
            .ToList();
        var order = ReadingOrder(story.Articles, byPath, comparer);
        var articles = order.Select(i => story.Articles[i]).ToImmutableArray();
        var byArticle = order.Select(i => byPath[i]).ToList();
        var body = BodyBuilder.Build(byArticle, comparer);

        var persons = new PersonIndex([.. byArticle.SelectMany(u => u.Select(x => x.Text))]);
        var quotes = QuoteMerger.Merge(articles.SelectMany((a, i) => QuoteFinder.Find(a, i, persons)));

        var facts = FactExtractor.Extract(story, body);
        return new StoryDigest(
            Slug: story.Slug,
            Title: HeadlineChooser.Choose(articles),
            Date: story.Articles.Max(a => a.Article.Date),
            Sources: [.. story.Articles.Select(a => SourceOf(a, body))],
            Body: body,
            Quotes: quotes,
            Timeline: facts.Timeline,
            People: facts.People,
            Conflicts: facts.Conflicts,
            Removed: [.. story.Articles.SelectMany(a => a.Removed).Select(r => new RemovedLine(r.Source, r.Text, r.Reason))],
            Tags: [.. story.Articles.SelectMany(a => a.Article.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)])
        { UnresolvedDates = facts.Unresolved };
    }

    /// <summary>
    /// Indexes of the articles in reading order. The backbone is the article that shares the most
    /// sentences with the others (the story's common thread, usually the wire lede), then the longest,
    /// then the first by path; the others follow in the same order.
    /// </summary>
    internal static List<int> ReadingOrder(ImmutableArray<CleanArticle> articles, List<IReadOnlyList<SentenceUnit>> units, SentenceComparer comparer)
    {
        var shared = new int[articles.Length];
        for (var i = 0; i < articles.Length; i++)
            foreach (var unit in units[i])
                if (Enumerable.Range(0, articles.Length).Any(j => j != i && units[j].Any(other => comparer.Alike(unit.Features, other.Features))))
                    shared[i]++;
        return [.. Enumerable.Range(0, articles.Length)
            .OrderByDescending(i => shared[i])
            .ThenByDescending(i => articles[i].Sentences.Sum(s => s.Text.Length))
            .ThenBy(i => articles[i].Article.Path, StringComparer.Ordinal)];
    }

    private static DigestSource SourceOf(CleanArticle article, ImmutableArray<BodySentence> body)
    {
        var a = article.Article;
        var alone = body.Count(b => b.Sources.Length == 1 && b.Sources[0] == a.Id);
        return new DigestSource(a.Id, a.Outlet, a.Title, a.Url, a.Date, a.Path, alone, a.Author, a.Extra);
    }
}
