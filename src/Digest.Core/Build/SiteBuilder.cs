using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Digest.Core.Clean;
using Digest.Core.Group;
using Digest.Core.Load;
using Digest.Core.Merge;
using Digest.Core.Render;
using Digest.Core.Render.Templates;
using Digest.Core.Write;

namespace Digest.Core.Build;

/// <param name="SiteFolder">The folder holding <c>site.yml</c>, <c>content/</c> and optionally <c>templates/</c>.</param>
/// <param name="OutputFolder">Where to write; null for the config's <c>output</c> below the site folder.</param>
/// <param name="Strict">Any error fails the build and nothing is written.</param>
/// <param name="IncludeDrafts">Build articles marked <c>draft: true</c> too.</param>
/// <param name="IncludeFuture">Build articles dated after <paramref name="Today"/> too.</param>
/// <param name="Today">The date that decides what is scheduled; null for today in UTC.</param>
/// <param name="Force">Replace an output folder that holds files Digest did not write.</param>
public sealed record BuildOptions(
    string SiteFolder, string? OutputFolder = null, bool Strict = false,
    bool IncludeDrafts = false, bool IncludeFuture = false, DateOnly? Today = null, bool Force = false)
{
    /// <summary>Read and keep merged stories in the site's <c>.digest-cache/</c> (<c>digest build</c> does unless <c>--no-cache</c>).</summary>
    public bool UseCache { get; init; }

    /// <summary>The engine version cache entries are keyed on; null for this Digest's own (<see cref="DigestCache.CurrentEngine"/>).</summary>
    public string? Engine { get; init; }

    /// <summary>What one process (<c>digest serve</c>) keeps between its builds: files read, articles cleaned, stories merged; null for none.</summary>
    public BuildMemory? Memory { get; init; }

    /// <summary>
    /// Told each file as soon as it is rendered, with the output folder it goes to, on the thread that rendered it (several at once: it must be safe to call so) and before
    /// the pages ahead of it are kept or written (not the pages kept from the previous site): <c>digest serve</c> shows an
    /// edited page while the rest is written.
    /// </summary>
    public Action<string, OutputFile>? Rendered { get; init; }

    /// <summary>
    /// Gives the build up (<c>digest serve</c>: a newer change came) between stages and at the next file it renders, with
    /// an <see cref="OperationCanceledException"/>; the last good site stays. Once the new site is being swapped in, it completes.
    /// </summary>
    public CancellationToken Cancellation { get; init; }
}

/// <param name="Files">The rendered files with their bytes, from <see cref="SiteBuilder.Plan"/>; empty after
/// <see cref="SiteBuilder.Build"/>, which writes each file as it is rendered (see <see cref="OutputPaths"/>).</param>
public sealed record BuildResult(
    bool Succeeded,
    string OutputFolder,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<StoryDigest> Digests,
    ImmutableArray<OutputFile> Files,
    int ArticleCount,
    TimeSpan Elapsed)
{
    /// <summary>The path of every rendered file of the site, relative to the output folder, in the order rendered.</summary>
    public ImmutableArray<string> OutputPaths { get; init; } = [];

    /// <summary>The files of the site's <c>static/</c> folder, copied into the output as they are.</summary>
    public ImmutableArray<StaticFile> StaticFiles { get; init; } = [];

    /// <summary>Drafts left out (no <c>--drafts</c>).</summary>
    public int SkippedDrafts { get; init; }

    /// <summary>Articles dated after today left out (no <c>--future</c>), drafts not counted again.</summary>
    public int SkippedScheduled { get; init; }

    /// <summary>Why nothing was written to the output folder (a whole <c>path:line:col: error:</c> or <c>error:</c> line), or null.</summary>
    public string? Refusal { get; init; }

    /// <summary>Content files read in this build; with a <see cref="BuildMemory"/>, only those changed since the last build (else every article).</summary>
    public int FilesRead { get; init; }

    /// <summary>Articles cleaned in this build; the others were kept as cleaned before (in memory or the cache) with the same footer lines.</summary>
    public int ArticlesCleaned { get; init; }

    /// <summary>Articles the cache held as cleaned whose entries this build never read: their stories were taken from the cache.</summary>
    public int ArticlesUnread { get; init; }

    /// <summary>Stories merged in this build; the others came from the cache unchanged.</summary>
    public int StoriesMerged { get; init; }

    /// <summary>Rendered files written anew by Write (0 before a write); static files and the marker are copied and not counted.</summary>
    public int FilesWritten { get; init; }

    /// <summary>Rendered files the previous site already held byte for byte, linked from it instead of written.</summary>
    public int FilesUnchanged { get; init; }

    /// <summary>Pages rendered with the templates; with the cache, the others were kept from the previous site, made from the same key.</summary>
    public int PagesRendered { get; init; }

    /// <summary>Pages the previous site held under the same key (with the cache), linked instead of rendered.</summary>
    public int PagesKept { get; init; }

    /// <summary>Each stage's wall and processor time and counts, in the order they ran (Write only after a write).</summary>
    public StageClock Stages { get; init; } = new();
}

/// <summary>The whole build, read top to bottom: Load, Clean, Group, Merge, Render, Write.</summary>
public static class SiteBuilder
{
    /// <summary>Runs every stage but Write: the site as it would be written, with every file's bytes, for checks and tests.</summary>
    public static BuildResult Plan(BuildOptions options)
    {
        var (before, render, statics, clock, cache, merges, cleans) = Prepare(options, keepPages: false);
        var files = before.Stages.Time("Render", () => render.Render(before.Digests), f => RenderCounts(f.Select(x => x.Path), f.Sum(x => (long)x.Content.Length)));
        var paths = files.Select(f => f.Path).ToImmutableArray();
        var (staticFiles, staticDiagnostics) = StaticFolder(options.SiteFolder, statics, paths);
        return before with
        {
            Files = files,
            OutputPaths = paths,
            PagesRendered = render.PagesRendered,
            StoriesMerged = merges(),
            ArticlesCleaned = cleans(),
            ArticlesUnread = cache?.Cache.LeftUnread ?? 0,
            StaticFiles = staticFiles,
            Diagnostics = before.Diagnostics.AddRange(staticDiagnostics),
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>
    /// The whole build: each file is written into a staging folder as soon as it is rendered (so the
    /// site is never held whole in memory), and the staging folder then takes the output's place.
    /// </summary>
    public static BuildResult Build(BuildOptions options)
    {
        // Sites earlier builds replaced are removed while this one works; what is left when it ends is left to the next.
        var sweeping = Task.CompletedTask;
        using var stop = new CancellationTokenSource();
        try
        {
            return Build(options, output => sweeping = SiteWriter.SweepReplaced(output, stop.Token));
        }
        finally
        {
            stop.Cancel();
            sweeping.Wait();
        }
    }

    /// <param name="writable">Told the output folder as soon as it is known to be one the build may write.</param>
    private static BuildResult Build(BuildOptions options, Action<string> writable)
    {
        var (before, render, statics, clock, cache, merges, cleans) = Prepare(options, keepPages: true, writable);
        var hasErrors = before.Diagnostics.Concat(statics.Diagnostics).Any(d => d.Severity == Severity.Error);
        if ((options.Strict && hasErrors) || before.Refusal is not null)
        {
            var (_, staticDiagnostics) = StaticFolder(options.SiteFolder, statics, []);
            return before with { Succeeded = false, Diagnostics = before.Diagnostics.AddRange(staticDiagnostics) };
        }

        options.Cancellation.ThrowIfCancellationRequested();
        using var site = SiteWriter.Stage(before.OutputFolder, cache?.Written, removeLater: options.Memory is not null);
        var target = new CountingTarget(site, file => options.Rendered?.Invoke(before.OutputFolder, file), options.Cancellation);
        before.Stages.Time("Render", () =>
            {
                render.Render(before.Digests, target);
                return target.Paths.ToImmutable();
            },
            p => $"{RenderCounts(p, target.Bytes)}, written as rendered" + (cache is null ? "" : $"; {render.PagesRendered} pages rendered, {render.PagesKept} kept"));
        var paths = target.Paths;
        var (staticFiles, diagnostics) = StaticFolder(options.SiteFolder, statics, paths.ToImmutable());
        options.Cancellation.ThrowIfCancellationRequested();
        var written = before.Stages.Time("Write", () => site.Commit(staticFiles, options.Memory is null ? SiteWriter.ReplacedSite.LeftForNextBuild : SiteWriter.ReplacedSite.RemovedInBackground),
            w => $"{Count(paths.Count + staticFiles.Length + 1, "file", "files")}: {w.Written} written, {w.Unchanged} unchanged, {staticFiles.Length + 1} copied");
        if (written.Manifest is not null)
            cache?.Cache.Wrote(before.OutputFolder, written.Manifest);
        return before with
        {
            PagesRendered = render.PagesRendered,
            PagesKept = render.PagesKept,
            StoriesMerged = merges(),
            ArticlesCleaned = cleans(),
            ArticlesUnread = cache?.Cache.LeftUnread ?? 0,
            OutputPaths = paths.ToImmutable(),
            StaticFiles = staticFiles,
            Diagnostics = before.Diagnostics.AddRange(diagnostics),
            FilesWritten = written.Written,
            FilesUnchanged = written.Unchanged,
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>Counts what the renderer hands on (paths in order, bytes rendered) on its way to the staged site.</summary>
    private sealed class CountingTarget(SiteWriter.StagedSite site, Action<OutputFile> rendered, CancellationToken cancellation) : IRenderTarget
    {
        public ImmutableArray<string>.Builder Paths { get; } = ImmutableArray.CreateBuilder<string>();

        public long Bytes { get; private set; }

        public bool Holds(string path, string key) => site.Holds(path, key);

        public bool Keep(string path, string key)
        {
            cancellation.ThrowIfCancellationRequested();
            if (!site.Keep(path, key))
                return false;
            Paths.Add(path);
            return true;
        }

        public void Add(OutputFile file, string? key)
        {
            cancellation.ThrowIfCancellationRequested();
            site.Add(file, key);
            Paths.Add(file.Path);
            Bytes += file.Content.Length;
        }

        public void Rendered(OutputFile file) => rendered(file);
    }

    /// <summary>The build cache and what the last build with it wrote to the output folder.</summary>
    private sealed record CacheInUse(DigestCache Cache, Write.OutputManifest Written);

    /// <summary>Every stage before Render: the digests, with what Render needs and the <c>static/</c> folder as listed.</summary>
    /// <param name="keepPages">Key pages, so that those the previous site holds under the same key are kept (with the cache).</param>
    /// <returns>Besides the rest, how many stories have been merged and articles cleaned so far (Merges, Cleans): a story given as its
    /// summary is merged while rendering if its whole digest is gone from the cache, and an article left unread cleaned if its entry is.</returns>
    private static (BuildResult Before, SiteRenderer Render, (ImmutableArray<string> Files, ImmutableArray<Diagnostic> Diagnostics) Statics, Stopwatch Clock, CacheInUse? Cache, Func<int> Merges, Func<int> Cleans) Prepare(
        BuildOptions options, bool keepPages, Action<string>? writable = null)
    {
        var clock = Stopwatch.StartNew();
        var stages = new StageClock();
        var (config, configDiagnostics) = SiteConfigLoader.Load(options.SiteFolder);
        var output = options.OutputFolder ?? Path.Combine(options.SiteFolder, config.Output);
        var refusal = SiteWriter.Refusal(output, options.SiteFolder, options.Force);
        if (refusal is null)
            writable?.Invoke(output);

        var memory = options.Memory;
        var reuse = memory?.Begin(options.SiteFolder, config.Boilerplate);
        var (cache, cacheWarning) = options.UseCache ? DigestCache.Open(options.SiteFolder, output, config, options.Engine, options.Memory) : (null, null);
        // A serve session keeps every file as read in memory; a build with the cache gives a file loaded as before as a stand-in.
        var loaded = stages.Time("Load", () => ContentLoader.Load(options.SiteFolder, reuse?.LoadFile ?? (cache is null ? null : cache.LoadFile)),
            l => $"{Count(l.Articles.Length, "article", "articles")}, {Count(l.Articles.Sum(a => cache?.SentenceCount(a) ?? a.Sentences.Count()), "sentence", "sentences")}"
                + (memory is not null ? $", {memory.FilesRead} read again" : cache is not null ? $", {cache.FilesParsed} parsed" : ""));
        if (reuse is null)
            cache?.KeepLoaded();
        var today = options.Today ?? PublicationFilter.UtcToday(TimeProvider.System);
        var published = PublicationFilter.Apply(loaded.Articles, options.IncludeDrafts, options.IncludeFuture, today);
        // An article is cleaned only if neither this process (serve) nor the cache holds it as cleaned with the same footer lines.
        var cleanedNow = 0;
        // Where its story is found by its folder or key, and no editor's override moves articles between stories, an article the cache
        // holds as cleaned is left unread unless its story is merged (a serve session keeps its articles whole in memory instead).
        var unread = cache is not null && memory is null
            && loaded.Overrides.All(o => o.Articles.IsDefaultOrEmpty && o.Include.IsDefaultOrEmpty && o.ExcludeArticles.IsDefaultOrEmpty);
        CleanArticle Reuse(Article article, string footers, Func<Article, CleanArticle> clean)
        {
            CleanArticle Counted(Article whole)
            {
                Interlocked.Increment(ref cleanedNow);
                return clean(whole);
            }
            Func<Article, CleanArticle> fromCache = cache is null ? Counted : _ => cache.Cleaned(article, footers, Counted, unread && StoryKey.Of(article) is not null);
            return reuse is { } kept ? kept.Clean(article, footers, fromCache) : fromCache(article);
        }
        OutletFooters.OutletLines Footers(string outlet, ImmutableArray<Article> articles, Func<OutletFooters.OutletLines> find)
        {
            Func<OutletFooters.OutletLines> fromCache = cache is null ? find : () => cache.Footers(outlet, articles, find);
            return reuse is { } kept ? kept.Footers(outlet, articles, fromCache) : fromCache();
        }
        var cleanReuse = cache is null && reuse is null ? null
            : new BoilerplateCleaner.CleanReuse(Footers, Reuse, cache is null ? a => a : cache.Whole);
        var cleaned = stages.Time("Clean", () => new BoilerplateCleaner(config.Boilerplate).Clean(published, cleanReuse),
            c => $"{Count(c.Length, "article", "articles")}, {Count(c.Where(a => !a.Paragraphs.IsDefault).Sum(a => a.Paragraphs.Sum(p => p.Sentences.Length)), "sentence", "sentences")} kept"
                + (cache is null && memory is null ? "" : $", {cleanedNow} cleaned, {c.Length - cleanedNow} as before")
                + (c.Count(a => a.Paragraphs.IsDefault) is > 0 and var left ? $" ({left} of them left unread: sentences counted in the others)" : ""));
        options.Cancellation.ThrowIfCancellationRequested();
        var grouped = stages.Time("Group", () => GroupAll(cleaned, loaded.Overrides, cache), g => Count(g.Stories.Length, "story", "stories"));
        // The editor's exclusions and speakers read the story's sentences.
        var excluded = grouped.Stories.Select(s => ExcludeSentences(s.Override is null || cache is null ? s : cache.Whole(s))).ToImmutableArray();
        options.Cancellation.ThrowIfCancellationRequested();
        var (digests, merges, storyKeys, whole, searchText) = stages.Time("Merge", () => MergeAll([.. excluded.Select(e => e.Story)], cache),
            m => cache is null ? Count(m.Digests.Length, "story", "stories") : $"{Count(m.Digests.Length, "story", "stories")}, {m.Merged()} merged, {m.Digests.Length - m.Merged()} from the cache");
        // Read before pruning, which removes every entry this build has not asked for.
        var inUse = cache is null ? null : new CacheInUse(cache, cache.Written(output));
        cache?.Prune();

        var theme = Theme.Load(options.SiteFolder);
        var diagnostics = configDiagnostics.AddRange(loaded.Diagnostics).AddRange(theme.Diagnostics)
            .AddRange(grouped.Diagnostics).AddRange(excluded.SelectMany(e => e.Diagnostics));
        if (cacheWarning is not null)
            diagnostics = diagnostics.Add(cacheWarning);
        var before = new BuildResult(true, output, diagnostics, digests, [], published.Length, clock.Elapsed)
        {
            Stages = stages,
            StoriesMerged = merges(),
            FilesRead = memory?.FilesRead ?? cache?.FilesParsed ?? loaded.Articles.Length,
            ArticlesCleaned = cleanedNow,
            SkippedDrafts = options.IncludeDrafts ? 0 : loaded.Articles.Count(a => a.Draft),
            SkippedScheduled = options.IncludeFuture ? 0 : loaded.Articles.Count(a => (options.IncludeDrafts || !a.Draft) && PublicationFilter.IsScheduled(a, today)),
            Refusal = refusal is { } why
                ? $"{(options.OutputFolder is null && config.OutputAt.Line > 0 ? $"{SiteConfigLoader.FileName}:{config.OutputAt.Line}:{config.OutputAt.Column}: " : "")}error: refusing to build into {output}: {why}"
                : null,
        };
        var statics = SiteFiles.List(options.SiteFolder, StaticFolderName, _ => true, everything: true);
        var keys = keepPages && inUse is not null ? PageKey.Of(options.Engine ?? DigestCache.CurrentEngine, theme.Files, storyKeys) : null;
        return (before, new SiteRenderer(config, theme, new ScribanTemplateEngine(theme), keys, whole, searchText), statics, clock, inUse, merges, () => Volatile.Read(ref cleanedNow));
    }

    private static string RenderCounts(IEnumerable<string> paths, long bytes)
    {
        var all = paths.ToList();
        return $"{Count(all.Count(IsPage), "page", "pages")}, {Count(all.Count, "file", "files")}, {Count(bytes, "byte", "bytes")}";
    }

    /// <summary>A page a reader opens, as the build's summary counts pages.</summary>
    public static bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal);

    private static string Count(long n, string one, string many) => StageClock.Count(n, one, many);

    private const string StaticFolderName = "static";

    /// <summary>The site's <c>static/</c> files, but none the site writes itself: a page of the site wins, with a warning.</summary>
    private static (ImmutableArray<StaticFile> Files, ImmutableArray<Diagnostic> Diagnostics) StaticFolder(
        string siteFolder, (ImmutableArray<string> Files, ImmutableArray<Diagnostic> Diagnostics) listed, ImmutableArray<string> rendered)
    {
        var written = rendered.ToHashSet(StringComparer.Ordinal);
        var files = ImmutableArray.CreateBuilder<StaticFile>();
        var warnings = listed.Diagnostics.ToBuilder();
        foreach (var path in listed.Files)
        {
            var inOutput = path[(StaticFolderName.Length + 1)..];
            if (written.Contains(inOutput))
                warnings.Add(Diagnostic.Warning(path, 1, 1, $"the site writes its own {inOutput}, so this file is not copied; rename or move it"));
            else
                files.Add(new StaticFile(inOutput, Path.GetFullPath(Path.Combine(siteFolder, path))));
        }
        return (files.ToImmutable(), warnings.ToImmutable());
    }

    /// <summary>
    /// The stories of <paramref name="cleaned"/>. Grouping reads no unread article's sentences (those of stories found by folder
    /// or key), but where it copied one (to make its id unique in its story), the articles are read whole and grouped again.
    /// </summary>
    private static GroupResult GroupAll(ImmutableArray<CleanArticle> cleaned, ImmutableArray<StoryOverride> overrides, DigestCache? cache)
    {
        var grouped = StoryGrouper.Group(cleaned, overrides);
        if (cache is null || !grouped.Stories.Any(s => s.Articles.Any(a => a.Paragraphs.IsDefault && !cache.IsUnread(a))))
            return grouped;
        return StoryGrouper.Group([.. cleaned.Select(cache.Whole)], overrides);
    }

    /// <summary>The editor's <c>exclude:</c>, once grouping has said which articles are the override's story.</summary>
    private static (Story Story, ImmutableArray<Diagnostic> Diagnostics) ExcludeSentences(Story story)
    {
        var (articles, diagnostics) = SentenceExclusion.Apply(story.Articles, story.Override, story.Slug);
        var speakers = EditorialOverrides.UnmatchedSpeakers(story.Articles.Select(a => string.Join(" ", a.Sentences.Select(s => s.Text))), story.Override, story.Slug);
        return (story with { Articles = articles }, diagnostics.AddRange(speakers));
    }

    /// <summary>The stories' indexes, those with the most sentences first (a story's merge takes time with its sentences), ties in story order.</summary>
    private static int[] LargestFirst(ImmutableArray<Story> stories)
    {
        var sizes = stories.Select(s => s.Articles.Sum(a => a.Paragraphs.IsDefault ? 0 : a.Paragraphs.Sum(p => p.Sentences.Length))).ToArray();
        return [.. Enumerable.Range(0, stories.Length).OrderByDescending(i => sizes[i]).ThenBy(i => i)];
    }

    /// <summary>
    /// Stories merge independently; results keep the stories' order whatever the thread count. The
    /// editor's pinned headline and note are applied to the merged digest. A story the cache holds
    /// under the same key (same articles, overrides, settings and engine) is taken from it.
    /// </summary>
    /// <remarks>
    /// A story the cache holds comes as its <see cref="DigestCache.Summary"/>, all the site's other pages read of it; its
    /// whole digest is read (<c>Whole</c>) only if its own pages are rendered, and merged again if that entry is gone.
    /// </remarks>
    private static (ImmutableArray<StoryDigest> Digests, Func<int> Merged, IReadOnlyDictionary<StoryDigest, string> Keys, Func<StoryDigest, StoryDigest> Whole, Func<StoryDigest, string> Text) MergeAll(
        ImmutableArray<Story> stories, DigestCache? cache)
    {
        var digests = new StoryDigest[stories.Length];
        var keys = new string?[stories.Length];
        var summarised = new ConcurrentDictionary<StoryDigest, (string Key, Story Story, string Text)>(ReferenceEqualityComparer.Instance);
        var merged = 0;
        StoryDigest Merge(Story story, string? key)
        {
            var digest = EditorialOverrides.Apply(StoryMerger.Merge(cache is null ? story : cache.Whole(story)), story.Override);
            Interlocked.Increment(ref merged);
            if (key is not null)
                cache!.Store(key, digest);
            return digest;
        }
        // Largest first, one story at a time: a big story handed out last would leave the other cores idle while it merges alone.
        Parallel.ForEach(Partitioner.Create(LargestFirst(stories), EnumerablePartitionerOptions.NoBuffering), i =>
        {
            var story = stories[i];
            var key = keys[i] = cache?.KeyOf(story);
            if (key is not null && cache!.FindSummary(key) is { } found && found.Summary.Slug == story.Slug)
            {
                digests[i] = found.Summary;
                summarised[found.Summary] = (key, story, found.Text);
                return;
            }
            if (key is not null && cache!.Find(key) is { } kept && kept.Slug == story.Slug)
            {
                digests[i] = kept;
                return;
            }
            digests[i] = Merge(story, key);
        });
        var byDigest = new Dictionary<StoryDigest, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < digests.Length; i++)
            if (keys[i] is { } key)
                byDigest[digests[i]] = key;
        StoryDigest Whole(StoryDigest digest) =>
            !summarised.TryGetValue(digest, out var from) ? digest
            : cache!.Find(from.Key) is { } whole && whole.Slug == digest.Slug ? whole
            : Merge(from.Story, from.Key);
        string Text(StoryDigest digest) => summarised.TryGetValue(digest, out var from) ? from.Text : SearchIndexWriter.Text(digest);
        return ([.. digests], () => Volatile.Read(ref merged), byDigest, Whole, Text);
    }
}
