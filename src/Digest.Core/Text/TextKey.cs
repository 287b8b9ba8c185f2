namespace Digest.Core.Text;

/// <summary>
/// A comparison key for text: lower case, typographic quotes and apostrophes folded to plain ones,
/// white space collapsed. Two sentences with the same key are the same words.
/// </summary>
internal static class TextKey
{
    public static string Of(string text)
    {
        // The key is never longer than the text: written into a buffer on the stack (a sentence) or one
        // array (a long text), then copied once into the string, rather than through a StringBuilder.
        var buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var space = false;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (char.IsWhiteSpace(c)) { space = length > 0; continue; }
            if (space) buffer[length++] = ' ';
            space = false;
            buffer[length++] = char.ToLowerInvariant(c);
        }
        return new string(buffer[..length]);
    }

    public static char Fold(char c) => c switch
    {
        '“' or '”' or '„' or '«' or '»' or '″' => '"',
        '‘' or '’' or '‚' or '′' or '`' => '\'',
        '\u00A0' => ' ',
        _ => c,
    };
}
