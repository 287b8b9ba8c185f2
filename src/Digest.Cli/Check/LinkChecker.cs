using System.Collections.Immutable;
using Digest.Core;
using Digest.Core.Load;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Digest.Cli.Check;

/// <summary>
/// Internal links in article bodies: a relative link must reach a file of the site folder (another
/// content file, say), or a page reached from the article's story page; a root link (<c>/stories/x/</c>)
/// a page of the built site. Links with a scheme (https:, mailto:) and same-page anchors are not checked.
/// </summary>
internal static class LinkChecker
{
    /// <param name="storyPage">The folder of the article's story page in the output (for example <c>stories/x/</c>), if it has one.</param>
    public static IEnumerable<Diagnostic> Check(string siteFolder, Article article, string? storyPage, ImmutableHashSet<string> outputPaths)
    {
        string text;
        try { text = File.ReadAllText(Path.Combine(siteFolder, article.Path)).Replace("\r\n", "\n"); }
        catch (IOException) { yield break; }
        var (frontMatter, body, _) = FrontMatterParser.Split(text, article.Path);
        if (frontMatter is null)
            yield break;

        var document = Markdown.Parse(body, new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build());
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is not { Length: > 0 } url || Resolves(siteFolder, article, storyPage, url, outputPaths))
                continue;
            yield return Diagnostic.Error(article.Path, frontMatter.BodyStartLine + link.Line, link.Column + 1,
                $"broken link '{url}': no file or page there; fix the path or link to the full https:// address");
        }
    }

    private static bool Resolves(string siteFolder, Article article, string? storyPage, string url, ImmutableHashSet<string> outputPaths)
    {
        if (url.StartsWith('#') || url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url))
            return true;
        var path = Uri.UnescapeDataString(url.Split('#', '?')[0]);
        if (path.Length == 0)
            return true;

        if (path.StartsWith('/'))
            return IsPage(path.TrimStart('/'), outputPaths);

        var folder = Path.GetDirectoryName(Path.Combine(siteFolder, article.Path))!;
        var target = Path.GetFullPath(Path.Combine(folder, path));
        if (target.StartsWith(Path.GetFullPath(siteFolder), StringComparison.Ordinal) && (File.Exists(target) || Directory.Exists(target)))
            return true;
        // Relative to the story page, as readers of the built site follow it.
        if (storyPage is null)
            return false;
        var fromPage = Path.GetFullPath(Path.Combine("/" + storyPage.TrimEnd('/') + "/", path));
        return IsPage(fromPage.TrimStart('/'), outputPaths);
    }

    private static bool IsPage(string path, ImmutableHashSet<string> outputPaths) =>
        outputPaths.Contains(path) || outputPaths.Contains(path.TrimEnd('/') + "/index.html") || (path.Length == 0 && outputPaths.Contains("index.html"));

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 0 && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }
}
