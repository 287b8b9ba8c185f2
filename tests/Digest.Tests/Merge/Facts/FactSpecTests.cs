using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Digest.Core.Clean;
using Digest.Core.Group;
using Digest.Core.Load;
using Digest.Core.Merge;
using Digest.Tests.Support;

namespace Digest.Tests.Merge.Facts;

/// <summary>
/// Runs the fact spec files in <c>Merge/Facts/Specs/*.md</c>: each <c>## case</c> holds short made-up
/// articles (<c>~~~ article NAME.md</c> blocks, front matter and body) and the facts expected from them
/// (a <c>~~~ facts</c> block in the <see cref="FactsText"/> format). Readable without C#.
/// </summary>
public class FactSpecTests
{
    public sealed record SpecCase(string File, string Name, ImmutableArray<(string Name, string Text)> Articles, string Expected)
    {
        public override string ToString() => $"{File}: {Name}";
    }

    private static string Folder => Path.Combine(Paths.Repository, "tests", "Digest.Tests", "Merge", "Facts", "Specs");

    private static readonly Regex Block = new(@"^~~~ (?<kind>article|facts)(?: (?<name>\S+))?\n(?<body>.*?)^~~~$", RegexOptions.Multiline | RegexOptions.Singleline);

    public static IEnumerable<SpecCase> Cases()
    {
        foreach (var file in Directory.GetFiles(Folder, "*.md").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            foreach (var section in text.Split("\n## ").Skip(1))
            {
                var name = section[..section.IndexOf('\n')].Trim();
                var blocks = Block.Matches(section);
                var articles = blocks.Where(b => b.Groups["kind"].Value == "article")
                    .Select(b => (b.Groups["name"].Value, b.Groups["body"].Value)).ToImmutableArray();
                var expected = blocks.Single(b => b.Groups["kind"].Value == "facts").Groups["body"].Value;
                yield return new SpecCase(Path.GetFileName(file), name, articles, expected);
            }
        }
    }

    public static TheoryData<string> Names() => new(Cases().Select(c => c.ToString()));

    [Theory]
    [MemberData(nameof(Names))]
    public void Spec(string name)
    {
        var spec = Cases().Single(c => c.ToString() == name);
        var actual = FactsText.Of(Digest(spec.Articles));
        Assert.True(spec.Expected == actual, $"{spec}\nexpected:\n{spec.Expected}\nactual:\n{actual}");
    }

    [Fact]
    public void Spec_files_hold_cases()
    {
        Assert.True(Cases().Count() >= 10, "the spec files under Merge/Facts/Specs should hold the fact cases");
    }

    /// <summary>Made-up articles through Load, Clean, Group and Merge, as one story.</summary>
    public static StoryDigest Digest(IEnumerable<(string Name, string Text)> files)
    {
        var articles = files.Select(f =>
        {
            var (article, diagnostics) = ContentLoader.Parse(f.Text, $"content/spec/{f.Name}");
            Assert.True(article is not null, string.Join("\n", diagnostics));
            return article!;
        }).ToImmutableArray();
        var stories = StoryGrouper.Group(new BoilerplateCleaner([]).Clean(articles));
        return StoryMerger.Merge(Assert.Single(stories));
    }
}
