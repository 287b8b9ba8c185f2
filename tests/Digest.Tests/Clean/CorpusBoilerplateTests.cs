using System.Collections.Immutable;
using Digest.Core.Clean;
using Digest.Core.Load;
using Digest.Tests.Support;

namespace Digest.Tests.Clean;

/// <summary>
/// The Clean stage on real text: the seed story, and every cluster of <c>../shared/corpus</c>
/// cleaned together as one site (so an outlet's footers are seen across its stories).
/// </summary>
public class CorpusBoilerplateTests(ITestOutputHelper output)
{
    /// <summary>
    /// Marks of boilerplate, kept apart from the cleaner's own rules so that the check is not the
    /// rules checking themselves. Each is specific enough not to occur in this corpus's prose.
    /// </summary>
    private static readonly string[] Marks =
    [
        "continue reading the main story", "scroll down for video", "| credit:", "all rights reserved",
        "may not be published, broadcast", "information from:", "read more:", "push notifications", "/getty images",
        "ap photo/", "/associated press)", "/ap)", "pic.twitter.com", "for subscribing", "contributed to this report",
        "copyright 20", "©", "transcripts are created", "newsletter sign up", "add interest", "toggle caption",
        "image copyright", "(photo by", "related:", "sign up for", "(@", "in its final form", "terms of use",
        "editing error", "following correction",
    ];

    private static readonly string[] Lines = ["advertisement", "___", "photo", "getty images", "la", "fa"];

    [Fact]
    public void Seed_loses_exactly_the_four_people_boilerplate_lines()
    {
        var loaded = ContentLoader.Load(Paths.Repository);
        var cleaned = new BoilerplateCleaner([]).Clean(loaded.Articles);
        var removed = cleaned.SelectMany(c => c.Removed).ToList();
        Assert.All(removed, r => Assert.Equal("people", r.Source));
        Assert.Collection(removed,
            r => Assert.StartsWith("Get push notifications", r.Text),
            r => Assert.Equal("Chrissy Teigen Instagram Chrissy Teigen | Credit: Chrissy Teigen Instagram", r.Text),
            r => Assert.StartsWith("Never miss a story — sign up for PEOPLE's free daily newsletter", r.Text),
            r => Assert.Equal("chrissy teigen Credit: chrissy teigen/instagram", r.Text));
    }

    [Fact]
    public void Corpus_keeps_no_known_boilerplate_and_lists_what_it_removed()
    {
        if (!TestCorpora.SharedCorpusPresent)
            Assert.Skip(TestCorpora.MissingCorpusMessage);
        var articles = LoadCorpus();
        var cleaned = new BoilerplateCleaner([]).Clean(articles);

        var left = new List<string>();
        foreach (var group in cleaned.GroupBy(c => c.Article.Folder).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var removed = group.SelectMany(c => c.Removed.Select(r => (c.Article.Path, r))).ToList();
            var kept = group.Sum(c => c.Sentences.Count());
            output.WriteLine($"{group.Key}: {removed.Count} removed, {kept} kept");
            foreach (var (path, r) in removed)
                output.WriteLine($"    {Path.GetFileNameWithoutExtension(path)} [{r.Reason}] {Shorten(r.Text)}");
            foreach (var c in group)
                foreach (var s in c.Sentences)
                    if (IsBoilerplate(s.Text))
                        left.Add($"{c.Article.Path}: {s.Text}");
        }
        Assert.Empty(left);
        Assert.True(cleaned.Sum(c => c.Removed.Length) > 0);
    }

    [Fact]
    public void Corpus_outlet_footers_are_found_on_their_own_and_are_all_boilerplate()
    {
        if (!TestCorpora.SharedCorpusPresent)
            Assert.Skip(TestCorpora.MissingCorpusMessage);
        // Without the generic rules: what one outlet repeats across its stories.
        var articles = LoadCorpus();
        var footers = OutletFooters.Find(articles);
        var found = articles.SelectMany(a => a.Sentences.Where(s => footers.ReasonFor(a)(s.Text) is not null).Select(s => s.Text)).ToList();
        foreach (var text in found.Distinct())
            output.WriteLine(text);
        Assert.NotEmpty(found);
        Assert.All(found, text => Assert.True(IsBoilerplate(text), $"a footer that is not boilerplate: {text}"));
    }

    [Fact]
    public void Corpus_cleaning_only_removes_sentences_and_keeps_their_order()
    {
        if (!TestCorpora.SharedCorpusPresent)
            Assert.Skip(TestCorpora.MissingCorpusMessage);
        foreach (var c in new BoilerplateCleaner([]).Clean(LoadCorpus()))
        {
            // Kept sentences are the source's in order (a subsequence), and kept plus removed are
            // exactly the source's sentences, counted with repeats.
            var source = c.Article.Sentences.Select(s => s.Text).ToList();
            var at = 0;
            foreach (var kept in c.Sentences)
            {
                while (at < source.Count && source[at] != kept.Text)
                    at++;
                Assert.True(at < source.Count, $"{c.Article.Path}: kept out of order or not in the source: {kept.Text}");
                at++;
            }
            Assert.Equal(
                source.Order(StringComparer.Ordinal),
                c.Sentences.Select(s => s.Text).Concat(c.Removed.Select(r => r.Text)).Order(StringComparer.Ordinal));
        }
    }

    private static bool IsBoilerplate(string text) =>
        Marks.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase))
        || Lines.Any(l => string.Equals(text.TrimEnd('.'), l, StringComparison.OrdinalIgnoreCase));

    private static string Shorten(string text) => text.Length <= 140 ? text : text[..137] + "...";

    private static ImmutableArray<Article> LoadCorpus() =>
        [.. Directory.GetDirectories(Paths.Corpus).Order(StringComparer.Ordinal).SelectMany(dir =>
            Directory.GetFiles(dir, "*.md").Order(StringComparer.Ordinal).Select(f =>
            {
                var (article, diagnostics) = ContentLoader.Parse(File.ReadAllText(f), $"content/{Path.GetFileName(dir)}/{Path.GetFileName(f)}");
                Assert.True(article is not null, string.Join("\n", diagnostics));
                return article!;
            }))];
}
