using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Digest.Core.Group;
using Digest.Core.Load;
using Digest.Core.Merge;
using Digest.Core.Render;
using Digest.Core.Render.Templates;

namespace Digest.Benchmarks;

/// <summary>
/// The Render stage alone (the built-in theme parsed once, then every page, feed and index of the site)
/// on the digests of a generated archive.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmark
{
    [Params(1000)]
    public int Articles { get; set; }

    private ImmutableArray<StoryDigest> digests;

    [GlobalSetup]
    public void Setup() => digests = Digests(Articles);

    [Benchmark]
    public int Render() => RenderSite(digests);

    public static ImmutableArray<StoryDigest> Digests(int articles) =>
        [.. StoryGrouper.Group(SyntheticSite.Load(articles).Articles).AsParallel().AsOrdered().Select(StoryMerger.Merge)];

    public static int RenderSite(ImmutableArray<StoryDigest> digests)
    {
        var theme = new Theme(Theme.Embedded());
        return new SiteRenderer(SiteConfig.Default, theme, new ScribanTemplateEngine(theme)).Render(digests).Length;
    }

    /// <summary>One timed render of a generated archive: wall time, CPU time and bytes allocated, the median of three runs.</summary>
    public static string Time(int articles)
    {
        var digests = Digests(articles);
        RenderSite(digests); // warm up
        var runs = Enumerable.Range(0, 3).Select(_ =>
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var files = RenderSite(digests);
            return (Files: files, Seconds: clock.Elapsed.TotalSeconds,
                Cpu: (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,
                Megabytes: (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6);
        }).OrderBy(r => r.Seconds).ToList();
        var median = runs[1];
        return string.Create(CultureInfo.InvariantCulture,
            $"render of {articles} articles ({digests.Length} stories, {median.Files} files): {median.Seconds:F2} s wall, {median.Cpu:F2} s CPU, {median.Megabytes:F0} MB allocated (median of 3)");
    }
}
