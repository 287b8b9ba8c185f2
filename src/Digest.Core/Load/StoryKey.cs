namespace Digest.Core.Load;

/// <summary>
/// The story an article puts itself in before any automatic grouping: its <c>story:</c> key, else
/// the folder below <c>content/</c> that holds it. One rule, read by the grouper, the outlet-footer
/// finder and <c>digest check</c>.
/// </summary>
public static class StoryKey
{
    /// <summary>The key as written; null for an article directly in <c>content/</c> without <c>story:</c>.</summary>
    public static string? Written(Article article) =>
        article.Story ?? (article.Folder.Length > 0 ? article.Folder : null);

    /// <summary>The key as a slug: articles whose keys give one slug are one story.</summary>
    public static string? Of(Article article) => Written(article) is { } key ? Slug.From(key) : null;
}
