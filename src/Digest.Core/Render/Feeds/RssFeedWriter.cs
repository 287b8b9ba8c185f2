namespace Digest.Core.Render.Feeds;

/// <summary>RSS 2.0 (https://www.rssboard.org/rss-specification), with an atom:link to itself as the RSS Advisory Board recommends.</summary>
internal static class RssFeedWriter
{
    public const string FileName = "feed.xml";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static byte[] Write(Feed feed) => FeedFormat.Bytes(xml =>
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        xml.WriteStartElement("channel");
        FeedFormat.Element(xml, "title", feed.Title);
        FeedFormat.Element(xml, "link", feed.HomeUrl);
        // description is required; an empty site description still gives a meaningful one.
        FeedFormat.Element(xml, "description", feed.Description.Length > 0 ? feed.Description : $"The latest digests from {feed.Title}");
        FeedFormat.Element(xml, "language", feed.Language);
        FeedFormat.Element(xml, "lastBuildDate", FeedFormat.Rfc822(feed.Updated));
        FeedFormat.Element(xml, "generator", "Digest");
        xml.WriteStartElement("atom", "link", AtomNamespace);
        xml.WriteAttributeString("href", feed.Absolute(FileName));
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        foreach (var entry in feed.Entries)
        {
            xml.WriteStartElement("item");
            FeedFormat.Element(xml, "title", entry.Title);
            FeedFormat.Element(xml, "link", entry.Url);
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "true");
            xml.WriteString(FeedFormat.Clean(entry.Url));
            xml.WriteEndElement();
            if (entry.Date is { } date)
                FeedFormat.Element(xml, "pubDate", FeedFormat.Rfc822(date));
            FeedFormat.Element(xml, "description", FeedFormat.Clean(entry.Html));
            foreach (var tag in entry.Tags)
                FeedFormat.Element(xml, "category", tag);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    });
}
