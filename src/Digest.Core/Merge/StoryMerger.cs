using System.Collections.Immutable;
using Digest.Core.Clean;
using Digest.Core.Group;
using Digest.Core.Load;
using Digest.Core.Merge.Facts;

namespace Digest.Core.Merge;

/// <summary>
/// Merges the articles of a story into one digest. This first version follows one backbone article
/// and appends each other article's sentences after it, dropping only exact repeats (compared after
/// folding white space, case and quote marks), so that nothing is lost and nothing is repeated verbatim.
/// </summary>
public static class StoryMerger
{
    public static StoryDigest Merge(Story story)
    {
        var articles = OrderForReading(story.Articles);
        var entries = new List<(string Text, List<SentenceOrigin> From, int Paragraph)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var paragraph = -1;

        foreach (var article in articles)
        {
            foreach (var p in article.Paragraphs)
            {
                var started = false;
                foreach (var sentence in p.Sentences)
                {
                    var key = TextKey.Of(sentence.Text);
                    if (byKey.TryGetValue(key, out var index))
                    {
                        entries[index].From.Add(new SentenceOrigin(article.Id, sentence.Text));
                        continue;
                    }
                    if (!started) { paragraph++; started = true; }
                    byKey[key] = entries.Count;
                    entries.Add((sentence.Text, [new SentenceOrigin(article.Id, sentence.Text)], paragraph));
                }
            }
        }

        var body = entries.Select(e => new BodySentence(
            e.Text,
            [.. e.From.Select(f => f.Source).Distinct().Order(StringComparer.Ordinal)],
            [.. e.From],
            e.Paragraph)).ToImmutableArray();

        var facts = FactExtractor.Extract(story, body);
        return new StoryDigest(
            Slug: story.Slug,
            Title: articles[0].Article.Title,
            Date: story.Articles.Max(a => a.Article.Date),
            Sources: [.. story.Articles.Select(a => SourceOf(a, body))],
            Body: body,
            Quotes: [],
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
