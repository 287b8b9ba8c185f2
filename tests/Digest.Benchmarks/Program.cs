using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Digest.Benchmarks;
using Digest.Core.Group;

// dotnet run -c Release --project tests/Digest.Benchmarks -- [BenchmarkDotNet arguments]
//   generate N FOLDER   writes a site of N generated articles (used by build-bench.sh)
//   quality N           groups N generated articles once and prints time and B-cubed scores
//   render N            renders the digests of N generated articles and prints time and allocation
//   long N              loads, cleans and merges one article of N paragraphs once and prints its time
//   big N               merges one story of N generated articles once and prints its time
switch (args)
{
    case ["generate", var n, var folder]:
        SyntheticSite.Write(int.Parse(n, CultureInfo.InvariantCulture), folder);
        Console.WriteLine($"wrote {n} articles to {folder}");
        return 0;
    case ["quality", var n]:
        var (articles, truth) = SyntheticSite.Load(int.Parse(n, CultureInfo.InvariantCulture));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var stories = StoryGrouper.Group(articles);
        var elapsed = clock.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var found = stories.SelectMany(s => s.Articles.Select(a => (a.Article.Path, s.Slug))).ToDictionary(x => x.Path, x => x.Slug, StringComparer.Ordinal);
        var (p, r, f1) = BCubed.Score(truth, found);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles.Length} articles, {truth.Values.Distinct().Count()} true stories, {stories.Length} found in {elapsed.TotalSeconds:F2} s ({cpu.TotalSeconds:F2} s CPU): B-cubed precision {p:F3}, recall {r:F3}, F1 {f1:F3}"));
        return 0;
    case ["render", var n]:
        Console.WriteLine(RenderBenchmark.Time(int.Parse(n, CultureInfo.InvariantCulture)));
        return 0;
    case ["long", var n]:
        var bench = new LongArticleBenchmark { Paragraphs = int.Parse(n, CultureInfo.InvariantCulture) };
        bench.Setup();
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var body = bench.LoadCleanMerge();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one article of {n} paragraphs ({body} body sentences): {watch.Elapsed.TotalSeconds:F2} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds:F2} s CPU"));
        return 0;
    case ["big", var n]:
        var big = new BigStoryBenchmark { Articles = int.Parse(n, CultureInfo.InvariantCulture) };
        big.Setup();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clockBig = Stopwatch.StartNew();
        var sentences = big.Merge();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one story of {n} articles ({sentences} body sentences): {clockBig.Elapsed.TotalSeconds:F2} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds:F2} s CPU"));
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(GroupingBenchmark).Assembly).Run(args);
        return 0;
}
