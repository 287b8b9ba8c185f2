using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Digest.Core.Load;

/// <summary>The YAML block between the opening and closing <c>---</c> lines, and where the body starts.</summary>
public sealed record FrontMatter(YamlMappingNode Fields, int BodyStartLine);

/// <summary>Splits a content file into front matter and body, and reads typed fields with positions for errors.</summary>
public static partial class FrontMatterParser
{
    /// <summary>Returns the front matter, or an error diagnostic. Line numbers are 1-based file lines.</summary>
    public static (FrontMatter? FrontMatter, string Body, Diagnostic? Error) Split(string text, string path)
    {
        // Read line by line where the lines start, not split into a string per line: the body is taken whole from the text.
        var firstEnd = LineEnd(text, 0);
        if (text.AsSpan(0, firstEnd).TrimEnd('\r').TrimStart('\uFEFF') is not "---")
            return (null, text, Diagnostic.Error(path, 1, 1,
                "missing front matter: start the file with a '---' line, then 'title:' and 'outlet:', then '---'"));

        var (close, closeStart) = (-1, -1);
        for (int line = 1, start = firstEnd + 1, end = firstEnd; end < text.Length; line++, start = end + 1)
        {
            end = LineEnd(text, start);
            if (text.AsSpan(start, end - start).TrimEnd('\r') is "---" or "...")
            {
                (close, closeStart) = (line, start);
                break;
            }
        }
        if (close < 0)
            return (null, text, Diagnostic.Error(path, 1, 1,
                "front matter is not closed: add a '---' line after the last field"));

        // A leading empty line puts every YAML line on its file line, so node positions are file positions.
        var yaml = "\n" + text[(firstEnd + 1)..Math.Max(firstEnd + 1, closeStart - 1)];
        var closeEnd = LineEnd(text, closeStart);
        var body = closeEnd < text.Length ? text[(closeEnd + 1)..] : "";
        var (root, error) = YamlReader.Read(yaml, path);
        if (error is not null)
            return (null, body, error with { Message = $"malformed front matter: {error.Message}" });
        if (root is not YamlMappingNode mapping)
            return (null, body, Diagnostic.Error(path, 2, 1,
                "front matter must be 'key: value' lines (a YAML mapping)"));
        return (new FrontMatter(mapping, close + 2), body, null);
    }

    /// <summary>Where the line starting at <paramref name="start"/> ends: its '\n', or the end of the text.</summary>
    private static int LineEnd(string text, int start)
    {
        var newline = text.IndexOf('\n', start);
        return newline < 0 ? text.Length : newline;
    }

    /// <summary>
    /// <c>YYYY-MM-DD</c>, optionally with a time and an offset, read as the calendar date written
    /// (<c>2021-10-01T23:30:00-05:00</c> is 1 October). Nothing else is guessed at: not
    /// <c>May 1</c>, not <c>01/02/2021</c>, never from today's clock or a locale.
    /// </summary>
    public static bool TryGetDate(YamlNode node, out DateOnly date)
    {
        date = default;
        return node is YamlScalarNode { Value: { } value } && DateWithTime().IsMatch(value.Trim())
            && DateOnly.TryParseExact(value.Trim()[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?:[Tt ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?: ?(?:[Zz]|[+-](?:[01]\d|2[0-3]):?[0-5]\d))?)?$")]
    private static partial Regex DateWithTime();

    /// <summary>The booleans YAML knows: true/false, yes/no, on/off, in lower, title or upper case.</summary>
    public static bool TryGetBoolean(YamlNode node, out bool value)
    {
        value = false;
        var text = (node as YamlScalarNode)?.Value?.Trim();
        if (string.IsNullOrEmpty(text) || (text != text.ToLowerInvariant() && text != text.ToUpperInvariant()
                             && text != char.ToUpperInvariant(text[0]) + text[1..].ToLowerInvariant()))
            return false;
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "on": value = true; return true;
            case "false" or "no" or "off": return true;
            default: return false;
        }
    }

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
