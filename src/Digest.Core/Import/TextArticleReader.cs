using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Digest.Core.Load;

namespace Digest.Core.Import;

/// <summary>
/// Reads a plain-text article: the headline on the first non-blank line, an optional
/// <c>date YYYY-MM-DD</c> either on a line of its own (before or after the headline) or glued in
/// front of the headline, then paragraphs separated by blank lines. Plain text names no outlet.
/// </summary>
internal static partial class TextArticleReader
{
    [GeneratedRegex(@"^date\s+(\d{4}-\d{2}-\d{2})(?:\s+(.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    public static ImportResult Read(string text)
    {
        var blocks = Blocks(text);
        if (blocks.Count == 0)
            return ImportResult.Fail("the file is empty: expected a headline on the first line, then the article's paragraphs");

        DateOnly? date = null;
        string? title = null;
        var next = 0;
        // The first two blocks' first lines may be a date line and the headline, in either order.
        while (title is null && next < blocks.Count)
        {
            var line = blocks[next][0];
            var match = DateLine().Match(line);
            if (match.Success && date is null)
            {
                if (!DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    return ImportResult.Fail($"'{match.Groups[1].Value}' is not a date: write it as YYYY-MM-DD");
                date = d;
                var rest = match.Groups[2].Value.Trim();
                blocks[next] = rest.Length > 0 ? [rest, .. blocks[next][1..]] : blocks[next][1..];
                if (blocks[next].Count == 0) next++;
                continue;
            }
            title = line;
            blocks[next] = blocks[next][1..];
            if (blocks[next].Count == 0) next++;
        }
        if (title is null)
            return ImportResult.Fail("no headline: put the headline on the first line");

        // A date line right after the headline.
        if (date is null && next < blocks.Count && DateLine().Match(blocks[next][0]) is { Success: true, Groups: var g } && g[2].Value.Length == 0
            && DateOnly.TryParseExact(g[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var after))
        {
            date = after;
            blocks[next] = blocks[next][1..];
            if (blocks[next].Count == 0) next++;
        }

        var paragraphs = blocks.Skip(next).Where(b => b.Count > 0).Select(b => BodyParser.Normalise(string.Join(' ', b)))
            .ToImmutableArray();
        if (paragraphs.IsEmpty)
            return ImportResult.Fail("no article text after the headline: separate paragraphs with blank lines");
        return ImportResult.Ok(new ImportedArticle(BodyParser.Normalise(title), null, date, null, null, paragraphs));
    }

    /// <summary>Runs of non-blank lines, each line trimmed.</summary>
    private static List<List<string>> Blocks(string text)
    {
        var blocks = new List<List<string>>();
        List<string>? current = null;
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0) { current = null; continue; }
            if (current is null) blocks.Add(current = []);
            current.Add(line);
        }
        return blocks;
    }
}
