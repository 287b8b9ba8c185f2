using System.Collections.Immutable;
using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Digest.Core.Load;

namespace Digest.Core.Import;

/// <summary>
/// Reads a saved news page. Metadata comes from the page's own declarations, best first: Open Graph
/// and article meta tags, JSON-LD, then the visible markup (<c>h1</c>, <c>time</c>, <c>title</c>).
/// The body is the page's <c>itemprop=articleBody</c>, else its largest <c>article</c>, else its
/// densest block of text (<see cref="PageBlocks"/>), with navigation, ads, share bars, figures and
/// captions, embeds and scripts removed; SmartReader reads the page too when that keeps under half
/// its text, and the result warns when the import still does.
/// </summary>
internal static class HtmlArticleReader
{
    /// <summary>Elements that are never article text.</summary>
    private const string Junk = "script, style, noscript, template, nav, aside, footer, form, button, iframe, object, embed, "
        + "svg, canvas, figure, figcaption, picture, video, audio, dialog, "
        + "[role=navigation], [role=complementary], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]";

    /// <summary>Words in a class or id that mark page furniture rather than article text.</summary>
    private static readonly HashSet<string> JunkWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "advert", "advertisement", "advertising", "sponsor", "sponsored", "promo", "promotion",
        "share", "sharing", "social", "newsletter", "subscribe", "subscription", "related", "recommended",
        "comments", "comment", "sidebar", "cookie", "cookies", "paywall", "outbrain", "taboola", "breadcrumb",
        "breadcrumbs", "byline", "caption", "credit", "credits", "tags", "toolbar", "popup", "modal", "signup",
        "twitter-tweet", "instagram-media", "tiktok-embed", "embed",
    };

    public static ImportResult Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var ld = JsonLdArticle.Find(document);

        var siteName = Meta(document, "og:site_name");
        var url = Absolute(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"))
            ?? Absolute(Meta(document, "og:url")) ?? Absolute(ld?.Url);
        var outlet = siteName ?? ld?.Publisher ?? HostOf(url);
        var title = Meta(document, "og:title", "twitter:title") ?? ld?.Headline
            ?? Text(document.QuerySelector("article h1") ?? document.QuerySelector("h1"))
            ?? WithoutSiteSuffix(Text(document.QuerySelector("title")), outlet);
        var date = DateOf(Meta(document, "article:published_time", "datePublished", "date"))
            ?? DateOf(ld?.DatePublished)
            ?? DateOf((document.QuerySelector("article time[datetime]") ?? document.QuerySelector("time[datetime]"))?.GetAttribute("datetime"));
        var author = Meta(document, "author", "article:author") is { } a && !a.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? a : ld?.Author;

        if (string.IsNullOrWhiteSpace(title))
            return ImportResult.Fail("no headline found (no og:title, h1 or title): pass a page that has one, or import it as plain text");

        RemoveJunk(document);
        var pageText = TextLength(PageBlocks.Of(document.Body));
        var declared = document.QuerySelector("[itemprop=articleBody]");
        var container = declared
            ?? document.QuerySelectorAll("article").OrderByDescending(e => TextLength(PageBlocks.Of(e))).FirstOrDefault(e => TextLength(PageBlocks.Of(e)) > 0)
            ?? PageBlocks.Densest(document.Body);
        var paragraphs = container is null ? [] : Paragraphs(container, BodyParser.Normalise(title));
        // Where Digest's own reading keeps under half the page's text, Readability's may find the
        // story (an article element holding only a teaser, a body in blocks Digest does not
        // recognise). It wins if it is longer and either holds every paragraph Digest found or
        // Digest found one at most: a longer block elsewhere (unmarked reader comments) must not
        // replace a story Digest did find. A body the page declares is the body.
        if (declared is null && TextLength(paragraphs) * 2 < pageText && ReadabilityParagraphs(document, url, BodyParser.Normalise(title)) is { } fallback
            && TextLength(fallback) > TextLength(paragraphs) && (paragraphs.Length <= 1 || paragraphs.All(fallback.Contains)))
            paragraphs = fallback;
        if (paragraphs.IsEmpty)
            return ImportResult.Fail("no article text found: the page has no <article> and no block of paragraphs");

        var kept = TextLength(paragraphs);
        var warning = kept * 2 < pageText
            ? $"kept {kept} of the page's {pageText} characters of text: check that the article is whole, or import it as plain text"
            : null;
        return ImportResult.Ok(new ImportedArticle(BodyParser.Normalise(title), outlet is null ? null : BodyParser.Normalise(outlet),
            date, url, author is null ? null : BodyParser.Normalise(author), paragraphs), warning);
    }

    /// <summary>The article's paragraphs as SmartReader (a port of Mozilla Readability) reads the cleaned page, or null if it finds none.</summary>
    private static ImmutableArray<string>? ReadabilityParagraphs(IDocument document, string? url, string title)
    {
        var reader = new SmartReader.Reader(url ?? "https://example.invalid/", document.DocumentElement.OuterHtml);
        var article = reader.GetArticle();
        // IsReadable only says the text is long (500 characters by default): a short story is still a story.
        if (string.IsNullOrWhiteSpace(article.Content))
            return null;
        var body = new HtmlParser().ParseDocument(article.Content).Body;
        return body is null ? null : Paragraphs(body, title);
    }

    private static int TextLength(IEnumerable<string> paragraphs) => paragraphs.Sum(p => p.Length);

    private static int TextLength(IEnumerable<PageBlocks.Block> blocks) => blocks.Sum(b => b.Text.Length);

    private static string? Meta(IDocument document, params string[] keys)
    {
        foreach (var key in keys)
            foreach (var meta in document.QuerySelectorAll("meta"))
            {
                var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
                if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(meta.GetAttribute("content")))
                    return meta.GetAttribute("content")!.Trim();
            }
        return null;
    }

    private static string? Text(IElement? element) =>
        element is null || BodyParser.Normalise(element.TextContent) is not { Length: > 0 } text ? null : text;

    /// <summary>"Headline | Outlet" or "Headline - Outlet" in a title tag: the outlet is not part of the headline.</summary>
    private static string? WithoutSiteSuffix(string? title, string? outlet)
    {
        if (title is null) return null;
        foreach (var separator in new[] { " | ", " - ", " – ", " — " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && (outlet is null || title[(at + separator.Length)..].Contains(outlet, StringComparison.OrdinalIgnoreCase)))
                return title[..at];
        }
        return title;
    }

    private static string? Absolute(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    private static string? HostOf(string? url)
    {
        if (url is null) return null;
        var host = new Uri(url).Host;
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>The calendar date as the page writes it: "2021-10-01T09:30:00-04:00" is 1 October, whatever the offset.</summary>
    internal static DateOnly? DateOf(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.Trim()[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;

    private static void RemoveJunk(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(Junk).ToList())
            element.Remove();
        var total = document.Body is null ? 0 : ParagraphLength(document.Body);
        foreach (var element in document.All.Where(IsFurniture).ToList())
        {
            // A wrapper named for its layout ("page has-sidebar") may hold the story itself: keep
            // anything that holds the article or most of the page's paragraph text.
            if (element.QuerySelector("article, main, [itemprop=articleBody]") is not null || ParagraphLength(element) * 2 > total)
                continue;
            element.Remove();
        }
    }

    private static bool IsFurniture(IElement element)
    {
        if (element.LocalName is "html" or "body" or "article" or "main")
            return false;
        var words = $"{element.GetAttribute("class")} {element.Id}"
            .Split([' ', '\t', '\n', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(JunkWords.Contains) || JunkWords.Contains(element.GetAttribute("class") ?? "");
    }

    private static int ParagraphLength(IElement element) => TextLength(PageBlocks.Of(element));

    private static ImmutableArray<string> Paragraphs(IElement container, string title) =>
        [.. PageBlocks.Of(container).Select(b => b.Text).Where(t => t != title)];
}
