using System.Text;
using Digest.Core.Merge;
using Digest.Tests.Support;
using Markdig;
using Markdig.Syntax;

namespace Digest.Tests.Merge;

/// <summary>
/// One merge spec file of <c>Merge/Specs/</c>, in the manner of Markdig's spec files: prose for
/// people, and fenced blocks for the test. <c>article ID</c> blocks are content files (front matter
/// and body) of one story, <c>content/spec/ID.md</c>; <c>file PATH</c> blocks are any other file of the
/// site (<c>content/spec/_story.yml</c>, <c>site.yml</c>); <c>body</c>, <c>quotes</c> and <c>removed</c>
/// blocks are the expected digest, written as <see cref="Body"/>, <see cref="Quotes"/> and
/// <see cref="Removed"/> print it. A digest part without a block is not checked.
/// </summary>
public sealed record MergeSpec(string Name, IReadOnlyList<(string Id, string Text)> Articles, IReadOnlyDictionary<string, string> Expected)
{
    /// <summary>The site's other files: path relative to the site, and text.</summary>
    public IReadOnlyList<(string Path, string Text)> Files { get; init; } = [];

    public static MergeSpec Parse(string name, string markdown)
    {
        var articles = new List<(string, string)>();
        var files = new List<(string, string)>();
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var block in Markdown.Parse(markdown).Descendants<FencedCodeBlock>())
        {
            var text = block.Lines.ToString().Replace("\r\n", "\n");
            var kind = block.Info ?? "";
            if (kind == "article")
                articles.Add((block.Arguments ?? throw new FormatException($"{name}: an article block needs an id: ```` article ID"), text));
            else if (kind == "file")
                files.Add((block.Arguments ?? throw new FormatException($"{name}: a file block needs a path: ```` file content/spec/_story.yml"), text));
            else if (kind is "body" or "quotes" or "removed")
                expected[kind] = text.TrimEnd('\n');
        }
        if (articles.Count == 0 || expected.Count == 0)
            throw new FormatException($"{name}: a spec needs article blocks and at least one of body, quotes, removed");
        return new MergeSpec(name, articles, expected) { Files = files };
    }

    /// <summary>
    /// The spec's site built through the whole pipeline (<see cref="TestSite"/>): its one story's digest.
    /// Every spec is a story like the corpora's, so DESIGN.md's invariants must hold on it too.
    /// </summary>
    public StoryDigest Run()
    {
        var site = TestSite.Build(Articles.Select(a => ($"content/spec/{a.Id}.md", a.Text)).Concat(Files));
        var digest = Assert.Single(site.Result.Digests);
        var broken = DigestInvariants.Accounting(digest, site.Articles)
            .Concat(DigestInvariants.Verbatim(digest, site.Articles))
            .Concat(DigestInvariants.Provenance(digest));
        Assert.Empty(broken);
        return digest;
    }

    /// <summary>
    /// "[a, b] text" per body sentence ("[a; in part: b] text" when b tells only part of it), then
    /// "  + b adds: x | y" per merged sentence that tells something the shown one does not; a blank
    /// line between paragraphs.
    /// </summary>
    public static string Body(StoryDigest digest)
    {
        var sb = new StringBuilder();
        var paragraph = digest.Body.IsEmpty ? 0 : digest.Body[0].Paragraph;
        foreach (var b in digest.Body)
        {
            if (b.Paragraph != paragraph) sb.Append('\n');
            paragraph = b.Paragraph;
            var partial = b.Partial.IsEmpty ? "" : $"; in part: {string.Join(", ", b.Partial)}";
            sb.Append($"[{string.Join(", ", b.Sources)}{partial}] {b.Text}\n");
            foreach (var f in b.From.Where(f => !f.Adds.IsEmpty))
                sb.Append($"  + {f.Source} adds: {string.Join(" | ", f.Adds)}\n");
        }
        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>"[a, b] Speaker: text" per quotation ("?" for no speaker), then "  ~ source: text" per variant.</summary>
    public static string Quotes(StoryDigest digest)
    {
        var sb = new StringBuilder();
        foreach (var q in digest.Quotes)
        {
            sb.Append($"[{string.Join(", ", q.Sources)}] {q.Speaker ?? "?"}: {q.Text}\n");
            foreach (var v in q.Variants)
                sb.Append($"  ~ {v.Source}: {v.Text}\n");
        }
        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>"[source] text" per removed line.</summary>
    public static string Removed(StoryDigest digest) =>
        string.Join("\n", digest.Removed.Select(r => $"[{r.Source}] {r.Text}"));
}
