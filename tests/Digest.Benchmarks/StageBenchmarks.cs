using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Digest.Core.Clean;
using Digest.Core.Group;
using Digest.Core.Load;
using Digest.Core.Merge;
using Digest.Core.Render;
using Digest.Core.Render.Templates;
using Digest.Core.Write;

namespace Digest.Benchmarks;

/// <summary>
/// Load, Clean, Merge and Write, each alone, on a generated site written to a temporary folder
/// (Group and Render have benchmarks of their own). Each stage is given what the stage before it
/// made, once, in the setup.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    [Params(1000)]
    public int Articles { get; set; }

    private string folder = "";
    private ImmutableArray<Article> loaded;
    private ImmutableArray<CleanArticle> cleaned;
    private ImmutableArray<Story> stories;
    private ImmutableArray<OutputFile> files;

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), $"digest-bench-{Environment.ProcessId}");
        SyntheticSite.Write(Articles, folder);
        loaded = ContentLoader.Load(folder).Articles;
        cleaned = new BoilerplateCleaner([]).Clean(loaded);
        stories = StoryGrouper.Group(cleaned);
        var theme = new Theme(Theme.Embedded());
        files = new SiteRenderer(SiteConfig.Default, theme, new ScribanTemplateEngine(theme)).Render(MergeAll(stories));
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public int Load() => ContentLoader.Load(folder).Articles.Length;

    [Benchmark]
    public int Clean() => new BoilerplateCleaner([]).Clean(loaded).Length;

    [Benchmark]
    public int Merge() => MergeAll(stories).Length;

    [Benchmark]
    public void Write() => SiteWriter.Write(Path.Combine(folder, "public"), files);

    private static ImmutableArray<StoryDigest> MergeAll(ImmutableArray<Story> stories) =>
        [.. stories.AsParallel().AsOrdered().Select(StoryMerger.Merge)];
}

/// <summary>
/// One article of many paragraphs (a live blog, a transcript) through Load, Clean and Merge: the
/// work must grow with the article, not with its square. Paragraphs are the generated archive's,
/// so few of them repeat one another.
/// </summary>
[MemoryDiagnoser]
public class LongArticleBenchmark
{
    [Params(1000, 10000)]
    public int Paragraphs { get; set; }

    private string text = "";

    [GlobalSetup]
    public void Setup() => text = Text(Paragraphs);

    [Benchmark]
    public int LoadCleanMerge()
    {
        var (article, _) = ContentLoader.Parse(text, "content/live/blog.md");
        var cleaned = new BoilerplateCleaner([]).Clean([article!]);
        return StoryMerger.Merge(StoryGrouper.Group(cleaned).Single()).Body.Length;
    }

    /// <summary>A Markdown article of <paramref name="paragraphs"/> paragraphs taken in turn from generated articles.</summary>
    public static string Text(int paragraphs)
    {
        var body = new SyntheticCorpus().Generate(paragraphs)
            .SelectMany(a => a.Text.Split("\n---\n", 2)[^1].Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Take(paragraphs);
        return new StringBuilder("---\ntitle: A day of live coverage\noutlet: The Long Post\ndate: 2024-03-01\n---\n\n")
            .AppendJoin("\n\n", body).Append('\n').ToString();
    }
}

/// <summary>
/// One story told by many articles (a long-running event every outlet follows) through Merge: each
/// new sentence must be compared with the entries that share its words, not with the whole body.
/// The generated archive's articles are filed in one folder, so they are grouped as one story.
/// </summary>
[MemoryDiagnoser]
public class BigStoryBenchmark
{
    [Params(100, 400)]
    public int Articles { get; set; }

    private Story story = null!;

    [GlobalSetup]
    public void Setup()
    {
        var articles = Texts(Articles)
            .Select((text, i) => ContentLoader.Parse(text, $"content/big/{i:D4}.md").Article!)
            .ToImmutableArray();
        story = StoryGrouper.Group(new BoilerplateCleaner([]).Clean(articles)).Single();
    }

    [Benchmark]
    public int Merge() => StoryMerger.Merge(story).Body.Length;

    /// <summary>The Markdown of the story's <paramref name="articles"/> articles, to be filed in one folder.</summary>
    public static IEnumerable<string> Texts(int articles) => new SyntheticCorpus().Generate(articles).Select(a => a.Text);
}
