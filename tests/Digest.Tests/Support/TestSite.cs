using System.Collections.Immutable;
using Digest.Core;
using Digest.Core.Build;
using Digest.Core.Load;

namespace Digest.Tests.Support;

/// <summary>A site as the tests build it: the real pipeline's plan (every stage but Write) and the articles as loaded.</summary>
/// <param name="Articles">Every article of the site as Load reads it, before cleaning: what the invariants account for.</param>
public sealed record BuiltSite(BuildResult Result, ImmutableArray<Article> Articles);

/// <summary>
/// Builds a site through <see cref="SiteBuilder"/>, so that tests see what a reader would: overrides
/// (<c>_story.yml</c>, <c>stories.yml</c>) and <c>site.yml</c> take part. Drafts and scheduled
/// articles are built too, so that no result depends on today's date. Any error fails the test.
/// </summary>
public static class TestSite
{
    public const string DefaultConfig = "title: Test site\nbase_url: https://example.org/\n";

    /// <summary>Writes <paramref name="files"/> (paths relative to the site) into a fresh folder, with a default <c>site.yml</c> when they hold none, and builds it.</summary>
    public static BuiltSite Build(IEnumerable<(string Path, string Text)> files)
    {
        using var folder = new Paths.TempFolder();
        foreach (var (path, text) in files)
            folder.Write(path, text);
        if (!File.Exists(Path.Combine(folder.Path, "site.yml")))
            folder.Write("site.yml", DefaultConfig);
        return Build(folder.Path);
    }

    /// <summary>Builds the site in <paramref name="siteFolder"/> as it is.</summary>
    public static BuiltSite Build(string siteFolder)
    {
        var result = SiteBuilder.Plan(new BuildOptions(siteFolder, IncludeDrafts: true, IncludeFuture: true));
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return new BuiltSite(result, ContentLoader.Load(siteFolder).Articles);
    }
}
