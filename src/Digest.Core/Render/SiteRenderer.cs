using System.Collections.Immutable;
using System.Text;
using Digest.Core.Load;
using Digest.Core.Merge;

namespace Digest.Core.Render;

/// <summary>Renders digests into the files of the site: pages, <c>digest.json</c> per story, assets.</summary>
public sealed class SiteRenderer(SiteConfig config, Theme theme, ITemplateEngine engine)
{
    public ImmutableArray<OutputFile> Render(ImmutableArray<StoryDigest> digests)
    {
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        var newestFirst = digests
            .OrderByDescending(d => d.Date ?? DateOnly.MinValue)
            .ThenBy(d => d.Title, StringComparer.Ordinal)
            .ThenBy(d => d.Slug, StringComparer.Ordinal)
            .ToImmutableArray();

        files.Add(Page("index.html", "index", root: "", config.Title, new Dictionary<string, object?>
        {
            ["stories"] = newestFirst.Select(d => ViewModels.StorySummary(d, "")).ToList(),
        }));

        foreach (var digest in newestFirst)
        {
            var path = ViewModels.StoryPath(digest);
            files.Add(Page(path + "index.html", "story", root: "../../", digest.Title,
                new Dictionary<string, object?> { ["story"] = ViewModels.Story(digest, "../../") }));
            files.Add(new OutputFile(path + "digest.json", DigestJsonWriter.Write(digest)));
        }

        foreach (var (path, bytes) in theme.Assets)
            files.Add(new OutputFile(path, bytes));

        return files.ToImmutable();
    }

    private OutputFile Page(string path, string template, string root, string title, Dictionary<string, object?> model)
    {
        model["site"] = ViewModels.Site(config);
        model["root"] = root;
        model["page"] = new Dictionary<string, object?>
        {
            ["title"] = title,
            ["path"] = path,
            ["canonical"] = config.BaseUrl.Length > 0 ? $"{config.BaseUrl}/{path.Replace("index.html", "")}" : null,
        };
        model["content"] = engine.Render(template, model);
        var html = engine.Render("layout", model);
        return new OutputFile(path, Encoding.UTF8.GetBytes(html));
    }
}
