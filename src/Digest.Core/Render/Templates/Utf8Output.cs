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

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The bytes written so far, the encoder flushed (a high surrogate left alone at the end written as U+FFFD).</summary>
    public byte[] ToArray()
    {
        var needed = _length + Encoding.UTF8.GetMaxByteCount(0);
        if (needed > _buffer.Length)
            Array.Resize(ref _buffer, needed);
        _length += _encoder.GetBytes([], _buffer.AsSpan(_length), flush: true);
        return _buffer.AsSpan(0, _length).ToArray();
    }

    /// <summary>Empties the output for the next page; the buffer stays as grown.</summary>
    public void Clear()
    {
        _length = 0;
        _encoder.Reset();
    }
}
