using System.Globalization;
using System.Text;

namespace Digest.Core;

/// <summary>ASCII, lower-case, hyphen-separated slugs for URLs and source ids.</summary>
public static class Slug
{
    /// <summary>
    /// The slug of <paramref name="text"/>: Latin letters folded to ASCII, other scripts
    /// transliterated (AnyAscii: "Москва" is "moskva", "東京" is "dongjing"), anything else one
    /// hyphen. Text in which nothing transliterates (symbols only) gets a short hash of itself, so
    /// two such names never share a slug; only empty text is "untitled".
    /// </summary>
    public static string From(string text, int maxLength = 80)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var hyphen = false;
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark)
                continue;
            if (rune.Value is '\'' or '’')
                continue; // "Son's" -> "sons", not "son-s"
            var ascii = Ascii(rune);
            if (ascii is null)
            {
                hyphen = true;
                continue;
            }
            if (ascii.Length == 0)
                continue; // a letter with no sound of its own (a soft sign, an alef): part of the word
            if (hyphen && sb.Length > 0) sb.Append('-');
            hyphen = false;
            sb.Append(ascii);
            if (sb.Length >= maxLength)
                break;
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > maxLength)
            slug = slug[..maxLength].Trim('-');
        if (slug.Length > 0)
            return slug;
        return string.IsNullOrWhiteSpace(text) ? "untitled" : Hash(text);
    }

    /// <summary>Lower-case ASCII letters and digits for one letter or digit of any script (maybe none); null for anything else.</summary>
    private static string? Ascii(Rune rune)
    {
        if (rune.IsAscii)
            return char.IsAsciiLetterOrDigit((char)rune.Value) ? char.ToLowerInvariant((char)rune.Value).ToString() : null;
        if (rune.IsBmp && Fold((char)rune.Value) is { } folded)
            return folded;
        if (!Rune.IsLetterOrDigit(rune))
            return null;
        return new string([.. AnyAscii.Transliteration.Transliterate(rune.ToString())
            .Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
    }

    /// <summary>Six hex digits of the text's SHA-256: stable across runs and machines.</summary>
    private static string Hash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..6];

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
