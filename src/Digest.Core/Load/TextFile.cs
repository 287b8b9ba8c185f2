using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Digest.Core.Load;

/// <summary>
/// Reads one text file of the site (an article, <c>site.yml</c>, an override file) or says, at
/// its line and column, why it is not one: invalid UTF-8, control characters (a binary file), too
/// large. A file of length zero is never opened: a pipe or a device reports zero too, and opening
/// one would wait forever or read without end.
/// </summary>
public static class TextFile
{
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <returns>The text with <c>\r\n</c> as <c>\n</c> and without a byte-order mark, or an error.</returns>
    public static (string? Text, Diagnostic? Error) Read(string fullPath, string displayPath)
    {
        var (bytes, error) = ReadBytes(fullPath, displayPath);
        return error is null ? Decode(bytes!, displayPath) : (null, error);
    }

    /// <summary>The file's bytes, at most <see cref="MaxBytes"/>; a file of length zero (or a pipe, or a device) is empty and never opened.</summary>
    public static (byte[]? Bytes, Diagnostic? Error) ReadBytes(string fullPath, string displayPath)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            // A plain file's attributes say it is no link: asking where it leads (readlink) only for links.
            if (info.Attributes.HasFlag(FileAttributes.ReparsePoint) && info.LinkTarget is not null)
                info = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info; // the size is the target's
            if (!info.Exists)
                return (null, Diagnostic.Error(displayPath, 1, 1,
                    "cannot read the file: it does not exist or is a link that leads nowhere (or in a circle); fix or remove it"));
            if (info.Length == 0)
                return ([], null);
            if (info.Length > MaxBytes)
                return (null, TooLarge(displayPath));
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            bytes = new byte[info.Length];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (read < bytes.Length)
                Array.Resize(ref bytes, read);
            else if (stream.ReadByte() >= 0)
                return (null, Diagnostic.Error(displayPath, 1, 1, "the file changed while it was read (or is not a regular file); build again once it is saved"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Diagnostic.Error(displayPath, 1, 1,
                $"cannot read the file ({e.Message.TrimEnd('.')}); check that it exists and is readable"));
        }
        return (bytes, null);
    }

    /// <summary>Decodes UTF-8, reporting the first invalid byte or control character at its line and column.</summary>
    public static (string? Text, Diagnostic? Error) Decode(ReadOnlySpan<byte> bytes, string displayPath)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];
        // Decoded into a pooled buffer: only the string is kept.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        string text;
        try
        {
            var status = Utf8.ToUtf16(bytes, chars.AsSpan(0, bytes.Length), out var bytesRead, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var (line, column) = Position(chars.AsSpan(0, written));
                return (null, Diagnostic.Error(displayPath, line, column,
                    $"the file is not UTF-8 text (byte 0x{bytes[bytesRead]:X2}); save it as UTF-8, or remove it if it is not text"));
            }
            text = new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsControl(text[i])) continue;
            var (line, column) = Position(text.AsSpan(0, i));
            return (null, Diagnostic.Error(displayPath, line, column,
                $"control character U+{(int)text[i]:X4} (is this a binary file?); remove it, or remove the file if it is not text"));
        }
        return (text.Replace("\r\n", "\n"), null);
    }

    /// <summary>A character no text file holds: a C0 control other than tab and line breaks, DEL, or a non-character.</summary>
    public static bool IsControl(char c) => (c < ' ' && c is not '\t' and not '\n' and not '\r') || c == '\x7F' || c is '\uFFFE' or '\uFFFF';

    /// <summary>1-based line and column of the character after <paramref name="before"/>.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<char> before)
    {
        var lastBreak = before.LastIndexOf('\n');
        return (before.Count('\n') + 1, before.Length - lastBreak);
    }

    private static Diagnostic TooLarge(string displayPath) =>
        Diagnostic.Error(displayPath, 1, 1, $"the file is larger than {MaxBytes / (1024 * 1024)} MiB, too large for a text file; split it or remove it");
}
