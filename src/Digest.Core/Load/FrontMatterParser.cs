using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Core;
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

        var yaml = string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var mapping = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
            if (mapping is null)
                return (null, body, Diagnostic.Error(path, 2, 1,
                    "front matter must be 'key: value' lines (a YAML mapping)"));
            return (new FrontMatter(mapping, close + 2), body, null);
        }
        catch (YamlException e)
        {
            // The YAML starts on file line 2, so shift the parser's position by one line.
            return (null, body, Diagnostic.Error(path, (int)e.Start.Line + 1, (int)e.Start.Column,
                $"malformed front matter: {Describe(e)}; quote values that contain ':' or '#'"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unclosed flow collections.
            var (line, column) = UnclosedBracket(lines[1..close]);
            return (null, body, Diagnostic.Error(path, line + 2, column + 1,
                "malformed front matter: a '[' or '{' is not closed; close it or quote the value"));
        }
    }

    /// <summary>The 0-based line and column of the first bracket left open on its line.</summary>
    private static (int Line, int Column) UnclosedBracket(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var open = new Stack<int>();
            for (var c = 0; c < lines[i].Length; c++)
            {
                if (lines[i][c] is '[' or '{') open.Push(c);
                else if (lines[i][c] is ']' or '}' && open.Count > 0) open.Pop();
            }
            if (open.Count > 0)
                return (i, open.Last());
        }
        return (0, 0);
    }

    internal static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes messages with its own "(Line: 1, Col: 2, ...)" position; ours is in front.
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0)
            message = message[(close + 3)..];
        return message.TrimEnd('.');
    }

    public static int LineOf(YamlNode node) => (int)node.Start.Line + 1;
    public static int ColumnOf(YamlNode node) => (int)node.Start.Column;

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
