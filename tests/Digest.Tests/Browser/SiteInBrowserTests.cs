using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Digest.Tests.Browser;

/// <summary>
/// The built seed site in a real browser (Debian's Chromium through Playwright): pages render, source
/// markers jump to their source, search finds the seed story, axe-core finds no violations, and the
/// layout fits a phone and a wide screen in light and dark.
/// </summary>
public class SiteInBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    /// <summary>Screenshots land here for people to look at (CI can keep them as artifacts).</summary>
    public static string ScreenshotFolder => Path.Combine(Path.GetTempPath(), "digest-screenshots");

    [Fact]
    public async Task Story_page_renders_its_headline_body_and_sources()
    {
        BrowserSite.RequireChromium();
        var page = await site.OpenAsync(site.StoryPath);

        Assert.StartsWith("Chrissy Teigen Hopes for 'Closure'", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator(".body .sentence").CountAsync() > 10);
        Assert.Equal(2, await page.Locator(".sources > li").CountAsync());
        Assert.Equal("rgb(253, 252, 250)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        Assert.Empty(site.ForeignRequests);
    }

    [Fact]
    public async Task The_site_works_from_a_sub_folder_of_the_host()
    {
        BrowserSite.RequireChromium();
        using var server = new StaticSiteServer(site.Output, "/some/folder/");
        var page = await site.OpenAsync(server.BaseUrl, site.StoryPath);

        Assert.Equal("rgb(253, 252, 250)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor")); // stylesheet found
        await page.Locator(".site-nav a", new() { HasText = "Search" }).ClickAsync();
        await page.Locator("#search-query").FillAsync("Legend");
        await page.Locator("#search-results li a").First.ClickAsync();
        await BrowserSite.WaitForNavigationToAsync(page, server.BaseUrl + site.StoryPath);
        Assert.Empty(site.ForeignRequests);
    }

    [Fact]
    public async Task Without_javascript_a_source_marker_jumps_to_its_source()
    {
        BrowserSite.RequireChromium();
        var page = await site.OpenAsync(site.StoryPath, width: 390, javaScript: false);
        var marker = page.Locator(".body .marker").Last;
        var target = (await marker.GetAttributeAsync("href"))!;

        await marker.ClickAsync();

        Assert.Equal(target, await page.EvaluateAsync<string>("location.hash"));
        var source = page.Locator(target);
        Assert.True(await source.EvaluateAsync<bool>("e => e.matches(':target')"));
        Assert.True(await source.IsVisibleAsync());
        var box = (await source.BoundingBoxAsync())!;
        Assert.InRange(box.Y, 0, 900 - box.Height); // scrolled into the viewport
        Assert.Contains(await marker.GetAttributeAsync("title") ?? "?", await source.InnerTextAsync());
    }

    [Theory]
    [InlineData("Legend")]
    [InlineData("legend teigen")]
    public async Task Search_finds_the_seed_story_by_a_persons_name(string query)
    {
        BrowserSite.RequireChromium();
        var page = await site.OpenAsync("search/?q=" + Uri.EscapeDataString(query));

        var result = page.Locator("#search-results li a").First;
        await result.WaitForAsync(new() { Timeout = BrowserSite.Patience });
        Assert.StartsWith("Chrissy Teigen Hopes", await result.InnerTextAsync());

        await result.ClickAsync();
        await BrowserSite.WaitForNavigationToAsync(page, site.BaseUrl + site.StoryPath);
        Assert.Empty(site.ForeignRequests);
    }

    [Fact]
    public async Task Search_typed_in_the_box_updates_and_says_when_nothing_matches()
    {
        BrowserSite.RequireChromium();
        var page = await site.OpenAsync("search/");

        await page.Locator("#search-query").FillAsync("zzzznothing");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("No stories match");
        await page.Locator("#search-query").FillAsync("Pepper");
        await Assertions.Expect(page.Locator("#search-results li")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Without_javascript_the_search_page_says_so_and_links_the_archive()
    {
        BrowserSite.RequireChromium();
        var page = await site.OpenAsync("search/", javaScript: false);

        Assert.False(await page.Locator(".search-form").IsVisibleAsync());
        var notice = page.Locator(".notice");
        Assert.Contains("needs JavaScript", await notice.InnerTextAsync());
        await notice.Locator("a").ClickAsync();
        await BrowserSite.WaitForNavigationToAsync(page, site.BaseUrl + "archive/");
    }

    [Fact]
    public async Task A_missing_page_gets_the_404_page_with_working_links()
    {
        BrowserSite.RequireChromium();
        var page = await site.OpenAsync("no/such/page/");

        Assert.Equal("Page not found", await page.Locator("h1").InnerTextAsync());
        await page.Locator("main a", new() { HasText = "archive" }).ClickAsync();
        await BrowserSite.WaitForNavigationToAsync(page, site.BaseUrl + "archive/");
    }

    public static TheoryData<string, string> AxePages => new()
    {
        { "home", "light" }, { "home", "dark" },
        { "story", "light" }, { "story", "dark" },
        { "person", "light" }, { "person", "dark" },
        { "search", "light" }, { "search", "dark" },
        { "archive", "light" },
    };

    [Theory]
    [MemberData(nameof(AxePages))]
    public async Task Axe_finds_no_violations(string which, string scheme)
    {
        BrowserSite.RequireChromium();
        var path = which switch
        {
            "home" => "",
            "story" => site.StoryPath,
            "person" => site.PersonPath,
            "search" => "search/?q=Legend",
            _ => "archive/",
        };
        var page = await site.OpenAsync(path, scheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        if (which == "search")
            await page.Locator("#search-results li").First.WaitForAsync();
        if (which == "story")
            foreach (var summary in await page.Locator("details summary").AllAsync())
                await summary.ClickAsync(); // axe checks folded content too

        var result = await page.RunAxe();
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"{which}-{scheme}.png"), FullPage = true });

        Assert.True(result.Violations.Length == 0, Describe(result.Violations));
        Assert.True(result.Passes.Length > 10, "axe ran its rules");
    }

    private static string Describe(AxeResultItem[] violations) => string.Join("\n", violations.Select(v =>
        $"{v.Id} ({v.Impact}): {v.Help}\n  " + string.Join("\n  ", v.Nodes.Take(3).Select(n => $"{n.Target}: {n.Html} {string.Join("; ", n.Any.Select(c => c.Message))}"))));

    [Theory]
    [InlineData(390, "light")]
    [InlineData(390, "dark")]
    [InlineData(1280, "light")]
    [InlineData(1280, "dark")]
    public async Task Story_page_fits_the_width_without_sideways_scrolling(int width, string scheme)
    {
        BrowserSite.RequireChromium();
        var page = await site.OpenAsync(site.StoryPath, width, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the {width}px viewport");
        var measure = await page.EvaluateAsync<double>("document.querySelector('.body p').getBoundingClientRect().width");
        Assert.InRange(measure, width < 600 ? width - 60 : 500, 800); // readable line length on both

        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"story-{width}-{scheme}.png") });
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"story-{width}-{scheme}-full.png"), FullPage = true });
    }

    [Fact]
    public async Task Story_page_shows_focus_and_a_working_skip_link()
    {
        BrowserSite.RequireChromium();
        var page = await site.OpenAsync(site.StoryPath);

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(".skip-link");
        Assert.True(await skip.EvaluateAsync<bool>("e => e === document.activeElement"));
        var outline = await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        Assert.Equal("solid", outline);
        var box = (await skip.BoundingBoxAsync())!;
        Assert.True(box.X >= 0, "the skip link is on screen when focused");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("#main", await page.EvaluateAsync<string>("location.hash"));
    }
}
