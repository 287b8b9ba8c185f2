using Digest.Cli;
using Digest.Cli.Serve;
using Digest.Tests.Browser;
using Digest.Tests.Support;
using Microsoft.Playwright;

namespace Digest.Tests.Cli;

/// <summary>
/// <c>digest serve</c> in a real browser (Debian's Chromium through Playwright): the page reloads
/// by itself after an edit, and a build error shows over the page, as text even when it looks like
/// markup, under the pages' own Content-Security-Policy.
/// </summary>
public class LiveReloadInBrowserTests
{
    private const float Patience = 60_000;

    [Fact]
    public async Task Page_reloads_on_edit_and_shows_build_errors_as_an_overlay()
    {
        BrowserSite.RequireChromium();
        using var site = new Paths.TempFolder();
        Assert.Equal(DigestCommand.Ok, Cli.Run("new", "site", site.Path).Exit);
        var terminal = new StringWriter();
        await using var server = await DevServer.StartAsync(
            new ServeOptions(site.Path, 0, false, false, new FixedClock(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)), TimeSpan.FromMilliseconds(100)),
            new Reporter(Cli.Environment(terminal, terminal), Verbosity.Normal), TestContext.Current.CancellationToken);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserSite.ChromiumPath, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(BrowserSite.Patience);
        page.SetDefaultNavigationTimeout(BrowserSite.Patience);
        var blocked = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) blocked.Add(message.Text); };
        var response = await page.GotoAsync(new Uri(server.Address, "stories/harbor-lighthouse-relit/").ToString());
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("#digest-build-errors")).ToHaveCountAsync(0);

        // A file whose name is markup: its error must show as text, never as an element.
        const string name = "<img src=x onerror=alert(1)>.md";
        var broken = Path.Combine(site.Path, "content/harbor-lighthouse-relit", name);
        File.WriteAllText(broken, "---\ntitle: No outlet\n---\nText.\n");
        var overlay = page.Locator("#digest-build-errors pre");
        await Assertions.Expect(overlay).ToContainTextAsync($"content/harbor-lighthouse-relit/{name}:2:1: error: missing required field 'outlet'", new() { Timeout = Patience });
        Assert.Equal(0, await page.Locator("#digest-build-errors img").CountAsync());

        File.Delete(broken);
        var article = Path.Combine(site.Path, "content/harbor-lighthouse-relit/valley-courier.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("three summers", "four long summers"));
        // The story body, not the timeline, which quotes the same dated sentence.
        await Assertions.Expect(page.Locator("section.body").GetByText("four long summers")).ToBeVisibleAsync(new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#digest-build-errors")).ToHaveCountAsync(0, new() { Timeout = Patience });
        Assert.Empty(blocked);
    }
}
