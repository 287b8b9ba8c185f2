namespace Digest.Core.Render.Feeds;

/// <summary>sitemap.xml (https://www.sitemaps.org/protocol.html) and the robots.txt that points to it.</summary>
internal static class SitemapWriter
{
    public const string FileName = "sitemap.xml";
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="pages">Absolute URL and, for stories, the date of each page; written in the given order.</param>
    public static byte[] Write(IEnumerable<(string Url, DateOnly? LastModified)> pages) => FeedFormat.Bytes(xml =>
    {
        xml.WriteStartElement("urlset", Ns);
        foreach (var (url, modified) in pages)
        {
            xml.WriteStartElement("url", Ns);
            xml.WriteElementString("loc", Ns, FeedFormat.Clean(url));
            if (modified is { } date)
                xml.WriteElementString("lastmod", Ns, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    public static byte[] Robots(string sitemapUrl) =>
        System.Text.Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {sitemapUrl}\n");
}
