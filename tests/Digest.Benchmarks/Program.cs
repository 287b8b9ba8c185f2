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
//   site long|big N DIR writes the long article or the big story of N as a site, to build with the CLI
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
        Console.WriteLine(Timed(bench.LoadCleanMerge, $"one article of {n} paragraphs"));
        return 0;
    case ["big", var n]:
        var big = new BigStoryBenchmark { Articles = int.Parse(n, CultureInfo.InvariantCulture) };
        big.Setup();
        Console.WriteLine(Timed(big.Merge, $"one story of {n} articles"));
        return 0;
    case ["site", var kind, var n, var folder]:
        var size = int.Parse(n, CultureInfo.InvariantCulture);
        if (kind == "long")
            WriteFile(Path.Combine(folder, "content", "live", "blog.md"), LongArticleBenchmark.Text(size));
        else
            foreach (var (text, i) in BigStoryBenchmark.Texts(size).Select((t, i) => (t, i)))
                WriteFile(Path.Combine(folder, "content", "big", $"{i:D4}.md"), text);
        File.WriteAllText(Path.Combine(folder, "site.yml"), "title: Generated\nbase_url: https://example.org/\n");
        Console.WriteLine($"wrote the {kind} input of {n} to {folder}");
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(GroupingBenchmark).Assembly).Run(args);
        return 0;
}

static void WriteFile(string path, string text)
{
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, text);
}

/// <summary>Runs one merge once and says how many body sentences it made, in what wall and CPU time.</summary>
static string Timed(Func<int> merge, string what)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var sentences = merge();
    return string.Create(CultureInfo.InvariantCulture,
        $"{what} ({sentences} body sentences): {clock.Elapsed.TotalSeconds:F2} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s CPU");
}
