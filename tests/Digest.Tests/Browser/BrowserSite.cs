using System.Collections.Immutable;
using Digest.Core.Build;
using Digest.Core.Load;
using Digest.Core.Merge;
using Digest.Core.Merge.Facts;
using Digest.Core.Render;
using Digest.Core.Render.Templates;
using Digest.Core.Write;
using Digest.Tests.Support;
using Microsoft.Playwright;

namespace Digest.Tests.Browser;

/// <summary>
/// The seed site, built once into a temporary folder, served on 127.0.0.1 and opened in Debian's
/// Chromium through Playwright. Until the facts stage finds people, the seed digest gets two
/// hand-made ones so that person pages exist to test.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string SeedSlug = "chrissy-teigen-son-memorial";

    private readonly Paths.TempFolder _folder = new();
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string Output => Path.Combine(_folder.Path, "public");
    public string BaseUrl => _server!.BaseUrl;
    public string StoryPath { get; private set; } = "";
    public string PersonPath { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("no browser");

    /// <summary>Skips the calling test, with the reason, where Chromium is not installed.</summary>
    public static void RequireChromium()
    {
        if (!File.Exists(ChromiumPath))
            Assert.Skip($"{ChromiumPath} is missing: install it with 'apt-get install -y chromium' (.ci/install does) to run the browser tests");
    }

    public static ImmutableArray<OutputFile> SeedSiteWithPeople(out string storyPath, out string personPath)
    {
        var plan = SiteBuilder.Plan(new BuildOptions(Paths.Repository));
        var (config, _) = SiteConfigLoader.Load(Paths.Repository);
        var digests = plan.Digests.Select(d => d.Slug == SeedSlug ? WithMadeUpConflict(d.People.IsEmpty
            ? d with { People = [
                new Person("John Legend", ["Legend"], null, ["et", "people"], []),
                new Person("Chrissy Teigen", ["Teigen"], 35, ["et", "people"], [])] }
            : d) : d).ToImmutableArray();
        var theme = Theme.Load(Paths.Repository);
        var seed = digests.Single(d => d.Slug == SeedSlug);
        var index = new SiteIndex(digests, config.Permalinks);
        storyPath = index.StoryPath(seed);
        personPath = index.PersonPath(seed.People[0].Name);
        return new SiteRenderer(config, theme, new ScribanTemplateEngine(theme)).Render(digests);
    }

    /// <summary>
    /// The seed story has no conflict; this gives it one on two of its own sentences (a quoted one where
    /// there is one), so the conflict markers and "Where the outlets differ" can be tried.
    /// </summary>
    private static StoryDigest WithMadeUpConflict(StoryDigest digest)
    {
        if (!digest.Conflicts.IsEmpty) return digest;
        var origins = digest.Body.SelectMany(b => b.From).ToList();
        var quoted = origins.FirstOrDefault(o => o.Text.Contains('“') || o.Text.Contains('"')) ?? origins[0];
        var other = origins.First(o => o.Source != quoted.Source);
        // Linked to the sentences' entries as Merge links its own conflicts.
        return digest with
        {
            Conflicts = ConflictLinks.Link([new Conflict("Age of Chrissy Teigen",
                [new ConflictValue(quoted.Source, "35", quoted.Text), new ConflictValue(other.Source, "36", other.Text)], ConflictKind.Age, "Chrissy Teigen")],
                digest.Body, digest.Timeline),
        };
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath)) return;
        SiteWriter.Write(Output, SeedSiteWithPeople(out var story, out var person));
        StoryPath = story;
        PersonPath = person;
        _server = new StaticSiteServer(Output);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>
    /// How long any browser step may wait for its condition. CI is a loaded machine where Chromium
    /// can take tens of seconds to load a page, so every wait is generous and none is a measurement.
    /// </summary>
    public const float Patience = 120_000;

    /// <summary>
    /// Waits until the page has navigated to <paramref name="url"/> and the browser has its document
    /// (commit), not for its load event: a load event that fired before the wait began, or that a
    /// slow keep-alive connection of the test server delays, must not fail a test about links.
    /// </summary>
    public static Task WaitForNavigationToAsync(IPage page, string url) =>
        page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });

    /// <summary>A fresh browser context whose every wait and navigation allows <see cref="Patience"/>.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        context.SetDefaultTimeout(Patience);
        context.SetDefaultNavigationTimeout(Patience);
        return context;
    }

    /// <summary>A fresh page at the given width and colour scheme, that fails the test on any request to another host.</summary>
    public Task<IPage> OpenAsync(string path, int width = 1280, ColorScheme scheme = ColorScheme.Light, bool javaScript = true) =>
        OpenAsync(BaseUrl, path, width, scheme, javaScript);

    /// <param name="baseUrl">Where the site is served; requests outside it are recorded in <see cref="ForeignRequests"/>.</param>
    public async Task<IPage> OpenAsync(string baseUrl, string path, int width = 1280, ColorScheme scheme = ColorScheme.Light, bool javaScript = true)
    {
        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ColorScheme = scheme,
            JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(baseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                ForeignRequests.Add(request.Url);
        };
        await page.GotoAsync(baseUrl + path);
        return page;
    }

    public System.Collections.Concurrent.ConcurrentBag<string> ForeignRequests { get; } = [];

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        _server?.Dispose();
        _folder.Dispose();
    }
}
