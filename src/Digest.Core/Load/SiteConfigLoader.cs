using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Digest.Core.Load;

/// <summary>Reads <c>site.yml</c>. A missing file means defaults; a broken one is reported, not fatal.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.yml";

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

        foreach (var (keyNode, value) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            switch (key)
            {
                case "title": config = config with { Title = Scalar(value) }; break;
                case "description": config = config with { Description = Scalar(value) }; break;
                case "base_url": config = config with { BaseUrl = Scalar(value).TrimEnd('/') }; break;
                case "language": config = config with { Language = Scalar(value) }; break;
                case "output": config = config with { Output = Scalar(value), OutputAt = (YamlReader.LineOf(value), YamlReader.ColumnOf(value)) }; break;
                case "boilerplate":
                    if (value is YamlSequenceNode seq)
                        config = config with { Boilerplate = [.. seq.Children.Where(p => IsPattern(p, displayPath, diagnostics)).Select(Scalar)] };
                    else
                        diagnostics.Add(Diagnostic.Error(displayPath, (int)value.Start.Line, (int)value.Start.Column,
                            "'boilerplate' must be a list of patterns, one per line starting with '- '"));
                    break;
                case "page_size": config = config with { PageSize = PositiveInt(value, key, displayPath, diagnostics, config.PageSize) }; break;
                case "feed_size": config = config with { FeedSize = PositiveInt(value, key, displayPath, diagnostics, config.FeedSize) }; break;
                case "permalinks": config = config with { Permalinks = Render.Permalinks.Parse(value, displayPath, diagnostics) }; break;
                default:
                    // Later features read their own keys; unknown keys are not an error so that
                    // a newer site.yml still builds with an older Digest.
                    break;
            }
        }
        return (config, diagnostics.ToImmutable());
    }

    private static Diagnostic Defaults(Diagnostic error) =>
        error with { Message = $"{error.Message}; the defaults are used until it is fixed" };

    /// <summary>A pattern that is not a valid regular expression is reported and left out, never thrown at the build.</summary>
    private static bool IsPattern(YamlNode node, string displayPath, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        try
        {
            _ = new System.Text.RegularExpressions.Regex(Scalar(node));
            return true;
        }
        catch (ArgumentException e)
        {
            diagnostics.Add(Diagnostic.Error(displayPath, (int)node.Start.Line, (int)node.Start.Column,
                $"boilerplate pattern is not a valid regular expression ({e.Message}); fix it or remove it, it is ignored meanwhile"));
            return false;
        }
    }

    private static int PositiveInt(YamlNode value, string key, string displayPath, ImmutableArray<Diagnostic>.Builder diagnostics, int fallback)
    {
        if (int.TryParse(Scalar(value), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0)
            return n;
        diagnostics.Add(Diagnostic.Error(displayPath, (int)value.Start.Line, (int)value.Start.Column,
            $"'{key}' must be a whole number above 0 (found '{Scalar(value)}'); {fallback} is used"));
        return fallback;
    }

    internal static string Scalar(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : "";
}

