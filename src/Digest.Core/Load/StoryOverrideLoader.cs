using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Digest.Core.Load;

internal sealed record OverrideLoadResult(ImmutableArray<StoryOverride> Overrides, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Reads the editor's override files: <c>content/&lt;story&gt;/_story.yml</c> beside a story's
/// articles, and <c>stories.yml</c> at the site root (a list of stories, for flat content folders).
/// An override naming an article that was not loaded is a warning at the line that names it.
/// </summary>
internal static class StoryOverrideLoader
{
    public const string StoryFile = "_story.yml";
    public const string SiteFile = "stories.yml";

    private static readonly string[] StoryKeys = ["headline", "include", "exclude_articles", "exclude", "speakers", "note"];
    private static readonly string[] EntryKeys = ["articles", .. StoryKeys];

    /// <param name="storyFiles">The <c>_story.yml</c> files below <c>content/</c>, relative to the site folder.</param>
    public static OverrideLoadResult Load(string siteFolder, IEnumerable<string> storyFiles, IEnumerable<string> articlePaths)
    {
        var known = articlePaths.ToHashSet(StringComparer.Ordinal);
        var overrides = ImmutableArray.CreateBuilder<StoryOverride>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

        foreach (var file in storyFiles.Order(StringComparer.Ordinal))
        {
            var root = Parse(siteFolder, file, diagnostics);
            if (root is null) continue;
            var folder = Path.GetDirectoryName(file)!.Replace('\\', '/');
            folder = folder.Length > ContentLoader.ContentFolder.Length ? folder[(ContentLoader.ContentFolder.Length + 1)..] : "";
            if (folder.Length == 0)
            {
                diagnostics.Add(Diagnostic.Warning(file, 1, 1,
                    $"a {StoryFile} directly in content/ belongs to no story folder and is ignored: list flat stories in {SiteFile} at the site root"));
                continue;
            }
            if (Read(root, file, folder, StoryKeys, known, diagnostics) is { } o)
            {
                if (!known.Any(p => p.StartsWith($"{ContentLoader.ContentFolder}/{folder}/", StringComparison.Ordinal)))
                    diagnostics.Add(Diagnostic.Warning(file, 1, 1, $"no article in content/{folder}/: add articles beside this file or remove it"));
                overrides.Add(o);
            }
        }

        if (File.Exists(Path.Combine(siteFolder, SiteFile)) && Parse(siteFolder, SiteFile, diagnostics) is { } list)
        {
            var entries = list switch
            {
                YamlSequenceNode seq => seq,
                YamlMappingNode map when map.Children.TryGetValue(new YamlScalarNode("stories"), out var s) && s is YamlSequenceNode seq => seq,
                _ => null,
            };
            if (entries is null)
                diagnostics.Add(Diagnostic.Error(SiteFile, Line(list), Column(list),
                    $"{SiteFile} must be a list of stories ('- articles: [content/a.md, content/b.md]'); nothing in it applies"));
            foreach (var entry in entries?.Children ?? [])
                if (Read(entry, SiteFile, null, EntryKeys, known, diagnostics) is { } o)
                {
                    if (!o.Members.Any())
                        diagnostics.Add(Diagnostic.Warning(SiteFile, o.Line, o.Column,
                            "this story names no existing article: list them under 'articles:'; it is ignored"));
                    else
                        overrides.Add(o);
                }
        }
        return new OverrideLoadResult(overrides.ToImmutable(), diagnostics.ToImmutable());
    }

    private static YamlNode? Parse(string siteFolder, string file, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var (text, error) = TextFile.Read(Path.Combine(siteFolder, file), file);
        var (root, yamlError) = error is null ? YamlReader.Read(text!, file) : (null, error);
        if (yamlError is not null)
            diagnostics.Add(yamlError with { Message = $"malformed overrides: {yamlError.Message}; the file is ignored until it is fixed" });
        return root;
    }

    private static StoryOverride? Read(YamlNode node, string file, string? folder, string[] allowed,
        HashSet<string> known, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (node is not YamlMappingNode map)
        {
            diagnostics.Add(Diagnostic.Error(file, Line(node), Column(node),
                $"overrides must be 'key: value' lines ({string.Join(", ", allowed)}); this one is ignored"));
            return null;
        }

        string? headline = null, note = null;
        var articles = ImmutableArray<string>.Empty;
        var include = ImmutableArray<string>.Empty;
        var excludeArticles = ImmutableArray<string>.Empty;
        var exclude = ImmutableArray<OverrideValue>.Empty;
        var speakers = ImmutableArray<SpeakerOverride>.Empty;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "headline" when allowed.Contains(key): headline = Scalar(value, key, file, diagnostics); break;
                case "note" when allowed.Contains(key): note = Scalar(value, key, file, diagnostics); break;
                case "articles" when allowed.Contains(key): articles = Articles(value, key, file, folder, known, diagnostics); break;
                case "include" when allowed.Contains(key): include = Articles(value, key, file, folder, known, diagnostics); break;
                case "exclude_articles" when allowed.Contains(key): excludeArticles = Articles(value, key, file, folder, known, diagnostics); break;
                case "exclude" when allowed.Contains(key): exclude = Values(value, key, file, diagnostics); break;
                case "speakers" when allowed.Contains(key): speakers = Speakers(value, file, diagnostics); break;
                default:
                    diagnostics.Add(Diagnostic.Warning(file, Line(keyNode), Column(keyNode),
                        $"unknown override '{key}' is ignored: use {string.Join(", ", allowed)}"));
                    break;
            }
        }
        return new StoryOverride(file, Line(map), Column(map), folder, headline, articles, include, excludeArticles, exclude, speakers, note);
    }

    /// <summary>
    /// <c>speakers:</c> as "quotation: speaker" lines, the quotation's text or a unique part of it; an
    /// empty speaker (<c>~</c> or nothing) names nobody.
    /// </summary>
    private static ImmutableArray<SpeakerOverride> Speakers(YamlNode node, string file, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (node is not YamlMappingNode map)
        {
            if (node is not YamlScalarNode { Value: null or "" })
                diagnostics.Add(Diagnostic.Warning(file, Line(node), Column(node),
                    "'speakers' must be 'quotation: speaker' lines, like '\"We will rebuild\": Ana Ruiz'; it is ignored"));
            return [];
        }
        var speakers = ImmutableArray.CreateBuilder<SpeakerOverride>();
        foreach (var (quote, speaker) in map.Children)
        {
            if (quote is YamlScalarNode { Value: { } text } && text.Trim().Length > 0 && speaker is YamlScalarNode s)
                speakers.Add(new SpeakerOverride(text.Trim(), string.IsNullOrWhiteSpace(s.Value) || s.Value == "~" ? null : s.Value.Trim(), Line(quote), Column(quote)));
            else
                diagnostics.Add(Diagnostic.Warning(file, Line(quote), Column(quote),
                    "each entry of 'speakers' must be a quotation and a speaker's name, like '\"We will rebuild\": Ana Ruiz'; this one is ignored"));
        }
        return speakers.ToImmutable();
    }

    private static string? Scalar(YamlNode node, string key, string file, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (node is YamlScalarNode s)
            return string.IsNullOrWhiteSpace(s.Value) ? null : s.Value.Trim();
        diagnostics.Add(Diagnostic.Warning(file, Line(node), Column(node), $"'{key}' must be a single text value; it is ignored"));
        return null;
    }

    /// <summary>A single value or a list of values, each with its position.</summary>
    private static ImmutableArray<OverrideValue> Values(YamlNode node, string key, string file, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var items = node switch
        {
            YamlScalarNode s when string.IsNullOrWhiteSpace(s.Value) => [],
            YamlScalarNode s => [s],
            YamlSequenceNode seq => seq.Children,
            _ => [node],
        };
        var values = ImmutableArray.CreateBuilder<OverrideValue>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: { } text } && text.Trim().Length > 0)
                values.Add(new OverrideValue(text.Trim(), Line(item), Column(item)));
            else
                diagnostics.Add(Diagnostic.Warning(file, Line(item), Column(item), $"each entry of '{key}' must be a single text value; this one is ignored"));
        }
        return values.ToImmutable();
    }

    /// <summary>Article paths, resolved to loaded articles; an unknown one is a warning at its line.</summary>
    private static ImmutableArray<string> Articles(YamlNode node, string key, string file, string? folder,
        HashSet<string> known, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var paths = ImmutableArray.CreateBuilder<string>();
        foreach (var value in Values(node, key, file, diagnostics))
        {
            if (ResolveArticle(value.Text, folder, known) is { } path)
                paths.Add(path);
            else
                diagnostics.Add(Diagnostic.Warning(file, value.Line, value.Column,
                    $"'{key}' names '{value.Text}', which is not an article of this site: give its path from the site folder, like content/story/outlet.md"));
        }
        return paths.ToImmutable();
    }

    /// <summary>
    /// An article path as written: from the site folder (<c>content/a/x.md</c>), from <c>content/</c>
    /// (<c>a/x.md</c>), or, in a <c>_story.yml</c>, from its own folder (<c>x.md</c>).
    /// </summary>
    internal static string? ResolveArticle(string written, string? folder, HashSet<string> known)
    {
        var path = written.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal)) path = path[2..];
        string[] candidates = folder is null
            ? [path, $"{ContentLoader.ContentFolder}/{path}"]
            : [$"{ContentLoader.ContentFolder}/{folder}/{path}", path, $"{ContentLoader.ContentFolder}/{path}"];
        return candidates.FirstOrDefault(known.Contains);
    }

    private static int Line(YamlNode node) => YamlReader.LineOf(node);
    private static int Column(YamlNode node) => YamlReader.ColumnOf(node);
}
