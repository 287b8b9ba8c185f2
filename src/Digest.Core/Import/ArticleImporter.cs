namespace Digest.Core.Import;

/// <summary>
/// Turns a raw article file into a content file's path and text. HTML pages (by extension, or a
/// file that starts like one) go to <see cref="HtmlArticleReader"/>, anything else to
/// <see cref="TextArticleReader"/>. Options override what the file says.
/// </summary>
public static class ArticleImporter
{
    public sealed record Planned(string RelativePath, string Text, ImportedArticle Article, string Outlet, string Story);

    public static ImportResult Read(string text, string fileName) =>
        IsHtml(text, fileName) ? HtmlArticleReader.Read(text) : TextArticleReader.Read(text);

    /// <summary>Where the article goes and what is written there, or an error saying which option is missing.</summary>
    public static (Planned? Planned, string? Error) Plan(ImportedArticle article, string? story, string? outlet)
    {
        var chosenOutlet = outlet ?? article.Outlet;
        if (string.IsNullOrWhiteSpace(chosenOutlet))
            return (null, "the file does not say which outlet published it: pass --outlet NAME");
        var storySlug = Slug.From(story ?? article.Title);
        var path = $"content/{storySlug}/{Slug.From(chosenOutlet)}.md";
        return (new Planned(path, ContentFileWriter.Format(article, chosenOutlet, storySlug), article, chosenOutlet, storySlug), null);
    }

    private static bool IsHtml(string text, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is ".html" or ".htm" or ".xhtml")
            return true;
        var start = text.TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
