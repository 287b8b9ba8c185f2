using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Digest.Core.Load;

/// <summary>Reads <c>site.yml</c>. A missing file means defaults; a broken one is reported, not fatal.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.yml";

    /// <summary>Every key site.yml knows (README lists them); any other is warned about.</summary>
    public static readonly string[] Keys =
        ["title", "description", "base_url", "language", "output", "boilerplate", "page_size", "feed_size", "permalinks"];

    public static (SiteConfig Config, ImmutableArray<Diagnostic> Diagnostics) Load(string siteFolder)
    {
        var path = System.IO.Path.Combine(siteFolder, FileName);
        if (new FileInfo(path) is { Exists: false, LinkTarget: null })
            return (SiteConfig.Default, []);
        var (text, error) = TextFile.Read(path, FileName);
        return error is null ? Parse(text!, FileName) : (SiteConfig.Default, [Defaults(error)]);
    }

    public static (SiteConfig Config, ImmutableArray<Diagnostic> Diagnostics) Parse(string yaml, string displayPath)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var config = SiteConfig.Default;
        var (node, error) = YamlReader.Read(yaml, displayPath);
        if (error is not null)
            return (config, [Defaults(error)]);
        if (node is not YamlMappingNode root)
            return (config, node is null || node is YamlScalarNode { Value: "" } ? [] : [Diagnostic.Error(displayPath, YamlReader.LineOf(node), YamlReader.ColumnOf(node),
                "site.yml must be 'key: value' lines (a YAML mapping); the defaults are used")]);

        string Text(YamlNode value, string key)
        {
            if (value is YamlScalarNode s)
                return s.Value ?? "";
            diagnostics.Add(Diagnostic.Error(displayPath, YamlReader.LineOf(value), YamlReader.ColumnOf(value),
                $"'{key}' must be a single value, not a list or mapping; the default is used"));
            return "";
        }

        foreach (var (keyNode, value) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            switch (key)
            {
                case "title": config = config with { Title = Text(value, key) is { Length: > 0 } title ? title : config.Title }; break;
                case "description": config = config with { Description = Text(value, key) }; break;
                case "base_url": config = config with { BaseUrl = BaseUrl(value, displayPath, diagnostics) }; break;
                case "language": config = config with { Language = Text(value, key) is { Length: > 0 } language ? language : config.Language }; break;
                case "output":
                    if (Text(value, key) is { Length: > 0 } output && !output.Contains('\0'))
                        config = config with { Output = output, OutputAt = (YamlReader.LineOf(value), YamlReader.ColumnOf(value)) };
                    else if (value is YamlScalarNode)
                        diagnostics.Add(Diagnostic.Error(displayPath, YamlReader.LineOf(value), YamlReader.ColumnOf(value),
                            $"'output' must name a folder, such as 'public'; '{config.Output}' is used"));
                    break;
                case "boilerplate":
                    if (value is YamlSequenceNode seq)
                        config = config with { Boilerplate = [.. seq.Children.Where(p => IsPattern(p, displayPath, diagnostics)).Select(Scalar)] };
                    else
                        diagnostics.Add(Diagnostic.Error(displayPath, YamlReader.LineOf(value), YamlReader.ColumnOf(value),
                            "'boilerplate' must be a list of patterns, one per line starting with '- '"));
                    break;
                case "page_size": config = config with { PageSize = PositiveInt(value, key, displayPath, diagnostics, config.PageSize) }; break;
                case "feed_size": config = config with { FeedSize = PositiveInt(value, key, displayPath, diagnostics, config.FeedSize) }; break;
                case "permalinks": config = config with { Permalinks = Render.Permalinks.Parse(value, displayPath, diagnostics) }; break;
                default:
                    var suggestion = Suggestion.Closest(key, Keys);
                    diagnostics.Add(Diagnostic.Warning(displayPath, YamlReader.LineOf(keyNode), YamlReader.ColumnOf(keyNode),
                        $"unknown key '{key}' is ignored: {(suggestion is null ? "" : $"did you mean '{suggestion}'? ")}site.yml knows {string.Join(", ", Keys)}"));
                    break;
            }
        }
        return (config, diagnostics.ToImmutable());
    }

    /// <summary>An absolute http(s) URL without a trailing slash; anything else is reported and left empty (relative links).</summary>
    private static string BaseUrl(YamlNode value, string displayPath, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var text = Scalar(value).Trim();
        if (text.Length == 0)
            return "";
        if (value is YamlScalarNode && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && uri.Host.Length > 0 && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0)
            return text.TrimEnd('/');
        diagnostics.Add(Diagnostic.Error(displayPath, YamlReader.LineOf(value), YamlReader.ColumnOf(value),
            "'base_url' must be an absolute http or https address, like https://news.example.org/; links stay relative meanwhile"));
        return "";
    }

    private static Diagnostic Defaults(Diagnostic error) =>
        error with { Message = $"{error.Message}; the defaults are used until it is fixed" };

    /// <summary>A pattern that is not a valid regular expression is reported and left out, never thrown at the build.</summary>
    private static bool IsPattern(YamlNode node, string displayPath, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        try
        {
            _ = new System.Text.RegularExpressions.Regex(Scalar(node), SiteConfig.BoilerplateOptions);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            diagnostics.Add(Diagnostic.Error(displayPath, YamlReader.LineOf(node), YamlReader.ColumnOf(node),
                $"boilerplate pattern is not a valid regular expression, or uses what the linear-time engine cannot run (backreferences, lookarounds, atomic groups) ({e.Message}); fix it or remove it, it is ignored meanwhile"));
            return false;
        }
    }

    private static int PositiveInt(YamlNode value, string key, string displayPath, ImmutableArray<Diagnostic>.Builder diagnostics, int fallback)
    {
        if (int.TryParse(Scalar(value), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0)
            return n;
        diagnostics.Add(Diagnostic.Error(displayPath, YamlReader.LineOf(value), YamlReader.ColumnOf(value),
            $"'{key}' must be a whole number above 0 (found '{Scalar(value)}'); {fallback} is used"));
        return fallback;
    }

    internal static string Scalar(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : "";
}

