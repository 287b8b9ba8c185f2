using System.Text;

namespace Digest.Core.Text;

/// <summary>
/// A comparison key for text: lower case, typographic quotes and apostrophes folded to plain ones,
/// white space collapsed. Two sentences with the same key are the same words.
/// </summary>
internal static class TextKey
{
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    public static char Fold(char c) => c switch
    {
        '“' or '”' or '„' or '«' or '»' or '″' => '"',
        '‘' or '’' or '‚' or '′' or '`' => '\'',
        '\u00A0' => ' ',
        _ => c,
    };
}
