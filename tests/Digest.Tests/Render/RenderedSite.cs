using System.Collections.Immutable;
using System.Text;
using Digest.Core.Build;
using Digest.Core.Load;
using Digest.Core.Merge;
using Digest.Core.Render;
using Digest.Core.Render.Templates;
using Digest.Tests.Support;

namespace Digest.Tests.Render;

/// <summary>The files of a rendered site, by path, for tests that read pages, feeds and the sitemap.</summary>
public sealed class RenderedSite(ImmutableArray<OutputFile> files)
{
    public ImmutableArray<OutputFile> Files { get; } = files;
    public IReadOnlyDictionary<string, byte[]> ByPath { get; } = files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);

    public string Text(string path) =>
        ByPath.TryGetValue(path, out var bytes) ? Encoding.UTF8.GetString(bytes)
            : throw new Xunit.Sdk.XunitException($"{path} was not rendered; rendered: {string.Join(", ", ByPath.Keys.Order(StringComparer.Ordinal))}");

    public IEnumerable<string> Pages => Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal));

    /// <summary>Builds a site folder written by the test (site.yml, content/) without writing output.</summary>
    public static RenderedSite Build(Paths.TempFolder site) => new(SiteBuilder.Plan(new BuildOptions(site.Path)).Files);

    public static RenderedSite Seed() => new(SiteBuilder.Plan(new BuildOptions(Paths.Repository)).Files);

    /// <summary>Renders hand-made digests with the default theme, as the Render stage would.</summary>
    public static RenderedSite Render(SiteConfig config, params StoryDigest[] digests)
    {
        var theme = new Theme(Theme.Embedded());
        return new(new SiteRenderer(config, theme, new ScribanTemplateEngine(theme)).Render([.. digests]));
    }

    /// <summary>A small made-up digest: one sentence per source, in one paragraph.</summary>
    public static StoryDigest Digest(string slug, string title, DateOnly? date, string[] outlets,
        Person[]? people = null, string[]? tags = null, string body = "A made-up sentence.")
    {
        var sources = outlets.Select(o => new DigestSource(Core.Slug.From(o), o, $"{o} on {title}", $"https://{Core.Slug.From(o)}.example/{slug}", date, $"content/{slug}/{Core.Slug.From(o)}.md", 1)).ToImmutableArray();
        var sentences = sources.Select(s => new BodySentence($"{body} ({s.Outlet})", [s.Id], [new SentenceOrigin(s.Id, $"{body} ({s.Outlet})")], 0, [])).ToImmutableArray();
        return new StoryDigest(slug, title, date, sources, sentences, [], [], [.. people ?? []], [], [], [.. tags ?? []]);
    }

    public static string Article(string title, string outlet, string date, string body, string extra = "") =>
        $"---\ntitle: {title}\noutlet: {outlet}\ndate: {date}\n{extra}---\n{body}\n";
}
