using System.Collections.Immutable;
using Digest.Core.Clean;
using Digest.Core.Group;
using Digest.Core.Merge.Analysis;
using Digest.Core.Merge.Facts;

namespace Digest.Core.Merge;

/// <summary>
/// Merges the articles of a story into one digest, the page a careful editor would write from them:
/// every sentence once, in the most informative wording, cited to every outlet that reports it
/// (<see cref="BodyBuilder"/>); each quotation once with its speaker (<see cref="QuoteFinder"/>,
/// <see cref="QuoteMerger"/>); a headline from the outlets' own (<see cref="HeadlineChooser"/>).
/// </summary>
internal static class StoryMerger
{
    public static StoryDigest Merge(Story story)
    {
        var analysed = story.Articles.Select(ArticleAnalysis.Of).ToImmutableArray();
        var context = StoryContext.Of(analysed);
        var articles = context.Articles.Select(a => a.Article).ToImmutableArray();
        var body = BodyBuilder.Build(context.Units, context.Comparer);
        var told = QuoteMerger.Group(context.Articles.SelectMany((a, i) => QuoteFinder.Find(a, i, context.Persons)));
        var quotes = told.Select(QuoteMerger.ToQuote).ToImmutableArray();

        var facts = FactExtractor.Extract(context.Articles, context.People, body);
        return new StoryDigest(
            Slug: story.Slug,
            Title: HeadlineChooser.Choose(articles),
            Date: story.Articles.Max(a => a.Article.Date),
            Sources: [.. story.Articles.Select(a => SourceOf(a, body, quotes, facts.Timeline))],
            Body: body,
            Quotes: quotes,
            Timeline: facts.Timeline,
            People: facts.People,
            Conflicts: ConflictLinks.Link(facts.Conflicts.AddRange(ConflictFinder.Speakers(told)), body, facts.Timeline),
            Removed: [.. story.Articles.SelectMany(a => a.Removed).Select(r => new RemovedLine(r.Source, r.Text, r.Reason))],
            Tags: [.. story.Articles.SelectMany(a => a.Article.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)])
        { UnresolvedDates = facts.Unresolved };
    }

    /// <summary>The article as a source of the digest, with what it alone tells: sentences, quotations and dated events.</summary>
    private static DigestSource SourceOf(CleanArticle article, ImmutableArray<BodySentence> body, ImmutableArray<DigestQuote> quotes, ImmutableArray<TimelineEvent> timeline)
    {
        var a = article.Article;
        bool Alone(ImmutableArray<string> sources) => sources.Length == 1 && sources[0] == a.Id;
        // Facts only this outlet reports: no other outlet tells them, even in part.
        return new DigestSource(a.Id, a.Outlet, a.Title, a.Url, a.Date, a.Path, body.Count(b => Alone(b.Sources) && b.Partial.IsEmpty), a.Author, a.Extra)
        {
            QuotesAlone = quotes.Count(q => Alone(q.Sources)),
            DatesAlone = timeline.Count(t => Alone(t.Sources)),
        };
    }
}
