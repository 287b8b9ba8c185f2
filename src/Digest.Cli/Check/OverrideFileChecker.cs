using Digest.Core;
using Digest.Core.Load;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Digest.Cli.Check;

/// <summary>
/// The editor's override files (<c>content/&lt;story&gt;/_story.yml</c>, the site's <c>stories.yml</c>)
/// must at least be YAML mappings; a broken one would silently lose the editor's decisions.
/// </summary>
internal static class OverrideFileChecker
{
    public static IEnumerable<Diagnostic> Check(string siteFolder)
    {
        var files = new List<string>();
        if (File.Exists(Path.Combine(siteFolder, "stories.yml")))
            files.Add("stories.yml");
        var content = Path.Combine(siteFolder, ContentLoader.ContentFolder);
        if (Directory.Exists(content))
            files.AddRange(Directory.EnumerateFiles(content, "_story.yml", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(siteFolder, f).Replace('\\', '/')));

        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var diagnostic = Parse(Path.Combine(siteFolder, file), file);
            if (diagnostic is not null)
                yield return diagnostic;
        }
    }

    private static Diagnostic? Parse(string fullPath, string path)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(fullPath)));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is not YamlMappingNode)
                return Diagnostic.Error(path, (int)stream.Documents[0].RootNode.Start.Line, (int)stream.Documents[0].RootNode.Start.Column,
                    "must be 'key: value' lines (a YAML mapping)");
            return null;
        }
        catch (YamlException e)
        {
            return Diagnostic.Error(path, (int)e.Start.Line, (int)e.Start.Column,
                $"not valid YAML ({FrontMatterParser.Describe(e)}); the editor's overrides in it are ignored until it is fixed");
        }
        catch (InvalidOperationException)
        {
            return Diagnostic.Error(path, 1, 1, "not valid YAML (a '[' or '{' is not closed); the overrides in it are ignored until it is fixed");
        }
    }
}
