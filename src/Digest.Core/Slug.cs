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
            var ascii = char.IsAsciiLetterOrDigit(c) ? null : Fold(c);
            if (char.IsAsciiLetterOrDigit(c) || ascii is not null)
            {
                if (hyphen && sb.Length > 0) sb.Append('-');
                hyphen = false;
                if (ascii is null) sb.Append(char.ToLowerInvariant(c)); else sb.Append(ascii);
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

    // The build runs with InvariantGlobalization, where Normalize(FormD) leaves "ë" whole; these
    // tables fold Latin-1 and Latin Extended-A letters to ASCII the same way on every machine.
    private const string Latin1 = "aaaaaa?ceeeeiiiidnooooo-ouuuuy??aaaaaa?ceeeeiiiidnooooo-ouuuuy?y";
    private const string LatinExtendedA = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnnnnoooooo??rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    /// <summary>ASCII for a Latin letter with diacritics ("é" -> "e", "ß" -> "ss"), or null.</summary>
    private static string? Fold(char c)
    {
        switch (c)
        {
            case 'Æ' or 'æ': return "ae";
            case 'Þ' or 'þ': return "th";
            case 'ß': return "ss";
            case 'Ĳ' or 'ĳ': return "ij";
            case 'Œ' or 'œ': return "oe";
        }
        var folded = c switch
        {
            >= '\u00C0' and <= '\u00FF' => Latin1[c - 0xC0],
            >= '\u0100' and <= '\u017F' => LatinExtendedA[c - 0x100],
            _ => '-',
        };
        return folded is '-' ? null : folded.ToString();
    }
}
