using System.Collections.Immutable;
using Digest.Core;
using Digest.Core.Load;

namespace Digest.Cli.Check;

/// <summary>Duplicates a build resolves silently (by renaming or merging) but the publisher should know of.</summary>
internal static class DuplicateChecks
{
    /// <summary>The story key as written, by the grouper's rule; automatically grouped articles have none and are not compared.</summary>
    private static string Key(Article a) => StoryKey.Written(a)!;

    private static IEnumerable<IGrouping<string, Article>> ByStory(ImmutableArray<Article> articles) =>
        articles.Where(a => StoryKey.Of(a) is not null).GroupBy(a => StoryKey.Of(a)!, StringComparer.Ordinal);

    public static IEnumerable<Diagnostic> SourceIds(ImmutableArray<Article> articles) =>
        from story in ByStory(articles)
        from same in story.GroupBy(a => a.Id, StringComparer.Ordinal)
        let files = same.OrderBy(a => a.Path, StringComparer.Ordinal).ToList()
        from later in files.Skip(1)
        select Diagnostic.Warning(later.Path, 1, 1,
            $"source id '{later.Id}' is also {files[0].Path}'s in story '{story.Key}': this one is shown as '{later.Id}-2' or later; rename one of the files");

    public static IEnumerable<Diagnostic> StorySlugs(ImmutableArray<Article> articles) =>
        from slug in ByStory(articles)
        let keys = slug.Select(Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
        where keys.Count > 1
        from article in slug.Where(a => Key(a) != keys[0]).OrderBy(a => a.Path, StringComparer.Ordinal)
        select Diagnostic.Warning(article.Path, 1, 1,
            $"story '{Key(article)}' has the same slug '{slug.Key}' as story '{keys[0]}', so both are one page; use one spelling, or distinct names if they are different stories");

    public static IEnumerable<Diagnostic> Urls(ImmutableArray<Article> articles) =>
        from url in articles.Where(a => a.Url is not null).GroupBy(a => a.Url!.TrimEnd('/'), StringComparer.OrdinalIgnoreCase)
        let files = url.OrderBy(a => a.Path, StringComparer.Ordinal).ToList()
        from later in files.Skip(1)
        select Diagnostic.Warning(later.Path, 1, 1,
            $"same url as {files[0].Path}: the article may be imported twice; delete one copy");
}
