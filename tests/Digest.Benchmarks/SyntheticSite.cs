using System.Collections.Immutable;
using Digest.Core.Clean;
using Digest.Core.Load;

namespace Digest.Benchmarks;

/// <summary>The generated archive, loaded and cleaned as the build would, or written out as a site folder.</summary>
public static class SyntheticSite
{
    public static (ImmutableArray<CleanArticle> Articles, Dictionary<string, string> Truth) Load(int count)
    {
        var generated = new SyntheticCorpus().Generate(count).ToArray();
        var articles = new Article[generated.Length];
        Parallel.For(0, generated.Length, i =>
        {
            var (article, diagnostics) = ContentLoader.Parse(generated[i].Text, generated[i].Path);
            articles[i] = article ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
        });
        var truth = generated.ToDictionary(g => g.Path, g => g.Story.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return (new BoilerplateCleaner([]).Clean([.. articles]), truth);
    }

    public static void Write(int count, string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, ContentLoader.ContentFolder));
        File.WriteAllText(Path.Combine(folder, "site.yml"), $"title: Synthetic archive of {count} articles\n");
        foreach (var article in new SyntheticCorpus().Generate(count))
            File.WriteAllText(Path.Combine(folder, article.Path), article.Text);
    }
}
