using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Digest.Core.Load;

/// <summary>The YAML block between the opening and closing <c>---</c> lines, and where the body starts.</summary>
public sealed record FrontMatter(YamlMappingNode Fields, int BodyStartLine);

/// <summary>Splits a content file into front matter and body, and reads typed fields with positions for errors.</summary>
public static class FrontMatterParser
{
    /// <summary>Returns the front matter, or an error diagnostic. Line numbers are 1-based file lines.</summary>
    public static (FrontMatter? FrontMatter, string Body, Diagnostic? Error) Split(string text, string path)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r').TrimStart('\uFEFF') != "---")
            return (null, text, Diagnostic.Error(path, 1, 1,
                "missing front matter: start the file with a '---' line, then 'title:' and 'outlet:', then '---'"));

        var close = -1;
        for (var i = 1; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimEnd('\r');
            if (trimmed == "---" || trimmed == "...") { close = i; break; }
        }
        if (close < 0)
            return (null, text, Diagnostic.Error(path, 1, 1,
                "front matter is not closed: add a '---' line after the last field"));

        // A leading empty line puts every YAML line on its file line, so node positions are file positions.
        var yaml = "\n" + string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]);
        var (root, error) = YamlReader.Read(yaml, path);
        if (error is not null)
            return (null, body, error with { Message = $"malformed front matter: {error.Message}" });
        if (root is not YamlMappingNode mapping)
            return (null, body, Diagnostic.Error(path, 2, 1,
                "front matter must be 'key: value' lines (a YAML mapping)"));
        return (new FrontMatter(mapping, close + 2), body, null);
    }

    public static bool TryGetDate(YamlNode node, out DateOnly date) =>
        DateOnly.TryParseExact(node is YamlScalarNode s ? s.Value : null, "yyyy-MM-dd",
            CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        || (node is YamlScalarNode t && DateTime.TryParse(t.Value, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var dt)
            && (date = DateOnly.FromDateTime(dt)) == date);

    /// <summary>Converts a YAML node to plain values (string, list, sorted map) for templates.</summary>
    public static object? ToPlain(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value,
        YamlSequenceNode seq => seq.Children.Select(ToPlain).ToImmutableArray(),
        YamlMappingNode map => map.Children.ToImmutableSortedDictionary(
            kv => ((YamlScalarNode)kv.Key).Value ?? "", kv => ToPlain(kv.Value), StringComparer.Ordinal),
        _ => null,
    };
}
