using System.Collections.Immutable;
using Digest.Core.Load;
using Digest.Core.Merge;
using Digest.Core.Render.Feeds;
using Digest.Core.Render.Templates;

namespace Digest.Core.Render;

/// <summary>
/// Renders digests into the files of the site: home pages, story pages with their <c>digest.json</c>,
/// outlet, person, tag and month pages, the archive, search and 404 pages, feeds, sitemap and assets.
/// Every link in a page is relative to that page (through <c>root</c>), so the site works on any
/// static host and in a sub-folder; only the 404 page, served at any depth, links from the base path.
/// </summary>
/// <param name="keys">How pages are keyed, so that a page the previous site holds under the same key is kept, not rendered; null to render every page.</param>
/// <param name="whole">The whole digest of a story handed to <see cref="Render(ImmutableArray{StoryDigest}, IRenderTarget)"/> as a summary (the build
/// cache's, for a story whose own pages are likely kept): read only to render the story's own page and <c>digest.json</c>, and the feeds
/// of the newest stories; null if all are whole.</param>
/// <param name="searchText">The text of a story's whole body for the search index (a summary holds its lede alone); null if all are whole.</param>
internal sealed class SiteRenderer(SiteConfig config, Theme theme, ITemplateEngine engine, PageKey? keys = null, Func<StoryDigest, StoryDigest>? whole = null,
    Func<StoryDigest, string>? searchText = null)
{
    /// <summary>Stands in for <c>base_url</c> in feeds and the sitemap, which need absolute URLs, when it is empty.</summary>
    public const string PlaceholderBaseUrl = "https://example.invalid";

    public const string SearchPath = "search/";
    public const string ArchivePath = "archive/";
    public const string NotFoundFile = "404.html";

    private string AbsoluteBase => config.BaseUrl.Length > 0 ? config.BaseUrl : PlaceholderBaseUrl;

    private IRenderTarget _target = new CollectingTarget(_ => { });
    private int _rendered;
    private int _kept;

    /// <summary>Pages rendered with the templates by the last <see cref="Render(ImmutableArray{StoryDigest}, IRenderTarget)"/>.</summary>
    public int PagesRendered => _rendered;

    /// <summary>Pages the previous site held under the same key, kept as they were instead of rendered.</summary>
    public int PagesKept => _kept;

    public ImmutableArray<OutputFile> Render(ImmutableArray<StoryDigest> digests)
    {
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        Render(digests, new CollectingTarget(files.Add));
        return files.ToImmutable();
    }

    /// <summary>
    /// Renders the site file by file into <paramref name="target"/>, in the same order as <see cref="Render(ImmutableArray{StoryDigest})"/>,
    /// so a build can write each file as it comes instead of holding the whole site in memory. A page
    /// the target already holds under the same key is kept there, not rendered.
    /// </summary>
    public void Render(ImmutableArray<StoryDigest> digests, IRenderTarget target)
    {
        _target = target;
        _rendered = _kept = 0;
        var index = new SiteIndex(digests, config.Permalinks);
        // A custom permalink can make two pages share a path (a story slugged "archive" under ":slug/");
        // the first one rendered keeps it, so the build still completes deterministically.
        var paths = new HashSet<string>(StringComparer.Ordinal);
        void Emit(OutputFile file)
        {
            if (!paths.Add(file.Path))
                return;
            target.Rendered(file);
            target.Add(file, null);
        }
        void EmitPage(PageMade page)
        {
            if (!paths.Add(page.Path))
                return;
            if (page.File is { } file)
                target.Add(file, page.Key);
            else if (target.Keep(page.Path, page.Key!))
            {
                if (page.Path.EndsWith(".html", StringComparison.Ordinal)) // a page, not a story's digest.json
                    _kept++;
            }
            else
                target.Add(page.Make!(), page.Key);
        }
        var sitemap = new List<(string Path, DateOnly? Modified)>();
        void Add(string folder, string template, string title, Dictionary<string, object?> model, DateOnly? modified = null)
        {
            EmitPage(Page(folder, template, title, model));
            sitemap.Add((folder, modified));
        }

        // Story pages come after the home pages, but any a rebuild must render are found (and, if few, rendered) first.
        var stories = StoryFiles(index);

        // The search index is the largest file made on one core: made on another while the pages render, not after them.
        var searchIndex = Task.Run(() => SearchIndexWriter.Write(index.NewestFirst.Select(d => (d, index.StoryPath(d), searchText?.Invoke(d) ?? SearchIndexWriter.Text(d)))));

        var pages = index.NewestFirst.Chunk(config.PageSize).DefaultIfEmpty([]).ToList();
        var homePages = pages.Select((shown, i) => (Number: i + 1, Shown: shown)).AsParallel().AsOrdered().Select(p =>
        {
            var folder = HomePagePath(p.Number);
            var root = SiteIndex.RootFrom(folder);
            var title = p.Number == 1 ? config.Title : $"Page {p.Number}";
            var key = keys?.ForStories("index", folder, p.Shown, config, title, Number(p.Number), Number(pages.Count));
            return (Folder: folder, Html: Unmodelled(folder + "index.html", key, () => Page(folder, "index", title, new()
            {
                ["stories"] = Summaries(p.Shown, root, index),
                ["pagination"] = Pagination(p.Number, pages.Count, root),
            }, key: key)));
        });
        foreach (var (folder, html) in homePages.InOrder())
        {
            EmitPage(html);
            sitemap.Add((folder, null));
        }

        foreach (var story in stories)
        {
            EmitPage(story.Html);
            sitemap.Add((story.Folder, story.Date));
            EmitPage(story.Json);
        }

        var lists = new[] { ("outlet", index.Outlets), ("person", index.People), ("tag", index.Tags), ("month", index.Months) }
            .SelectMany(k => k.Item2.Select(listing => (Kind: k.Item1, Listing: listing)))
            .AsParallel().AsOrdered()
            .Select(l =>
            {
                var key = keys?.ForStories("list", l.Listing.Path, l.Listing.Stories, config, l.Kind, l.Listing.Name, l.Listing.Slug);
                return (l.Listing.Path, Html: Unmodelled(l.Listing.Path + "index.html", key,
                    () => Page(l.Listing.Path, "list", l.Listing.Name, ListModel(l.Kind, l.Listing, index), key: key)));
            });
        foreach (var (path, html) in lists.InOrder())
        {
            EmitPage(html);
            sitemap.Add((path, null));
        }

        var archiveRoot = SiteIndex.RootFrom(ArchivePath);
        Add(ArchivePath, "archive", "Archive", new()
        {
            ["months"] = Links(index.Months, archiveRoot),
            ["outlets"] = Links(index.Outlets, archiveRoot),
            ["tags"] = Links(index.Tags, archiveRoot),
            ["people"] = Links(index.People, archiveRoot),
        });
        Add(SearchPath, "search", "Search", new()
        {
            ["index_url"] = SiteIndex.RootFrom(SearchPath) + SearchIndexWriter.FileName,
            ["archive_url"] = SiteIndex.RootFrom(SearchPath) + ArchivePath,
        });
        EmitPage(Page(NotFoundFile, "404", "Page not found", new(), root: BasePath()));

        var feed = new Feed(config.Title, config.Description, config.Language, AbsoluteBase + "/", AbsoluteBase,
            index.NewestFirst.Select(d => d.Date).FirstOrDefault(d => d is not null) ?? new DateOnly(1970, 1, 1),
            [.. index.NewestFirst.Take(config.FeedSize).Select(d => FeedEntry.From(Whole(d), $"{AbsoluteBase}/{index.StoryPath(d)}"))]);
        Emit(new OutputFile(RssFeedWriter.FileName, RssFeedWriter.Write(feed)));
        Emit(new OutputFile(AtomFeedWriter.FileName, AtomFeedWriter.Write(feed)));
        Emit(new OutputFile(JsonFeedWriter.FileName, JsonFeedWriter.Write(feed)));
        Emit(new OutputFile(SitemapWriter.FileName, SitemapWriter.Write(sitemap.Select(p => ($"{AbsoluteBase}/{p.Path}", p.Modified)))));
        Emit(new OutputFile("robots.txt", SitemapWriter.Robots($"{AbsoluteBase}/{SitemapWriter.FileName}")));
        Emit(new OutputFile(SearchIndexWriter.FileName, searchIndex.GetAwaiter().GetResult()));

        foreach (var (path, bytes) in theme.Assets)
            Emit(new OutputFile(path, bytes));
    }


    private StoryDigest Whole(StoryDigest digest) => whole is null ? digest : whole(digest);

    /// <summary>A story's page and its <c>digest.json</c>, each rendered or held by the target.</summary>
    private sealed record StoryPages(string Folder, DateOnly? Date, PageMade Html, PageMade Json);

    /// <summary>The most story pages a rebuild renders ahead of the pages before them; with more, each is rendered in its turn.</summary>
    private const int RenderedAhead = 64;

    /// <summary>
    /// Every story's files, in the stories' order. Story pages are most of the work: rendered on all cores. A page the
    /// target holds under its story's key is not even modelled: at 10k stories, building and hashing every model was
    /// most of a rebuild after one edit. Which ones the target holds is found first, on all cores; after an edit only a
    /// few are not, and those are rendered at once, before the thousands of pages ahead of them are kept one by one, so
    /// that <c>digest serve</c> shows an edited story without waiting for them. With more (a first build, a new
    /// template), each is rendered in its turn as the site is written, never held all at once.
    /// </summary>
    private IEnumerable<StoryPages> StoryFiles(SiteIndex index)
    {
        StoryPages Files(StoryDigest digest)
        {
            var folder = index.StoryPath(digest);
            var key = keys?.ForStories("story", folder, [digest], config);
            var html = Unmodelled(folder + "index.html", key, () => StoryPage(Whole(digest), folder, index, key));
            return new(folder, digest.Date, html, Made(folder + "digest.json", keys?.ForDigest("digest.json", digest), () => DigestJsonWriter.Write(Whole(digest))));
        }
        bool Held(StoryDigest digest)
        {
            var folder = index.StoryPath(digest);
            return keys!.ForStories("story", folder, [digest], config) is { } page && _target.Holds(folder + "index.html", page)
                && keys.ForDigest("digest.json", digest) is { } json && _target.Holds(folder + "digest.json", json);
        }
        if (keys is not null)
        {
            var held = index.NewestFirst.AsParallel().AsOrdered().Select(Held).ToArray();
            if (held.Count(h => !h) <= RenderedAhead)
            {
                var ahead = new StoryPages?[held.Length];
                foreach (var (i, files) in Enumerable.Range(0, held.Length).Where(i => !held[i]).AsParallel().AsOrdered()
                    .Select(i => (i, Files(index.NewestFirst[i]))).InOrder())
                    ahead[i] = files;
                return index.NewestFirst.Select((digest, i) => ahead[i] ?? Files(digest));
            }
        }
        return index.NewestFirst.AsParallel().AsOrdered().Select(Files).InOrder();
    }

    /// <param name="key">The page's key, found from its inputs without its model (<see cref="PageKey.ForStories"/>).</param>
    private PageMade StoryPage(StoryDigest digest, string folder, SiteIndex index, string? key)
    {
        var root = SiteIndex.RootFrom(folder);
        var jsonLd = StructuredData.NewsArticle(digest, Canonical(folder), config.Title);
        var page = new Dictionary<string, object?>
        {
            ["og_type"] = "article",
            ["description"] = digest.Body.IsEmpty ? null : digest.Lede,
            ["published"] = ViewModels.IsoDate(digest.Date),
            ["json_ld"] = TrustedHtml.From(jsonLd),
            ["json_ld_hash"] = StructuredData.Sha256(jsonLd),
        };
        return Page(folder, "story", digest.Title, new() { ["story"] = ViewModels.Story(digest, root, index), ["page"] = page }, key: key);
    }

    private static string Number(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string HomePagePath(int number) => number == 1 ? "" : $"page/{number}/";

    private static List<Dictionary<string, object?>> Summaries(IEnumerable<StoryDigest> stories, string root, SiteIndex index) =>
        [.. stories.Select(d => ViewModels.StorySummary(d, root, index))];

    private static List<Dictionary<string, object?>> Links(IEnumerable<Listing> listings, string root) =>
        [.. listings.Select(l => new Dictionary<string, object?> { ["name"] = l.Name, ["url"] = root + l.Path, ["count"] = l.Stories.Length })];

    /// <summary>Pages on either side of the current one that the pager links by number.</summary>
    private const int PagerWindow = 2;

    /// <summary>
    /// The pager of a home page: newer and older, and by number the first page, the last and those
    /// within <see cref="PagerWindow"/> of the current one (as Hugo's pager does), so that a page's
    /// size does not grow with the number of pages; <c>gap_before</c> marks a number that skips some.
    /// </summary>
    private static Dictionary<string, object?>? Pagination(int current, int total, string root)
    {
        if (total <= 1)
            return null;
        var numbers = new[] { 1, total }.Concat(Enumerable.Range(current - PagerWindow, 2 * PagerWindow + 1))
            .Where(n => n >= 1 && n <= total).Distinct().Order().ToList();
        return new()
        {
            ["current"] = current,
            ["total"] = total,
            ["prev_url"] = current > 1 ? root + HomePagePath(current - 1) : null,
            ["next_url"] = current < total ? root + HomePagePath(current + 1) : null,
            ["pages"] = numbers.Select((n, i) => new Dictionary<string, object?>
            {
                ["number"] = n,
                ["url"] = root + HomePagePath(n),
                ["current"] = n == current,
                ["gap_before"] = i > 0 && numbers[i - 1] < n - 1,
            }).ToList(),
        };
    }

    private static Dictionary<string, object?> ListModel(string kind, Listing listing, SiteIndex index)
    {
        var root = SiteIndex.RootFrom(listing.Path);
        var person = listing.People.FirstOrDefault(); // newest story's entry
        return new()
        {
            ["list"] = new Dictionary<string, object?>
            {
                ["kind"] = kind,
                ["name"] = listing.Name,
                ["heading"] = kind switch
                {
                    "outlet" => $"Stories reported by {listing.Name}",
                    "tag" => $"Stories tagged {listing.Name}",
                    "month" => $"Stories from {listing.Name}",
                    _ => listing.Name,
                },
                ["count"] = listing.Stories.Length,
                ["person"] = person is null ? null : new Dictionary<string, object?>
                {
                    ["name"] = person.Name,
                    ["aliases"] = listing.People.SelectMany(p => p.Aliases).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                    ["age"] = person.Age,
                    ["relations"] = listing.People.SelectMany(p => p.Relations).Distinct(StringComparer.Ordinal).ToList(),
                    ["quotes"] = PersonQuotes(listing, root, index),
                },
                ["archive_url"] = root + ArchivePath,
            },
            ["stories"] = Summaries(listing.Stories, root, index),
        };
    }

    /// <summary>
    /// The <c>&lt;title&gt;</c>: "Headline · Site" while that fits in <see cref="TitleLength"/> characters (what
    /// search results show), else the headline alone, cut at a word with "…" if it is longer still. Length
    /// is counted as written in the page, entities included, as HTML checkers count it.
    /// </summary>
    public static string HeadTitle(string title, string siteTitle)
    {
        static int Length(string text) => HtmlEscaper.Escape(text).Length;
        var both = $"{title} · {siteTitle}";
        if (title != siteTitle && Length(both) <= TitleLength)
            return both;
        if (Length(title) <= TitleLength)
            return title;
        var cut = title;
        while (cut.Length > 0 && Length(cut + "…") > TitleLength)
        {
            var space = cut.LastIndexOf(' ');
            cut = (space > 0 ? cut[..space] : cut[..^1]).TrimEnd(' ', ',', ';', ':', '-', '—', '–');
        }
        return cut + "…";
    }

    public const int TitleLength = 69;

    /// <summary>What the person said, by story, newest first: each quote the merge gave them (by name or alias).</summary>
    private static List<Dictionary<string, object?>> PersonQuotes(Listing listing, string root, SiteIndex index) =>
        [.. listing.Stories.Zip(listing.People)
            .Select(pair => (Story: pair.First, Quotes: pair.First.Quotes
                .Where(q => q.Speaker is { } speaker && (speaker == pair.Second.Name || pair.Second.Aliases.Contains(speaker, StringComparer.Ordinal)))
                .Select(q => q.Text).ToList()))
            .Where(x => x.Quotes.Count > 0)
            .Select(x => new Dictionary<string, object?>
            {
                ["story_title"] = x.Story.Title,
                ["story_url"] = root + index.StoryPath(x.Story),
                ["quotes"] = x.Quotes,
            })];

    private string? Canonical(string path) => config.BaseUrl.Length > 0 ? $"{config.BaseUrl}/{path}" : null;

    /// <summary>The path part of base_url ("/news/" for https://x.org/news), "/" without one.</summary>
    private string BasePath() =>
        Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath.TrimEnd('/') + "/" : "/";

    /// <summary>
    /// A page as <see cref="Page"/> hands it on: rendered (<paramref name="File"/>), or held by the target under <paramref name="Key"/>
    /// and rendered by <paramref name="Make"/> only if it cannot be kept. A rendered page holds no <paramref name="Make"/>: pages
    /// rendered ahead on other cores wait in order, and the closure would keep each one's whole model alive with them.
    /// </summary>
    private sealed record PageMade(string Path, string? Key, OutputFile? File, Func<OutputFile>? Make);

    /// <summary>A file made by <paramref name="make"/>, or, if the target holds it under <paramref name="key"/>, kept there unmade.</summary>
    private PageMade Made(string file, string? key, Func<byte[]> make)
    {
        OutputFile Make()
        {
            var made = new OutputFile(file, make());
            _target.Rendered(made);
            return made;
        }
        return key is not null && _target.Holds(file, key) ? new PageMade(file, key, null, Make) : new PageMade(file, key, Make(), null);
    }

    /// <summary>
    /// A page whose <paramref name="key"/> is known before its model: if the target holds it under that key, <paramref name="page"/>
    /// (which models it) is left uncalled unless the page cannot be kept after all.
    /// </summary>
    private PageMade Unmodelled(string file, string? key, Func<PageMade> page)
    {
        if (key is null || !_target.Holds(file, key))
            return page();
        return new PageMade(file, key, null, () =>
        {
            var made = page();
            return made.File ?? made.Make!();
        });
    }

    /// <param name="path">A folder ending in '/' (the page is its index.html) or a file name.</param>
    /// <param name="root">How links reach the site root; by default relative to the page.</param>
    /// <param name="key">The page's key where it is found without reading the model; by default the model's own.</param>
    private PageMade Page(string path, string template, string title, Dictionary<string, object?> model, string? root = null, string? key = null)
    {
        var isFolder = path.Length == 0 || path.EndsWith('/');
        root ??= SiteIndex.RootFrom(path);
        var page = model.TryGetValue("page", out var given) && given is Dictionary<string, object?> p ? p : [];
        page["title"] = title;
        page["head_title"] = HeadTitle(title, config.Title);
        page["path"] = path;
        page["kind"] = template;
        page["canonical"] = isFolder ? Canonical(path) : null;
        page.TryAdd("og_type", "website");
        page.TryAdd("published", null);
        page.TryAdd("json_ld", null);
        page.TryAdd("json_ld_hash", null);
        page.TryAdd("description", config.Description.Length > 0 ? config.Description : null);
        model["page"] = page;
        model["site"] = ViewModels.Site(config);
        model["root"] = root;
        var file = isFolder ? path + "index.html" : path;
        // The key reads the model before the page's content is rendered into it: the content is made from the rest.
        return Made(file, key ?? keys?.For(template, model), () =>
        {
            Interlocked.Increment(ref _rendered);
            return engine.RenderInLayout(template, "layout", model);
        });
    }
}

internal static class RenderedInOrder
{
    /// <summary>
    /// The pages rendered on all cores, handed on in order as they come (not gathered first, so a
    /// build writes them while the next are rendered); a template error comes out as itself, as it
    /// would from one core, not wrapped.
    /// </summary>
    public static IEnumerable<T> InOrder<T>(this ParallelQuery<T> pages)
    {
        using var each = pages.GetEnumerator();
        while (true)
        {
            try
            {
                if (!each.MoveNext())
                    yield break;
            }
            catch (AggregateException e) when (e.InnerExceptions.OfType<TemplateException>().FirstOrDefault() is { } error)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
                throw;
            }
            yield return each.Current;
        }
    }
}
