using System.Text;
using Scriban.Runtime;

namespace Digest.Core.Render.Templates;

/// <summary>
/// A Scriban output that encodes what is written to UTF-8 as it comes, into one buffer kept across pages: a page
/// becomes its file's bytes without first being a string, and a string's UTF-16 copy, and a third in UTF-8.
/// One encoder carries a surrogate pair split between two writes, so the bytes are those of the whole text encoded at once.
/// </summary>
internal sealed class Utf8Output : IScriptOutput
{
    private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();
    private byte[] _buffer = new byte[16 * 1024];
    private int _length;

    public void Write(string text, int offset, int count)
    {
        var needed = _length + Encoding.UTF8.GetMaxByteCount(count);
        if (needed > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(needed, 2 * _buffer.Length));
        _length += _encoder.GetBytes(text.AsSpan(offset, count), _buffer.AsSpan(_length), flush: false);
    }

    /// <summary>
    /// Writes text already encoded (a page's body, into its layout) as it is. Text before it that ended in half a surrogate
    /// pair is finished first, as U+FFFD, as it would have been had the body come as text: it starts with no low surrogate.
    /// </summary>
    public void Write(ReadOnlySpan<byte> utf8)
    {
        Flush(utf8.Length);
        utf8.CopyTo(_buffer.AsSpan(_length));
        _length += utf8.Length;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The bytes written so far, the encoder flushed (a high surrogate left alone at the end written as U+FFFD).</summary>
    public byte[] ToArray() => Written().ToArray();

    /// <summary>The bytes written so far, the encoder flushed, without a copy: valid until the output is written to or cleared.</summary>
    public ReadOnlyMemory<byte> Written()
    {
        Flush(0);
        return _buffer.AsMemory(0, _length);
    }

    /// <summary>Ends what the encoder holds (a high surrogate alone, as U+FFFD), with room for <paramref name="more"/> bytes after it.</summary>
    private void Flush(int more)
    {
        var needed = _length + Encoding.UTF8.GetMaxByteCount(0) + more;
        if (needed > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(needed, 2 * _buffer.Length));
        _length += _encoder.GetBytes([], _buffer.AsSpan(_length), flush: true);
    }

    /// <summary>Empties the output for the next page; the buffer stays as grown.</summary>
    public void Clear()
    {
        _length = 0;
        _encoder.Reset();
    }
}
