namespace Digest.Core.Render.Feeds;

/// <summary>Atom 1.0 (RFC 4287): feed id, title, updated and author; entry id, title, updated, link, summary, content.</summary>
internal static class AtomFeedWriter
{
    public const string FileName = "atom.xml";
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static byte[] Write(Feed feed) => FeedFormat.Bytes(xml =>
    {
        xml.WriteStartElement("feed", Ns);
        xml.WriteAttributeString("xml", "lang", null, feed.Language);
        Text(xml, "id", feed.HomeUrl);
        Text(xml, "title", feed.Title);
        if (feed.Description.Length > 0) Text(xml, "subtitle", feed.Description);
        Text(xml, "updated", FeedFormat.Rfc3339(feed.Updated));
        Link(xml, feed.HomeUrl, "alternate", "text/html");
        Link(xml, feed.Absolute(FileName), "self", "application/atom+xml");
        // The site is the author of the digests: every sentence is the outlets', the page is the site's.
        xml.WriteStartElement("author", Ns);
        Text(xml, "name", feed.Title);
        Text(xml, "uri", feed.HomeUrl);
        xml.WriteEndElement();
        xml.WriteStartElement("generator", Ns);
        xml.WriteString("Digest");
        xml.WriteEndElement();
        foreach (var entry in feed.Entries)
        {
            xml.WriteStartElement("entry", Ns);
            Text(xml, "id", entry.Url);
            Text(xml, "title", entry.Title);
            Text(xml, "updated", FeedFormat.Rfc3339(entry.Date ?? feed.Updated));
            if (entry.Date is { } date) Text(xml, "published", FeedFormat.Rfc3339(date));
            Link(xml, entry.Url, "alternate", "text/html");
            foreach (var source in entry.Sources)
                if (ViewModels.SafeUrl(source.Url) is { } url)
                    Link(xml, url, "related", "text/html", source.Outlet + ": " + source.Title);
            foreach (var tag in entry.Tags)
            {
                xml.WriteStartElement("category", Ns);
                xml.WriteAttributeString("term", FeedFormat.Clean(tag));
                xml.WriteEndElement();
            }
            Text(xml, "summary", entry.Summary);
            xml.WriteStartElement("content", Ns);
            xml.WriteAttributeString("type", "html");
            xml.WriteString(FeedFormat.Clean(entry.Html));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    private static void Text(System.Xml.XmlWriter xml, string name, string value) =>
        xml.WriteElementString(name, Ns, FeedFormat.Clean(value));

    private static void Link(System.Xml.XmlWriter xml, string href, string rel, string type, string? title = null)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", FeedFormat.Clean(href));
        if (title is not null) xml.WriteAttributeString("title", FeedFormat.Clean(title));
        xml.WriteEndElement();
    }
}
