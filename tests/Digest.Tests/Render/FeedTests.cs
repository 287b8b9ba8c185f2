using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Digest.Core.Load;
using Digest.Core.Render;
using Digest.Tests.Support;

namespace Digest.Tests.Render;

/// <summary>RSS 2.0, Atom 1.0, JSON Feed 1.1, sitemap.xml and robots.txt: well-formed and carrying what their specifications require.</summary>
public class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string NastyTitle = "Tribute <b>& farewell</b> ]]> \"end\"";

    private static RenderedSite NastySite(string baseUrl)
    {
        var nasty = RenderedSite.Digest("nasty", NastyTitle, new DateOnly(2024, 3, 9), ["A&B News", "Post"],
            tags: ["<tag>"], body: "Text with ]]> and <script>alert(1)</script> and a bell \u0007 character");
        var plain = RenderedSite.Digest("plain", "Plain story", new DateOnly(2024, 2, 1), ["Post"]);
        var undated = RenderedSite.Digest("undated", "Undated story", null, ["Post"]);
        return RenderedSite.Render(SiteConfig.Default with { BaseUrl = baseUrl, Title = "Memorial & News" }, nasty, plain, undated);
    }

    [Theory]
    [InlineData("https://news.example/memorials")]
    [InlineData("")]
    public void Rss_is_well_formed_with_the_required_channel_and_item_elements(string baseUrl)
    {
        var rss = XDocument.Parse(NastySite(baseUrl).Text("feed.xml"));

        Assert.Equal("2.0", rss.Root!.Attribute("version")!.Value);
        var channel = rss.Root.Element("channel")!;
        Assert.Equal("Memorial & News", channel.Element("title")!.Value);
        var home = channel.Element("link")!.Value;
        Assert.Equal((baseUrl.Length > 0 ? baseUrl : SiteRenderer.PlaceholderBaseUrl) + "/", home);
        Assert.False(string.IsNullOrWhiteSpace(channel.Element("description")!.Value));
        var items = channel.Elements("item").ToList();
        Assert.Equal(["Tribute <b>& farewell</b> ]]> \"end\"", "Plain story", "Undated story"], items.Select(i => i.Element("title")!.Value));
        foreach (var item in items)
        {
            Assert.True(Uri.IsWellFormedUriString(item.Element("guid")!.Value, UriKind.Absolute));
            Assert.StartsWith(home, item.Element("link")!.Value);
        }
        var pubDate = items[0].Element("pubDate")!.Value;
        Assert.Equal(new DateTime(2024, 3, 9), DateTime.ParseExact(pubDate, "ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture));
        Assert.Null(items[2].Element("pubDate")); // no date: none invented
        Assert.Contains("&lt;script&gt;", items[0].Element("description")!.Value); // body HTML-escaped inside the XML text
        Assert.DoesNotContain("\u0007", items[0].Element("description")!.Value);
    }

    [Fact]
    public void Atom_has_feed_id_updated_author_and_entries_in_rfc_3339()
    {
        var atom = XDocument.Parse(NastySite("https://news.example").Text("atom.xml"));
        var feed = atom.Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://news.example/", feed.Element(Atom + "id")!.Value);
        Assert.Equal("2024-03-09T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value));
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && (string?)l.Attribute("href") == "https://news.example/atom.xml");
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        foreach (var entry in entries)
        {
            Assert.StartsWith("https://news.example/", entry.Element(Atom + "id")!.Value);
            Assert.False(string.IsNullOrEmpty(entry.Element(Atom + "title")!.Value));
            Assert.True(DateTimeOffset.TryParseExact(entry.Element(Atom + "updated")!.Value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _));
        }
        Assert.Equal(NastyTitle, entries[0].Element(Atom + "title")!.Value);
        Assert.Equal(2, entries[0].Elements(Atom + "link").Count(l => (string?)l.Attribute("rel") == "related")); // the source articles
    }

    [Fact]
    public void Json_feed_has_version_title_and_items_with_id_and_content_text()
    {
        using var json = JsonDocument.Parse(NastySite("").Text("feed.json"));
        var root = json.RootElement;

        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("Memorial & News", root.GetProperty("title").GetString());
        Assert.Equal($"{SiteRenderer.PlaceholderBaseUrl}/feed.json", root.GetProperty("feed_url").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("id").GetString())));
        Assert.Contains("<script>alert(1)</script>", items[0].GetProperty("content_text").GetString());
        Assert.DoesNotContain("<script>", items[0].GetProperty("content_html").GetString());
        Assert.Equal("2024-03-09T00:00:00Z", items[0].GetProperty("date_published").GetString());
        Assert.False(items[2].TryGetProperty("date_published", out _));
    }

    [Fact]
    public void Feeds_hold_the_newest_feed_size_stories()
    {
        var digests = Enumerable.Range(1, 5).Select(i => RenderedSite.Digest($"s{i}", $"Story {i}", new DateOnly(2024, 1, i), ["Post"])).ToArray();
        var site = RenderedSite.Render(SiteConfig.Default with { FeedSize = 2 }, digests);

        var titles = XDocument.Parse(site.Text("feed.xml")).Descendants("item").Select(i => i.Element("title")!.Value);
        Assert.Equal(["Story 5", "Story 4"], titles);
    }

    [Fact]
    public void Sitemap_lists_every_page_but_404_with_absolute_urls_and_robots_points_to_it()
    {
        var site = NastySite("https://news.example/memorials");
        var sitemap = XDocument.Parse(site.Text("sitemap.xml"));

        var locs = sitemap.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        var pages = site.Pages.Where(p => p != "404.html").Select(p => "https://news.example/memorials/" + p[..^"index.html".Length]).Order(StringComparer.Ordinal);
        Assert.Equal(pages, locs.Order(StringComparer.Ordinal));
        Assert.Equal(locs.Count, locs.Distinct().Count());
        var story = sitemap.Root.Elements(Sitemap + "url").Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith("/stories/nasty/", StringComparison.Ordinal));
        Assert.Equal("2024-03-09", story.Element(Sitemap + "lastmod")!.Value);
        Assert.Contains("Sitemap: https://news.example/memorials/sitemap.xml", site.Text("robots.txt"));
    }

    [Fact]
    public void A_site_without_stories_still_gives_valid_feeds_and_pages()
    {
        var site = RenderedSite.Render(SiteConfig.Default);

        Assert.Empty(XDocument.Parse(site.Text("feed.xml")).Descendants("item"));
        Assert.Equal("1970-01-01T00:00:00Z", XDocument.Parse(site.Text("atom.xml")).Root!.Element(Atom + "updated")!.Value);
        using var json = JsonDocument.Parse(site.Text("feed.json"));
        Assert.Equal(0, json.RootElement.GetProperty("items").GetArrayLength());
        Assert.Contains("No stories yet", site.Text("index.html"));
        Assert.Equal("[]\n", site.Text("search-index.json"));
    }

    [Fact]
    public void Feeds_and_sitemap_of_the_whole_corpus_parse()
    {
        if (!TestCorpora.SharedCorpusPresent) Assert.Skip(TestCorpora.MissingCorpusMessage);
        var digests = TestCorpora.Names().Select(n => TestCorpora.Get(n).Digest).ToArray();
        var site = RenderedSite.Render(SiteConfig.Default with { FeedSize = 1000 }, digests);

        Assert.Equal(digests.Length, XDocument.Parse(site.Text("feed.xml")).Descendants("item").Count());
        Assert.Equal(digests.Length, XDocument.Parse(site.Text("atom.xml")).Descendants(Atom + "entry").Count());
        using var json = JsonDocument.Parse(site.Text("feed.json"));
        Assert.Equal(digests.Length, json.RootElement.GetProperty("items").GetArrayLength());
        Assert.True(XDocument.Parse(site.Text("sitemap.xml")).Root!.Elements().Count() > digests.Length);
    }

    [Fact]
    public void Seed_feeds_parse()
    {
        var site = RenderedSite.Seed();
        Assert.Single(XDocument.Parse(site.Text("feed.xml")).Descendants("item"));
        Assert.Single(XDocument.Parse(site.Text("atom.xml")).Descendants(Atom + "entry"));
        using var json = JsonDocument.Parse(site.Text("feed.json"));
        Assert.Equal(1, json.RootElement.GetProperty("items").GetArrayLength());
        XDocument.Parse(site.Text("sitemap.xml"));
    }
}
