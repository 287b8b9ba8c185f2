using System.Collections.Immutable;
using Digest.Core.Load;
using Digest.Core.Merge;

namespace Digest.Tests.Support;

/// <summary>A story of a test corpus built through the whole pipeline (<see cref="TestSite"/>), with its loaded articles.</summary>
public sealed record CorpusStory(string Name, ImmutableArray<Article> Articles, StoryDigest Digest)
{
    public override string ToString() => Name;
}

/// <summary>
/// Every story of every test corpus: the repository's own site (its seed story in <c>content/</c>,
/// with its <c>site.yml</c>) and each cluster of <c>../shared/corpus/</c>, built as a site of its
/// own (its folder is its story, the true grouping).
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

    /// <summary>The story, built once per test run.</summary>
    public static CorpusStory Get(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var story))
                Cache[name] = story = Build(name);
            return story;
        }
    }

    /// <summary>The story built afresh through every stage (for determinism checks).</summary>
    public static CorpusStory Build(string name)
    {
        var site = name == "seed"
            ? TestSite.Build(Paths.Repository)
            : TestSite.Build(Directory.GetFiles(Path.Combine(Paths.Corpus, name), "*.md")
                .Select(f => ($"content/{name}/{Path.GetFileName(f)}", File.ReadAllText(f))));
        return new CorpusStory(name, site.Articles, Assert.Single(site.Result.Digests));
    }
}
