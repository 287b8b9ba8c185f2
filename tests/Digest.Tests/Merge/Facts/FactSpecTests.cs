using System.Collections.Immutable;
using Markdig;
using Markdig.Syntax;
using Digest.Tests.Support;

namespace Digest.Tests.Merge.Facts;

/// <summary>
/// Runs the fact spec files in <c>Merge/Facts/Specs/*.md</c>, written like the merge specs: each
/// <c>## case</c> holds short made-up articles (<c>article ID</c> blocks, front matter and body), any
/// other file of the site (<c>file PATH</c> blocks: <c>content/spec/_story.yml</c>, <c>site.yml</c>) and
/// the facts expected from them (a <c>facts</c> block in the <see cref="FactsText"/> format).
/// </summary>
public class FactSpecTests
{
    /// <param name="Quotes">The expected quotations as <see cref="MergeSpec.Quotes"/> prints them, when the case has a <c>quotes</c> block.</param>
    public sealed record SpecCase(string File, string Name, ImmutableArray<(string Id, string Text)> Articles, string Expected, string? Quotes = null)
    {
        public ImmutableArray<(string Path, string Text)> Files { get; init; } = [];

        public override string ToString() => $"{File}: {Name}";
    }

    private static string Folder => Path.Combine(Paths.Repository, "tests", "Digest.Tests", "Merge", "Facts", "Specs");

    public static IEnumerable<SpecCase> Cases()
    {
        foreach (var file in Directory.GetFiles(Folder, "*.md").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            foreach (var section in text.Split("\n## ").Skip(1))
            {
                var name = section[..section.IndexOf('\n')].Trim();
                var blocks = Markdown.Parse(section).Descendants<FencedCodeBlock>()
                    .Select(b => (Kind: b.Info ?? "", Id: b.Arguments ?? "", Text: b.Lines.ToString().Replace("\r\n", "\n") + "\n"))
                    .ToList();
                var articles = blocks.Where(b => b.Kind == "article").Select(b => (b.Id, b.Text)).ToImmutableArray();
                var expected = blocks.Single(b => b.Kind == "facts").Text;
                if (expected.Trim().Length == 0) expected = ""; // an empty block: no facts at all
                var quotes = blocks.SingleOrDefault(b => b.Kind == "quotes").Text?.TrimEnd('\n');
                var files = blocks.Where(b => b.Kind == "file").Select(b => (b.Id, b.Text)).ToImmutableArray();
                yield return new SpecCase(Path.GetFileName(file), name, articles, expected, quotes) { Files = files };
            }
        }
    }

    public static TheoryData<string> Names() => new(Cases().Select(c => c.ToString()));

    [Theory]
    [MemberData(nameof(Names))]
    public void Spec(string name)
    {
        var spec = Cases().Single(c => c.ToString() == name);
        var digest = new MergeSpec(name, spec.Articles, new Dictionary<string, string>()) { Files = spec.Files }.Run();
        var actual = FactsText.Of(digest);
        Assert.True(spec.Expected == actual, $"{spec}\nexpected:\n{spec.Expected}\nactual:\n{actual}");
        if (spec.Quotes is { } quotes)
        {
            var said = MergeSpec.Quotes(digest);
            Assert.True(quotes == said, $"{spec}\nexpected quotes:\n{quotes}\nactual quotes:\n{said}");
        }
    }

    [Fact]
    public void Spec_files_hold_cases()
    {
        Assert.True(Cases().Count() >= 10, "the spec files under Merge/Facts/Specs should hold the fact cases");
    }
}
