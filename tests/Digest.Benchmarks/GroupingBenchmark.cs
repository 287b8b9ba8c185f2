using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Digest.Core.Clean;
using Digest.Core.Group;

namespace Digest.Benchmarks;

/// <summary>The Group stage alone on generated archives (articles directly in content/, no story keys).</summary>
[MemoryDiagnoser]
public class GroupingBenchmark
{
    /// <summary>Archive sizes; <c>DIGEST_BENCH_SIZES=100000</c> runs one size alone (for a single-iteration job).</summary>
    public static IEnumerable<int> Sizes() =>
        (Environment.GetEnvironmentVariable("DIGEST_BENCH_SIZES") ?? "1000,10000,100000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture));

    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; }

    private ImmutableArray<CleanArticle> articles;

    [GlobalSetup]
    public void Setup() => articles = SyntheticSite.Load(Articles).Articles;

    [Benchmark]
    public int Group() => StoryGrouper.Group(articles).Length;
}
