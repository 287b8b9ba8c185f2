using System.Collections.Immutable;
using Digest.Core.Merge;

namespace Digest.Core.Render.Feeds;

/// <summary>One story as feeds and the sitemap see it: absolute URL, date, plain text.</summary>
/// <param name="Paragraphs">The digest body, one string per paragraph.</param>
internal sealed record FeedEntry(string Title, string Url, DateOnly? Date, string Summary,
    ImmutableArray<string> Paragraphs, ImmutableArray<string> Tags, ImmutableArray<DigestSource> Sources)
{
    public static FeedEntry From(StoryDigest digest, string url) => new(
        digest.Title, url, digest.Date,
        digest.Lede,
        [.. digest.Paragraphs.Select(g => string.Join(" ", g.Select(b => b.Text)))],
        digest.Tags, digest.Sources);

    /// <summary>The body as HTML paragraphs, every character of article text escaped.</summary>
    public string Html => string.Concat(Paragraphs.Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>"));

    public string Text => string.Join("\n\n", Paragraphs);
}

/// <summary>The feed as a whole: the site's own fields and the newest entries.</summary>
/// <param name="Updated">The newest entry's date: feeds carry no clock time, so equal input gives equal files.</param>
internal sealed record Feed(string Title, string Description, string Language, string HomeUrl, string BaseUrl,
    DateOnly Updated, ImmutableArray<FeedEntry> Entries)
{
    public string Absolute(string path) => $"{BaseUrl}/{path}";
}
