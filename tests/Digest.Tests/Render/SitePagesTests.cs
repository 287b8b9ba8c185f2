using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Digest.Core.Load;
using Digest.Core.Merge;
using Digest.Core.Merge.Facts;
using Digest.Core.Render;
using Digest.Tests.Support;

namespace Digest.Tests.Render;

/// <summary>Which pages the site has, where they go, and what machines read from their head.</summary>
public class SitePagesTests
{
    private static readonly HtmlParser Parser = new();

    private static readonly Person Legend = new("John Legend", ["Legend"], null, ["post"], []);
    private static readonly Person Zoe = new("Zoë Ångström", [], 41, ["wire"], []);

    private static RenderedSite PeopleSite(SiteConfig? config = null) => RenderedSite.Render(config ?? SiteConfig.Default,
        RenderedSite.Digest("concert", "A concert in his memory", new DateOnly(2024, 5, 2), ["Post", "Wire"], [Legend, Zoe], ["music", "Memorial"]),
        RenderedSite.Digest("service", "The service", new DateOnly(2024, 4, 20), ["Post"], [Legend with { Aliases = ["J. Legend"], Sources = ["post"] }], ["memorial"]),
        RenderedSite.Digest("letter", "A letter", null, ["Wire"]));

    [Fact]
    public void Rendering_twice_gives_byte_identical_files()
    {
        var first = PeopleSite(SiteConfig.Default with { BaseUrl = "https://x.example" });
        var second = PeopleSite(SiteConfig.Default with { BaseUrl = "https://x.example" });

        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        Assert.All(first.Files, f => Assert.Equal(f.Content, second.ByPath[f.Path]));
    }

    [Fact]
    public void Home_page_is_paginated_by_page_size_and_every_story_appears_once()
    {
        var digests = Enumerable.Range(1, 5).Select(i => RenderedSite.Digest($"s{i}", $"Story {i}", new DateOnly(2024, 1, i), ["Post"])).ToArray();
        var site = RenderedSite.Render(SiteConfig.Default with { PageSize = 2 }, digests);

        string[] pages = ["index.html", "page/2/index.html", "page/3/index.html"];
        var titles = pages.Select(p => Parser.ParseDocument(site.Text(p)).QuerySelectorAll(".story-card h2 a").Select(a => a.TextContent).ToList()).ToList();
        Assert.Equal([["Story 5", "Story 4"], ["Story 3", "Story 2"], ["Story 1"]], titles);
        Assert.False(site.ByPath.ContainsKey("page/4/index.html"));
        Assert.False(site.ByPath.ContainsKey("page/1/index.html"));
        var second = Parser.ParseDocument(site.Text("page/2/index.html"));
        Assert.Equal("../../", second.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("../../page/3/", second.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("2", second.QuerySelector(".pagination [aria-current=page]")!.TextContent);
    }

    [Fact]
    public void Pager_links_the_first_and_last_page_and_two_either_side_of_the_current_one()
    {
        var digests = Enumerable.Range(1, 9).Select(i => RenderedSite.Digest($"s{i}", $"Story {i}", new DateOnly(2024, 1, i), ["Post"])).ToArray();
        var site = RenderedSite.Render(SiteConfig.Default with { PageSize = 1 }, digests);

        // Each item of the pager: a page number, or "…" where numbers are skipped.
        List<string> Pager(string path) => [.. Parser.ParseDocument(site.Text(path)).QuerySelectorAll(".pagination li")
            .Where(li => li.QuerySelector("[rel]") is null).Select(li => li.TextContent.Trim())];
        Assert.Equal(["1", "…", "3", "4", "5", "6", "7", "…", "9"], Pager("page/5/index.html"));
        Assert.Equal(["1", "2", "3", "…", "9"], Pager("index.html"));
        Assert.Equal(["1", "2", "3", "4", "5", "…", "9"], Pager("page/3/index.html"));
        Assert.Equal(["1", "…", "7", "8", "9"], Pager("page/9/index.html"));
        var fifth = Parser.ParseDocument(site.Text("page/5/index.html"));
        Assert.Equal("../../page/9/", fifth.QuerySelector(".pagination a[aria-label='Page 9']")!.GetAttribute("href"));
        Assert.Equal("../../", fifth.QuerySelector(".pagination a[aria-label='Page 1']")!.GetAttribute("href"));
    }

    [Fact]
    public void One_page_per_outlet_person_tag_and_month_lists_its_stories()
    {
        var site = PeopleSite();

        Assert.Equal(["A concert in his memory", "The service"], StoryTitles(site, "people/john-legend/index.html"));
        Assert.Equal(["A concert in his memory"], StoryTitles(site, "people/zoe-angstrom/index.html"));
        Assert.Equal(["A concert in his memory", "A letter"], StoryTitles(site, "outlets/wire/index.html"));
        Assert.Equal(["A concert in his memory", "The service"], StoryTitles(site, "tags/memorial/index.html")); // "Memorial" and "memorial" are one tag
        Assert.Equal(["A concert in his memory"], StoryTitles(site, "archive/2024/05/index.html"));
        Assert.Equal(["A letter"], StoryTitles(site, "archive/undated/index.html"));
        var person = Parser.ParseDocument(site.Text("people/john-legend/index.html"));
        Assert.Equal("John Legend", person.QuerySelector("h1")!.TextContent);
        Assert.Contains("J. Legend", person.QuerySelector(".person-facts")!.TextContent);
        Assert.Contains("Age given: 41", Parser.ParseDocument(site.Text("people/zoe-angstrom/index.html")).QuerySelector(".person-facts")!.TextContent);
        var archive = Parser.ParseDocument(site.Text("archive/index.html"));
        Assert.Equal(["May 2024", "April 2024", "Undated"], archive.QuerySelectorAll("#months-heading + ul a").Select(a => a.TextContent));
        Assert.Equal(["John Legend", "Zoë Ångström"], archive.QuerySelectorAll("#people-list-heading + ul a").Select(a => a.TextContent));
    }

    private static List<string> StoryTitles(RenderedSite site, string path) =>
        [.. Parser.ParseDocument(site.Text(path)).QuerySelectorAll(".story-card h2 a").Select(a => a.TextContent)];

    [Theory]
    [InlineData("Zoë Ångström", "zoe-angstrom")]
    [InlineData("Renée O’Connor", "renee-oconnor")]
    [InlineData("李小龍", "lixiaolong")]
    public void Slugs_are_ascii_and_stable(string name, string slug)
    {
        Assert.Equal(slug, Core.Slug.From(name));
        Assert.Equal(Core.Slug.From(name), Core.Slug.From(name.Normalize(System.Text.NormalizationForm.FormD)));
    }

    [Fact]
    public void Permalinks_from_site_yml_place_story_and_archive_pages()
    {
        using var site = new Paths.TempFolder();
        site.Write("site.yml", "permalinks:\n  story: \":year/:month/:slug\"\n  archive: \"by-month/:year-:month/\"\n  tag: topics/:slug/\n");
        site.Write("content/farewell/a.md", RenderedSite.Article("Farewell", "Post", "2023-11-05", "Text.", "tags: [grief]\n"));

        var rendered = RenderedSite.Build(site);

        Assert.Contains("2023/11/farewell/index.html", rendered.ByPath.Keys);
        Assert.Contains("2023/11/farewell/digest.json", rendered.ByPath.Keys);
        Assert.Contains("by-month/2023-11/index.html", rendered.ByPath.Keys);
        Assert.Contains("topics/grief/index.html", rendered.ByPath.Keys);
        Assert.Contains("href=\"2023/11/farewell/\"", rendered.Text("index.html"));
        Assert.Contains("href=\"../../../\"", rendered.Text("2023/11/farewell/index.html")); // back to the root, three folders up
    }

    [Theory]
    [InlineData("permalinks:\n  story: \"/abs/:slug/\"\n", 2, "must be a relative folder")]
    [InlineData("permalinks:\n  story: \"../:slug/\"\n", 2, "must be a relative folder")]
    [InlineData("permalinks:\n  story: \"stories/:year/\"\n", 2, "must contain :slug")]
    [InlineData("permalinks:\n  tag: \"t/:slug/:year/\"\n", 2, "cannot use :year")]
    [InlineData("permalinks:\n  stories: \"s/:slug/\"\n", 2, "unknown permalink kind 'stories'")]
    [InlineData("page_size: none\n", 1, "'page_size' must be a whole number above 0")]
    [InlineData("page_size: 0\n", 1, "'page_size' must be a whole number above 0")]
    public void Bad_site_settings_are_reported_where_they_are_and_defaults_kept(string yaml, int line, string message)
    {
        var (config, diagnostics) = SiteConfigLoader.Parse(yaml, "site.yml");

        var error = Assert.Single(diagnostics);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
        Assert.Equal(Permalinks.Default, config.Permalinks);
        Assert.Equal(10, config.PageSize);
    }

    [Fact]
    public void Site_settings_for_pages_are_read()
    {
        var (config, diagnostics) = SiteConfigLoader.Parse("page_size: 3\nfeed_size: 7\npermalinks: { story: \"s/:slug/\" }\n", "site.yml");
        Assert.Empty(diagnostics);
        Assert.Equal((3, 7, "s/:slug/"), (config.PageSize, config.FeedSize, config.Permalinks.Story));
    }

    [Fact]
    public void Story_page_head_has_canonical_social_tags_and_news_article_json_ld()
    {
        var site = PeopleSite(SiteConfig.Default with { BaseUrl = "https://news.example/sub" });
        var page = Parser.ParseDocument(site.Text("stories/concert/index.html"));

        string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");
        Assert.Equal("https://news.example/sub/stories/concert/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://news.example/sub/stories/concert/", Meta("meta[property='og:url']"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal("A concert in his memory", Meta("meta[property='og:title']"));
        Assert.Equal("summary", Meta("meta[name='twitter:card']"));
        Assert.Equal("2024-05-02", Meta("meta[property='article:published_time']"));

        using var ld = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("NewsArticle", ld.RootElement.GetProperty("@type").GetString());
        Assert.Equal("A concert in his memory", ld.RootElement.GetProperty("headline").GetString());
        var basedOn = ld.RootElement.GetProperty("isBasedOn").EnumerateArray().ToList();
        Assert.Equal(["Post", "Wire"], basedOn.Select(b => b.GetProperty("publisher").GetProperty("name").GetString()));
        Assert.Equal("https://post.example/concert", basedOn[0].GetProperty("url").GetString());
    }

    [Fact]
    public void Json_ld_cannot_be_closed_by_article_text()
    {
        var site = RenderedSite.Render(SiteConfig.Default,
            RenderedSite.Digest("x", "</script><script>alert(1)</script>", new DateOnly(2024, 1, 1), ["Post"]));
        var html = site.Text("stories/x/index.html");

        Assert.Single(Regex.Matches(html, "<script type=\"application/ld\\+json\">"));
        Assert.DoesNotContain("<script>alert", html);
        var ld = Parser.ParseDocument(html).QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = JsonDocument.Parse(ld);
        Assert.Equal("</script><script>alert(1)</script>", json.RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void Without_base_url_pages_have_no_canonical_or_og_url()
    {
        var page = Parser.ParseDocument(PeopleSite().Text("stories/concert/index.html"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Null(page.QuerySelector("meta[property='og:url']"));
        Assert.NotNull(page.QuerySelector("script[type='application/ld+json']"));
    }

    [Fact]
    public void Search_index_holds_title_people_outlets_and_text_with_root_relative_urls()
    {
        using var json = JsonDocument.Parse(PeopleSite().Text(SearchIndexWriter.FileName));
        var concert = json.RootElement.EnumerateArray().Single(e => e.GetProperty("title").GetString() == "A concert in his memory");

        Assert.Equal("stories/concert/", concert.GetProperty("url").GetString());
        Assert.Equal(["John Legend", "Legend", "Zoë Ångström"], concert.GetProperty("people").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["Post", "Wire"], concert.GetProperty("outlets").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("A made-up sentence. (Wire)", concert.GetProperty("text").GetString());
    }

    [Fact]
    public void Search_page_works_without_other_hosts_and_says_what_to_do_without_javascript()
    {
        var site = RenderedSite.Seed();
        var page = Parser.ParseDocument(site.Text("search/index.html"));

        Assert.Equal("../assets/search.js", page.QuerySelector("script[src]")!.GetAttribute("src"));
        Assert.Contains("assets/search.js", site.ByPath.Keys);
        Assert.Equal("../archive/", Parser.ParseDocument(page.QuerySelector("noscript")!.InnerHtml).QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotMatch(@"https?://", site.Text("assets/search.js"));
    }

    [Fact]
    public void Not_found_page_links_from_the_base_path_so_it_works_at_any_depth()
    {
        var withBase = Parser.ParseDocument(PeopleSite(SiteConfig.Default with { BaseUrl = "https://x.example/news" }).Text("404.html"));
        Assert.Equal("/news/assets/style.css", withBase.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        var noBase = Parser.ParseDocument(PeopleSite().Text("404.html"));
        Assert.Equal("/archive/", noBase.QuerySelector("nav a[href$='archive/']")!.GetAttribute("href"));
    }

    [Fact]
    public void Story_page_shows_the_sections_of_a_digest()
    {
        var digest = RenderedSite.Digest("full", "Full story", new DateOnly(2024, 6, 1), ["Post", "Wire"], [Legend], ["memorial"]) with
        {
            Quotes = [new DigestQuote("We will miss her.", "John Legend", ["post", "wire"], [])],
            Timeline = [new TimelineEvent(FactDate.OfDay(new DateOnly(2024, 5, 30)), "She died.", ["wire"])],
            Conflicts = [new Conflict("age", [new ConflictValue("post", "81"), new ConflictValue("wire", "82")], ConflictKind.Age)],
            Removed = [new RemovedLine("post", "Sign up for our newsletter.", "boilerplate")],
        };
        var page = Parser.ParseDocument(RenderedSite.Render(SiteConfig.Default, digest).Text("stories/full/index.html"));

        Assert.Equal("Full story", page.QuerySelector("h1")!.TextContent);
        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["The story", "Quotes", "People", "Timeline", "What each outlet adds", "Where the outlets differ", "Sources"], headings);
        Assert.Equal("#source-wire", page.QuerySelectorAll(".body .marker")[1].GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#source-wire"));
        Assert.Equal("https://wire.example/full", page.QuerySelector("#source-wire a[href^='https']")!.GetAttribute("href"));
        Assert.Equal("../../outlets/wire/", page.QuerySelector("#source-wire .source-outlet")!.GetAttribute("href"));
        Assert.Contains("Sign up for our newsletter.", page.QuerySelector("details.removed")!.TextContent);
        Assert.Equal("../../tags/memorial/", page.QuerySelector(".tags a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_story_from_one_article_has_no_what_each_outlet_adds_section()
    {
        var page = Parser.ParseDocument(RenderedSite.Render(SiteConfig.Default,
            RenderedSite.Digest("one", "One", new DateOnly(2024, 1, 1), ["Post"])).Text("stories/one/index.html"));
        Assert.Null(page.GetElementById("adds-heading"));
        Assert.Contains("From one article: Post", page.QuerySelector(".digest-header .meta")!.TextContent);
    }

    [Fact]
    public void Every_page_has_landmarks_a_skip_link_one_h1_and_no_skipped_heading_levels()
    {
        var site = PeopleSite();
        foreach (var path in site.Pages)
        {
            var page = Parser.ParseDocument(site.Text(path));
            Assert.True(page.QuerySelector("header.site-header") is not null && page.QuerySelector("main#main") is not null
                && page.QuerySelector("footer") is not null && page.QuerySelector("nav") is not null, path);
            Assert.Equal("#main", page.QuerySelector("body > a.skip-link")!.GetAttribute("href"));
            Assert.Single(page.QuerySelectorAll("h1"));
            var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            Assert.Equal(1, levels[0]);
            for (var i = 1; i < levels.Count; i++)
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{path}: heading h{levels[i]} follows h{levels[i - 1]}");
        }
    }

    [Fact]
    public void Every_title_stays_under_70_characters_and_no_line_ends_in_white_space()
    {
        var longTitle = "Officials in three counties say the flooded river will not crest until Thursday's storms have passed";
        var site = RenderedSite.Render(SiteConfig.Default with { Title = "The Valley Evening Chronicle", PageSize = 1 },
            RenderedSite.Digest("flood", longTitle, new DateOnly(2024, 5, 2), ["Post", "Wire"], [Legend], ["weather"]),
            RenderedSite.Digest("short", "Bridge reopens", new DateOnly(2024, 5, 1), ["Post"]));

        foreach (var path in site.Pages)
        {
            var html = site.Text(path);
            var title = Regex.Match(html, "<title>(.*)</title>").Groups[1].Value;
            Assert.InRange(title.Length, 1, 69); // as written, entities included
            Assert.DoesNotMatch(@"[ \t]\r?\n", html);
        }
        Assert.Contains("<title>Bridge reopens · The Valley Evening Chronicle</title>", site.Text("stories/short/index.html"));
        Assert.Contains("<title>Officials in three counties say the flooded river will not crest…</title>", site.Text("stories/flood/index.html"));
    }
}
