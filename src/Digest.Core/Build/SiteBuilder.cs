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
public sealed record BuildOptions(
    string SiteFolder, string? OutputFolder = null, bool Strict = false,
    bool IncludeDrafts = false, bool IncludeFuture = false, DateOnly? Today = null);

public sealed record BuildResult(
    bool Succeeded,
    string OutputFolder,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<StoryDigest> Digests,
    ImmutableArray<OutputFile> Files,
    int ArticleCount,
    TimeSpan Elapsed);

/// <summary>The whole build, read top to bottom: Load, Clean, Group, Merge, Render, Write.</summary>
public static class SiteBuilder
{
    /// <summary>Runs every stage but Write: the site as it would be written, for checks and tests.</summary>
    public static BuildResult Plan(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var (config, configDiagnostics) = SiteConfigLoader.Load(options.SiteFolder);
        var output = options.OutputFolder ?? Path.Combine(options.SiteFolder, config.Output);

        var loaded = ContentLoader.Load(options.SiteFolder);
        var published = PublicationFilter.Apply(loaded.Articles, options.IncludeDrafts, options.IncludeFuture,
            options.Today ?? PublicationFilter.UtcToday(TimeProvider.System));
        var cleaned = new BoilerplateCleaner(config.Boilerplate).Clean(published);
        var grouped = StoryGrouper.Group(cleaned, loaded.Overrides);
        var excluded = grouped.Stories.Select(ExcludeSentences).ToImmutableArray();
        var digests = MergeAll([.. excluded.Select(e => e.Story)]);

        var theme = Theme.Load(options.SiteFolder);
        var files = new SiteRenderer(config, theme, new ScribanTemplateEngine(theme)).Render(digests);

        var diagnostics = configDiagnostics.AddRange(loaded.Diagnostics)
            .AddRange(grouped.Diagnostics).AddRange(excluded.SelectMany(e => e.Diagnostics));
        return new BuildResult(true, output, diagnostics, digests, files, published.Length, clock.Elapsed);
    }

    public static BuildResult Build(BuildOptions options)
    {
        var plan = Plan(options);
        var hasErrors = plan.Diagnostics.Any(d => d.Severity == Severity.Error);
        if (options.Strict && hasErrors)
            return plan with { Succeeded = false };
        SiteWriter.EnsureSafeTarget(plan.OutputFolder, options.SiteFolder);
        SiteWriter.Write(plan.OutputFolder, plan.Files);
        return plan;
    }

    /// <summary>The editor's <c>exclude:</c>, once grouping has said which articles are the override's story.</summary>
    private static (Story Story, ImmutableArray<Diagnostic> Diagnostics) ExcludeSentences(Story story)
    {
        var (articles, diagnostics) = SentenceExclusion.Apply(story.Articles, story.Override, story.Slug);
        return (story with { Articles = articles }, diagnostics);
    }

    /// <summary>
    /// Stories merge independently; results keep the stories' order whatever the thread count. The
    /// editor's pinned headline and note are applied to the merged digest.
    /// </summary>
    private static ImmutableArray<StoryDigest> MergeAll(ImmutableArray<Story> stories)
    {
        var digests = new StoryDigest[stories.Length];
        Parallel.For(0, stories.Length, i => digests[i] = EditorialOverrides.Apply(StoryMerger.Merge(stories[i]), stories[i].Override));
        return [.. digests];
    }
}
