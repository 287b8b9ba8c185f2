using System.Collections.Immutable;
using Digest.Core.Clean;
using Digest.Core.Group;
using Digest.Core.Load;
using Digest.Core.Merge;

namespace Digest.Tests.Support;

/// <summary>A story of a test corpus run through Load, Clean, Group and Merge, with its loaded articles.</summary>
public sealed record CorpusStory(string Name, ImmutableArray<Article> Articles, Story Story, StoryDigest Digest)
{
    public override string ToString() => Name;
}

/// <summary>
/// Every story of every test corpus: the seed story in <c>content/</c> and each cluster of
/// <c>../shared/corpus/</c> (grouped by its folder, the true grouping).
/// </summary>
public static class TestCorpora
{
    public static bool SharedCorpusPresent => Directory.Exists(Paths.Corpus);

    public const string MissingCorpusMessage = "../shared/corpus is absent beside the repository; corpus tests need it";

    public static IEnumerable<string> Names()
    {
        yield return "seed";
        if (SharedCorpusPresent)
            // Story folders hold articles; annotations/ beside them holds the eval's answers.
            foreach (var dir in Directory.GetDirectories(Paths.Corpus).Where(d => Directory.EnumerateFiles(d, "*.md").Any()).Order(StringComparer.Ordinal))
                yield return Path.GetFileName(dir);
    }

    public static TheoryData<string> All() => new(Names());

    private static readonly Dictionary<string, CorpusStory> Cache = new();

    public static CorpusStory Get(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var story))
                Cache[name] = story = Build(name);
            return story;
        }
    }

    private static CorpusStory Build(string name)
    {
        var (siteFolder, files) = name == "seed"
            ? (Paths.Repository, Directory.GetFiles(Path.Combine(Paths.Repository, "content"), "*.md", SearchOption.AllDirectories))
            : (Paths.Corpus, Directory.GetFiles(Path.Combine(Paths.Corpus, name), "*.md"));
        var articles = files.Order(StringComparer.Ordinal).Select(f =>
        {
            var relative = name == "seed"
                ? Path.GetRelativePath(siteFolder, f).Replace('\\', '/')
                : $"content/{name}/{Path.GetFileName(f)}";
            var (article, diagnostics) = ContentLoader.Parse(File.ReadAllText(f), relative);
            Assert.True(article is not null, string.Join("\n", diagnostics));
            return article!;
        }).ToImmutableArray();
        var cleaned = new BoilerplateCleaner([]).Clean(articles);
        var stories = StoryGrouper.Group(cleaned);
        Assert.Single(stories);
        return new CorpusStory(name, articles, stories[0], StoryMerger.Merge(stories[0]));
    }
}
