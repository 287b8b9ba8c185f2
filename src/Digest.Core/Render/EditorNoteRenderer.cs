using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Digest.Core.Render;

/// <summary>
/// Renders an editor's note (Markdown from an override file) to HTML that is safe to put on a page:
/// raw HTML is escaped, links keep only http(s), mailto and relative targets, and images become
/// links, since a page loads nothing from other hosts.
/// </summary>
internal static class EditorNoteRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafe(link.Url))
                link.ReplaceBy(new LiteralInline(PlainText(link)), copyChildren: false);
            else
                link.IsImage = false;
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
            if (!IsSafe(autolink.Url))
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
        return document.ToHtml(Pipeline).Trim();
    }

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.StartsWith("//", StringComparison.Ordinal)) return false;
        // No scheme: a link within this site. (Checked first: on Unix "/a" parses as a file: URI.)
        if (!url.Contains(':', StringComparison.Ordinal)) return true;
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
    }

    private static string PlainText(ContainerInline inline) =>
        string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
