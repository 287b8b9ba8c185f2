using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Digest.Core.Load;

namespace Digest.Core.Import;

/// <summary>
/// Turns the bytes of a file given to <c>digest import</c> into text, or says why it is not an
/// article: an image, a PDF, an archive or any other binary file is refused; UTF-8 is read as
/// UTF-8; a page or text in Latin-1 or Windows-1252 (what older sites and editors save) is read
/// in that encoding, so "café" never becomes "caf\uFFFD".
/// </summary>
public static partial class ImportedText
{
    /// <summary>The first bytes of common binary formats someone might pass by mistake.</summary>
    private static readonly (string Kind, byte[] Magic)[] BinaryStarts =
    [
        ("a PNG image", [0x89, (byte)'P', (byte)'N', (byte)'G']),
        ("a JPEG image", [0xFF, 0xD8, 0xFF]),
        ("a GIF image", [(byte)'G', (byte)'I', (byte)'F', (byte)'8']),
        ("a PDF document", [(byte)'%', (byte)'P', (byte)'D', (byte)'F']),
        ("a ZIP archive or office document", [(byte)'P', (byte)'K', 3, 4]),
        ("a WebP image, WAV or AVI file", [(byte)'R', (byte)'I', (byte)'F', (byte)'F']),
        ("a gzip archive", [0x1F, 0x8B]),
    ];

    private const string NotText = "this does not look like text (it holds control characters): import a saved web page (.html) or a text file";

    static ImportedText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string? Text, string? Error) Decode(byte[] bytes)
    {
        foreach (var (kind, magic) in BinaryStarts)
            if (bytes.AsSpan().StartsWith(magic))
                return (null, $"this is {kind}, not an article: import a saved web page (.html) or a text file");
        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
            return (null, "this is a binary file (it holds NUL bytes), not an article: import a saved web page (.html) or a text file");

        if (Utf8.IsValid(bytes))
        {
            var (utf8, _) = TextFile.Decode(bytes, "");
            return utf8 is null ? (null, NotText) : (utf8, null);
        }

        // Not UTF-8: a page may name its encoding; anything else single-byte is read as
        // Windows-1252, the superset of Latin-1 that browsers use for both.
        var declared = DeclaredCharset().Match(Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096)));
        Encoding encoding;
        try
        {
            encoding = declared.Success ? Encoding.GetEncoding(declared.Groups[1].Value) : Encoding.GetEncoding(1252);
        }
        catch (ArgumentException)
        {
            return (null, $"the page declares the encoding '{declared.Groups[1].Value}', which Digest cannot read: save it as UTF-8 and import it again");
        }
        if (encoding is UTF8Encoding)
            encoding = Encoding.GetEncoding(1252); // a page that claims UTF-8 but is not: its bytes are 1252's
        var text = encoding.GetString(bytes).Replace("\r\n", "\n");
        return text.Any(TextFile.IsControl) ? (null, NotText) : (text, null);
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_:.-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredCharset();
}
