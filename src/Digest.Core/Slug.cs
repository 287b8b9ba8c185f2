using System.Globalization;
using System.Text;

namespace Digest.Core;

/// <summary>ASCII, lower-case, hyphen-separated slugs for URLs and source ids.</summary>
public static class Slug
{
    public static string From(string text, int maxLength = 80)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var hyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (c is '\'' or '’')
                continue; // "Son's" -> "sons", not "son-s"
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (hyphen && sb.Length > 0) sb.Append('-');
                hyphen = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                hyphen = true;
            }
            if (sb.Length >= maxLength)
                break;
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "untitled" : slug;
    }
}
