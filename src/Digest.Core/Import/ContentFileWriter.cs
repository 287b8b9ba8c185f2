using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Digest.Core.Import;

/// <summary>
/// Writes an imported article as a content file: YAML front matter with every text value
/// double-quoted and escaped, then the paragraphs as Markdown escaped so that they read back as
/// exactly the same text (a leading "1." or "#", or a "*", stays text).
/// </summary>
public static partial class ContentFileWriter
{
    [GeneratedRegex(@"^(\d{1,9})([.)])")]
    private static partial Regex OrderedListStart();

    [GeneratedRegex(@"&(?=#?[A-Za-z0-9]+;)")]
    private static partial Regex EntityStart();

    public static string Format(ImportedArticle article, string outlet, string story)
    {
        var sb = new StringBuilder("---\n");
        sb.Append("title: ").Append(Quote(article.Title)).Append('\n');
        sb.Append("outlet: ").Append(Quote(outlet)).Append('\n');
        if (article.Date is { } date)
            sb.Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        if (article.Url is { } url)
            sb.Append("url: ").Append(Quote(url)).Append('\n');
        if (article.Author is { } author)
            sb.Append("author: ").Append(Quote(author)).Append('\n');
        sb.Append("story: ").Append(Quote(story)).Append('\n');
        sb.Append("---\n");
        foreach (var paragraph in article.Paragraphs)
            sb.Append('\n').Append(EscapeMarkdown(paragraph)).Append('\n');
        return sb.ToString();
    }

    /// <summary>A YAML double-quoted scalar: safe for any text, including ':' '#' quotes and backslashes.</summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' or '\r' or '\t' => " ",
                _ when char.IsControl(c) => "",
                _ => c.ToString(),
            });
        return sb.Append('"').ToString();
    }

    /// <summary>Escapes what Markdown would read as markup, so the paragraph reads back verbatim.</summary>
    public static string EscapeMarkdown(string paragraph)
    {
        var sb = new StringBuilder(paragraph.Length + 8);
        foreach (var c in paragraph)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>')
                sb.Append('\\');
            sb.Append(c);
        }
        var text = EntityStart().Replace(sb.ToString(), "\\&");
        // Block markers only count at the start of a line, and a paragraph is one line here.
        if (text.Length > 0 && text[0] is '#' or '-' or '+' or '=' or '~')
            text = "\\" + text;
        return OrderedListStart().Replace(text, "$1\\$2");
    }
}
