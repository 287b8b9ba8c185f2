using AngleSharp.Html.Parser;
using Digest.Core.Load;
using Digest.Core.Merge;
using Digest.Core.Render;
using Digest.Tests.Support;

namespace Digest.Tests.Render;

/// <summary>
/// A link checker over every page: each link, stylesheet and script inside the site resolves to a
/// rendered file (a folder to its index.html) and each #fragment to an element of that page, with
/// the site served from a sub-folder, so relative links are proven to work on any static host.
/// </summary>
public class LinkTests
{
    private static readonly HtmlParser Parser = new();
    private const string Host = "https://host.example/sub/folder/";

    public static TheoryData<string> Sites => new() { "seed", "people+permalinks", "paginated", "corpus" };

    private static RenderedSite Site(string name) => name switch
    {
        "seed" => RenderedSite.Seed(),
        // Every story of ../shared/corpus (real articles, read in place) as one site, 3 to a page.
        "corpus" => RenderedSite.Render(SiteConfig.Default with { PageSize = 3 },
            [.. TestCorpora.Names().Select(n => TestCorpora.Get(n).Digest)]),
        "people+permalinks" => RenderedSite.Render(
            SiteConfig.Default with
            {
                BaseUrl = Host.TrimEnd('/'),
                Permalinks = Permalinks.Default with { Story = ":year/:month/:slug/", Person = "who/:slug/" },
            },
            RenderedSite.Digest("a", "A", new DateOnly(2024, 5, 2), ["Post", "Wire"], [new Person("Ann Example", [], 70, ["post"], [])], ["memorial"]),
            RenderedSite.Digest("b", "B", null, ["Wire"], [new Person("Ann Example", [], null, ["wire"], [])])),
        _ => RenderedSite.Render(SiteConfig.Default with { PageSize = 1 },
            [.. Enumerable.Range(1, 3).Select(i => RenderedSite.Digest($"s{i}", $"S{i}", new DateOnly(2024, 1, i), ["Post"], tags: ["t"]))]),
    };

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_link_on_every_page_resolves_inside_the_site(string name)
    {
        if (name == "corpus" && !TestCorpora.SharedCorpusPresent) Assert.Skip(TestCorpora.MissingCorpusMessage);
        var site = Site(name);
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var pagePath in site.Pages)
        {
            var page = Parser.ParseDocument(site.Text(pagePath));
            // 404.html is served at any address, so it links from the site's base path instead.
            var pageUrl = new Uri(new Uri(Host), pagePath == "404.html" ? "no/such/page/" : pagePath);
            foreach (var element in page.QuerySelectorAll("a[href], link[href], script[src]"))
            {
                var reference = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                var rel = element.GetAttribute("rel") ?? "";
                if (rel == "canonical") continue; // absolute by design
                if (reference.StartsWith('#'))
                {
                    checkedLinks++;
                    if (page.GetElementById(reference[1..]) is null) broken.Add($"{pagePath}: no element {reference}");
                    continue;
                }
                if (reference.StartsWith("http", StringComparison.Ordinal))
                {
                    Assert.True(element.LocalName == "a" && !reference.StartsWith(Host, StringComparison.Ordinal),
                        $"{pagePath}: only links to source articles may be absolute: {element.OuterHtml}");
                    continue;
                }
                var target = pagePath == "404.html" && name != "people+permalinks"
                    ? new Uri(new Uri("https://host.example/"), reference) // no base_url: served from the host root
                    : new Uri(pageUrl, reference);
                var root = pagePath == "404.html" && name != "people+permalinks" ? "https://host.example/" : Host;
                checkedLinks++;
                if (!target.AbsoluteUri.StartsWith(root, StringComparison.Ordinal))
                {
                    broken.Add($"{pagePath}: {reference} leaves the site");
                    continue;
                }
                var file = Uri.UnescapeDataString(target.AbsolutePath[new Uri(root).AbsolutePath.Length..]);
                if (file.Length == 0 || file.EndsWith('/')) file += "index.html";
                if (!site.ByPath.ContainsKey(file))
                    broken.Add($"{pagePath}: {reference} -> {file} does not exist");
                else if (target.Fragment.Length > 1 && file.EndsWith(".html", StringComparison.Ordinal)
                         && Parser.ParseDocument(site.Text(file)).GetElementById(target.Fragment[1..]) is null)
                    broken.Add($"{pagePath}: {reference} -> no element {target.Fragment} in {file}");
            }
        }
        Assert.True(broken.Count == 0, string.Join("\n", broken));
        Assert.True(checkedLinks > 20, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void Seed_story_page_weighs_under_60_kb_with_its_css_and_scripts()
    {
        var site = RenderedSite.Seed();
        const string story = "stories/chrissy-teigen-son-memorial/index.html";
        var page = Parser.ParseDocument(site.Text(story));
        var pageUrl = new Uri(new Uri(Host), story);
        var assets = page.QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(e => new Uri(pageUrl, e.GetAttribute("href") ?? e.GetAttribute("src")).AbsolutePath[new Uri(Host).AbsolutePath.Length..])
            .ToList();

        var bytes = site.ByPath[story].Length + assets.Sum(a => site.ByPath[a].Length);

        Assert.Contains("assets/style.css", assets);
        Assert.True(bytes < 60 * 1024, $"story page with {string.Join(", ", assets)} weighs {bytes} bytes");
    }
}
