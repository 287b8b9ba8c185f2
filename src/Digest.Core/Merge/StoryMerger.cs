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
        var articles = OrderForReading(story.Articles);
        var units = articles
            .Select(a => a.Paragraphs.SelectMany((p, i) => p.Sentences.Select(s => (Source: a.Id, Paragraph: i, s.Text))).ToList())
            .ToList();
        var features = SentenceFeaturizer.Build([.. units.SelectMany(u => u.Select(x => x.Text))]);
        var comparer = new SentenceComparer(features);
        var next = 0;
        var byArticle = units
            .Select(u => (IReadOnlyList<SentenceUnit>)[.. u.Select(x => new SentenceUnit(x.Source, x.Paragraph, features[next++]))])
            .ToList();
        var body = BodyBuilder.Build(byArticle, comparer);

        var persons = new PersonIndex(units.SelectMany(u => u.Select(x => x.Text)));
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
            Tags: [.. story.Articles.SelectMany(a => a.Article.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    /// <summary>The backbone (the longest article, ties by path) first, then the others by length.</summary>
    internal static ImmutableArray<CleanArticle> OrderForReading(ImmutableArray<CleanArticle> articles) =>
        [.. articles
            .OrderByDescending(a => a.Sentences.Sum(s => s.Text.Length))
            .ThenBy(a => a.Article.Path, StringComparer.Ordinal)];

    private static DigestSource SourceOf(CleanArticle article, ImmutableArray<BodySentence> body)
    {
        var a = article.Article;
        var alone = body.Count(b => b.Sources.Length == 1 && b.Sources[0] == a.Id);
        return new DigestSource(a.Id, a.Outlet, a.Title, a.Url, a.Date, a.Path, alone);
    }
}
