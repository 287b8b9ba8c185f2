using System.Text;
using Digest.Core.Merge;

namespace Digest.Tests.Merge.Facts;

/// <summary>
/// A digest's facts as plain lines, one per person, timeline entry, unresolved date and conflict: the
/// expected output of the fact spec files and the printout of the corpus tests.
/// </summary>
/// <example>
/// person Luna, 5 [child] &lt;et, people&gt;
/// date 2021-09-30 day &lt;people&gt; On Thursday, she shared photos.
/// unresolved "on Thursday" &lt;et&gt;: the article has no publication date
/// conflict Luna's age: et=5; people=6
/// </example>
public static class FactsText
{
    public static string Of(StoryDigest d, int? width = null)
    {
        var sb = new StringBuilder();
        foreach (var p in d.People)
        {
            sb.Append("person ").Append(p.Name);
            if (p.Age is { } age) sb.Append(", ").Append(age);
            if (p.Aliases.Length > 0) sb.Append(" aka ").Append(string.Join(" | ", p.Aliases));
            if (p.Relations.Length > 0) sb.Append(" [").Append(string.Join(", ", p.Relations)).Append(']');
            sb.Append(' ').Append(Sources(p.Sources)).Append('\n');
        }
        foreach (var t in d.Timeline)
            sb.Append($"date {t.Date.Iso} {t.Date.PrecisionName} {Sources(t.Sources)} {Cut(t.Text, width)}\n");
        foreach (var u in d.UnresolvedDates)
            sb.Append($"unresolved \"{u.Phrase}\" {Sources(u.Sources)}: {u.Reason}\n");
        foreach (var c in d.Conflicts)
            sb.Append($"conflict {Cut(c.About, width)}: {string.Join("; ", c.Values.Select(v => $"{v.Source}={v.Text}"))}\n");
        return sb.ToString();
    }

    private static string Sources(IEnumerable<string> ids) => "<" + string.Join(", ", ids) + ">";

    private static string Cut(string text, int? width) =>
        width is { } w && text.Length > w ? text[..(w - 3)] + "..." : text;
}
