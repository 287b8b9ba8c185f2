using System.Collections.Immutable;
using System.Globalization;
using Digest.Core.Clean;
using Digest.Core.Group;
using Digest.Core.Load;
using Digest.Benchmarks;
using Digest.Tests.Support;

namespace Digest.Tests.Group;

/// <summary>
/// How well automatic grouping finds the true stories: every cluster of the shared corpus, story
/// keys ignored, all articles as if in one flat content folder, scored with B-cubed precision and
/// recall against the folder each article came from.
/// </summary>
public class GroupingQualityTests(ITestOutputHelper output)
{
    private const double MinimumF1 = 0.95;

    [Fact]
    public void Shared_corpus_flattened_is_grouped_into_its_true_stories()
    {
        if (!TestCorpora.SharedCorpusPresent)
            Assert.Skip(TestCorpora.MissingCorpusMessage);

        var truth = new Dictionary<string, string>(StringComparer.Ordinal);
        var articles = new List<Article>();
        foreach (var folder in Directory.GetDirectories(Paths.Corpus).Order(StringComparer.Ordinal))
            foreach (var file in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
            {
                var flat = $"content/{Path.GetFileName(folder)}--{Path.GetFileName(file)}";
                articles.Add(Flat(File.ReadAllText(file), flat));
                truth[flat] = Path.GetFileName(folder);
            }

        var cleaned = new BoilerplateCleaner([]).Clean([.. articles]);
        var stories = StoryGrouper.Group(cleaned);
        var found = stories.SelectMany(s => s.Articles.Select(a => (a.Article.Path, s.Slug)))
            .ToDictionary(x => x.Path, x => x.Slug, StringComparer.Ordinal);
        var (precision, recall, f1) = BCubed.Score(truth, found);

        var line = string.Create(CultureInfo.InvariantCulture,
            $"B-cubed over {articles.Count} articles in {truth.Values.Distinct().Count()} true stories: precision {precision:F3}, recall {recall:F3}, F1 {f1:F3} ({stories.Length} stories found)");
        output.WriteLine(line);
        foreach (var story in stories)
            output.WriteLine($"  {story.Slug}: {string.Join(", ", story.Articles.Select(a => truth[a.Article.Path][..12]))}");
        output.WriteLine(Margin(cleaned, truth));
        TestContext.Current.SendDiagnosticMessage(line);
        Assert.True(f1 >= MinimumF1, line);
    }

    [Fact]
    public void Seed_story_without_keys_or_folder_is_one_story()
    {
        var folder = Path.Combine(Paths.Repository, "content", "chrissy-teigen-son-memorial");
        var articles = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal)
            .Select(f => Flat(File.ReadAllText(f), $"content/{Path.GetFileName(f)}"))
            .ToImmutableArray();
        Assert.All(articles, a => Assert.Null(a.Story));

        var stories = StoryGrouper.Group(new BoilerplateCleaner([]).Clean(articles));

        var story = Assert.Single(stories);
        Assert.Equal(articles.Length, story.Articles.Length);
    }

    [Fact]
    public void Seed_story_flattened_builds_as_one_digest_that_accounts_for_every_sentence()
    {
        using var site = new Paths.TempFolder();
        foreach (var file in Directory.GetFiles(Path.Combine(Paths.Repository, "content", "chrissy-teigen-son-memorial"), "*.md"))
            site.Write($"content/{Path.GetFileName(file)}",
                string.Join('\n', File.ReadAllText(file).Replace("\r\n", "\n").Split('\n').Where(l => !l.StartsWith("story:", StringComparison.Ordinal))));

        var result = Core.Build.SiteBuilder.Plan(new Core.Build.BuildOptions(site.Path));

        var digest = Assert.Single(result.Digests);
        var articles = digest.Sources.Select(s => ContentLoader.LoadFile(site.Path, s.Path).Article!).ToArray();
        Assert.Equal(2, articles.Length);
        Assert.Empty(DigestInvariants.Accounting(digest, articles));
    }

    /// <summary>
    /// How far the threshold is from trouble: the best-scoring pair across true stories and, per true
    /// story, its best link, whose weakest must still clear the threshold (all pairs: the corpus is small).
    /// </summary>
    private static string Margin(ImmutableArray<CleanArticle> articles, Dictionary<string, string> truth)
    {
        var index = new SimilarityIndex(articles);
        var across = 0.0;
        var bestLink = new double[articles.Length];
        for (var a = 0; a < articles.Length; a++)
            for (var b = 0; b < articles.Length; b++)
            {
                if (a == b) continue;
                var score = index.Score(a, b);
                if (truth[articles[a].Article.Path] == truth[articles[b].Article.Path])
                    bestLink[a] = Math.Max(bestLink[a], score);
                else
                    across = Math.Max(across, score);
            }
        return string.Create(CultureInfo.InvariantCulture,
            $"threshold {SimilarityIndex.Threshold:F2}: best pair across stories {across:F3}, weakest article's best link within its story {bestLink.Min():F3}");
    }

    /// <summary>Parses a content file as if it lay directly in <c>content/</c>, its <c>story:</c> line dropped.</summary>
    internal static Article Flat(string text, string path)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Where(l => !l.StartsWith("story:", StringComparison.Ordinal));
        var (article, diagnostics) = ContentLoader.Parse(string.Join('\n', lines), path);
        Assert.True(article is not null, string.Join("\n", diagnostics));
        return article!;
    }
}
