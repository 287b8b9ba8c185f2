using System.Collections.Immutable;
using Digest.Core.Clean;

namespace Digest.Core.Group;

/// <summary>
/// Groups articles into stories: an explicit <c>story:</c> key wins, then the folder below
/// <c>content/</c>; an article with neither is a story of its own.
/// </summary>
public static class StoryGrouper
{
    public static ImmutableArray<Story> Group(ImmutableArray<CleanArticle> articles) =>
        [.. articles
            .GroupBy(KeyOf, StringComparer.Ordinal)
            .Select(g => new Story(g.Key, WithUniqueIds(g.OrderBy(a => a.Article.Path, StringComparer.Ordinal))))
            .OrderBy(s => s.Slug, StringComparer.Ordinal)];

    private static string KeyOf(CleanArticle article) =>
        article.Article.Story is { } story ? Slug.From(story)
        : article.Article.Folder.Length > 0 ? Slug.From(article.Article.Folder)
        : Slug.From(article.Article.Title);

    /// <summary>Source ids come from file names; two "ap.md" in one story become "ap" and "ap-2".</summary>
    private static ImmutableArray<CleanArticle> WithUniqueIds(IEnumerable<CleanArticle> articles)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<CleanArticle>();
        foreach (var article in articles)
        {
            var id = article.Id;
            for (var n = 2; !seen.Add(id); n++)
                id = $"{article.Id}-{n}";
            result.Add(id == article.Id ? article : article with
            {
                Article = article.Article with { Id = id },
                Removed = [.. article.Removed.Select(r => r with { Source = id })],
            });
        }
        return result.ToImmutable();
    }
}
