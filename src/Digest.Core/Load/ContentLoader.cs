using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Digest.Core.Load;

/// <param name="Overrides">The editor's override files (<c>_story.yml</c>, <c>stories.yml</c>), resolved to the loaded articles.</param>
public sealed record LoadResult(ImmutableArray<Article> Articles, ImmutableArray<StoryOverride> Overrides, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Reads every Markdown file below <c>content/</c>, and the editor's override files. A file that
/// cannot be read or parsed is reported with its position and left out; the others still load.
/// </summary>
public static class ContentLoader
{
    public const string ContentFolder = "content";

    private static readonly HashSet<string> KnownFields =
        ["title", "outlet", "date", "url", "author", "story", "tags", "draft"];

    /// <param name="loadFile">Reads one file (site folder, path below it); null for <see cref="LoadFile"/>. A long-running
    /// process passes one that gives back what it read before of a file that has not changed since.</param>
    public static LoadResult Load(string siteFolder, Func<string, string, (Article? Article, ImmutableArray<Diagnostic> Diagnostics)>? loadFile = null)
    {
        loadFile ??= LoadFile;
        var root = Path.Combine(siteFolder, ContentFolder);
        if (!Directory.Exists(root))
            return new LoadResult([], [], [Diagnostic.Error(ContentFolder, 1, 1,
                $"no '{ContentFolder}' folder in {Path.GetFullPath(siteFolder)}: create it and add articles as Markdown files")]);

        var (listed, listDiagnostics) = SiteFiles.List(siteFolder, ContentFolder,
            name => name.EndsWith(".md", StringComparison.Ordinal) || name == StoryOverrideLoader.StoryFile);
        var files = listed.Where(f => !Path.GetFileName(f).StartsWith('_')).ToArray();

        // Each file parses independently, so parse in parallel and keep the sorted order.
        var results = new (Article? Article, ImmutableArray<Diagnostic> Diagnostics)[files.Length];
        Parallel.For(0, files.Length, i => results[i] = loadFile(siteFolder, files[i]));

        ImmutableArray<Article> articles = [.. results.Where(r => r.Article is not null).Select(r => r.Article!)];
        // Overrides may name drafts or scheduled articles too: those are not "missing".
        var storyFiles = listed.Where(f => Path.GetFileName(f) == StoryOverrideLoader.StoryFile);
        var overrides = StoryOverrideLoader.Load(siteFolder, storyFiles, articles.Select(a => a.Path));
        return new LoadResult(articles, overrides.Overrides,
            [.. listDiagnostics, .. results.SelectMany(r => r.Diagnostics), .. overrides.Diagnostics]);
    }

    public static (Article? Article, ImmutableArray<Diagnostic> Diagnostics) LoadFile(string siteFolder, string relativePath)
    {
        var (bytes, error) = TextFile.ReadBytes(Path.Combine(siteFolder, relativePath), relativePath);
        return error is not null ? (null, [error]) : LoadBytes(bytes!, relativePath);
    }

    /// <summary>The article a content file's bytes (as <see cref="TextFile.ReadBytes"/> read them) hold, as <see cref="LoadFile"/> reads it.</summary>
    public static (Article? Article, ImmutableArray<Diagnostic> Diagnostics) LoadBytes(byte[] bytes, string relativePath)
    {
        var (text, error) = TextFile.Decode(bytes, relativePath);
        if (error is not null)
            return (null, [error]);
        if (text!.Length == 0)
            return (null, [Diagnostic.Error(relativePath, 1, 1,
                "the file is empty, or is a pipe or device, which Digest does not read: write an article in it or remove it")]);
        return Parse(text, relativePath);
    }

    public static (Article? Article, ImmutableArray<Diagnostic> Diagnostics) Parse(string text, string relativePath)
    {
        text = text.Replace("\r\n", "\n");
        var (frontMatter, body, error) = FrontMatterParser.Split(text, relativePath);
        if (frontMatter is null)
            return (null, [error!]);

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var fields = frontMatter.Fields.Children
            .Where(kv => kv.Key is YamlScalarNode)
            .ToDictionary(kv => ((YamlScalarNode)kv.Key).Value ?? "", kv => kv.Value, StringComparer.Ordinal);

        string? Text(string key)
        {
            if (!fields.TryGetValue(key, out var node)) return null;
            if (node is YamlScalarNode s) return string.IsNullOrWhiteSpace(s.Value) ? null : s.Value.Trim();
            diagnostics.Add(Diagnostic.Error(relativePath, YamlReader.LineOf(node), YamlReader.ColumnOf(node),
                $"'{key}' must be a single value, not a list or mapping"));
            return null;
        }

        var title = Text("title");
        var outlet = Text("outlet");
        foreach (var (key, value) in new[] { ("title", title), ("outlet", outlet) })
            if (value is null && !diagnostics.Any(d => d.Message.StartsWith($"'{key}'", StringComparison.Ordinal)))
                diagnostics.Add(Diagnostic.Error(relativePath, 2, 1,
                    $"missing required field '{key}': add '{key}: ...' to the front matter"));

        DateOnly? date = null;
        if (fields.TryGetValue("date", out var dateNode))
        {
            if (FrontMatterParser.TryGetDate(dateNode, out var d))
                date = d;
            else
                diagnostics.Add(Diagnostic.Error(relativePath, YamlReader.LineOf(dateNode), YamlReader.ColumnOf(dateNode),
                    $"'date' is not a date: write it as YYYY-MM-DD (for example 2021-10-01), optionally with a time and offset (2021-10-01T09:30:00+02:00)"));
        }

        var tags = ImmutableArray<string>.Empty;
        if (fields.TryGetValue("tags", out var tagsNode))
        {
            var items = tagsNode is YamlSequenceNode seq ? seq.Children : (IEnumerable<YamlNode>)[tagsNode];
            foreach (var item in items.Where(i => i is not YamlScalarNode))
                diagnostics.Add(Diagnostic.Error(relativePath, YamlReader.LineOf(item), YamlReader.ColumnOf(item),
                    "'tags' must be a list of words ([a, b]) or words separated by commas, not a mapping"));
            tags = tagsNode switch
            {
                YamlSequenceNode list => [.. list.Children.OfType<YamlScalarNode>().Select(n => n.Value?.Trim() ?? "").Where(v => v.Length > 0)],
                YamlScalarNode s => [.. (s.Value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
                _ => [],
            };
        }

        var draft = false;
        if (fields.TryGetValue("draft", out var draftNode))
        {
            if (FrontMatterParser.TryGetBoolean(draftNode, out var isDraft))
                draft = isDraft;
            else
                diagnostics.Add(Diagnostic.Error(relativePath, YamlReader.LineOf(draftNode), YamlReader.ColumnOf(draftNode),
                    "'draft' must be true or false (yes/no and on/off work too)"));
        }

        var (url, author, story) = (Text("url"), Text("author"), Text("story"));
        if (diagnostics.Any(d => d.Severity == Severity.Error))
            return (null, diagnostics.ToImmutable());

        var extra = fields.Where(kv => !KnownFields.Contains(kv.Key))
            .ToImmutableSortedDictionary(kv => kv.Key, kv => FrontMatterParser.ToPlain(kv.Value), StringComparer.Ordinal);

        var segments = relativePath.Split('/');
        var folder = segments.Length > 2 ? string.Join('/', segments[1..^1]) : "";
        var article = new Article(
            Id: Slug.From(Path.GetFileNameWithoutExtension(relativePath)),
            Path: relativePath,
            Folder: folder,
            Title: title!,
            Outlet: outlet!,
            Date: date,
            Url: url,
            Author: author,
            Story: story,
            Tags: tags,
            Draft: draft,
            Extra: extra,
            Paragraphs: BodyParser.Parse(body, frontMatter.BodyStartLine));
        return (article, diagnostics.ToImmutable());
    }
}
