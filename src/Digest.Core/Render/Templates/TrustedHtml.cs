namespace Digest.Core.Render.Templates;

/// <summary>
/// HTML that Digest itself produced (rendered Markdown, JSON-LD, a rendered page or partial), written
/// to a page as it is. Only C# can make one: any other value a template writes is HTML-escaped.
/// </summary>
internal sealed class TrustedHtml
{
    private string? _html;

    internal TrustedHtml(string html) => _html = html;

    /// <summary>HTML already encoded as UTF-8 into a buffer the renderer keeps: read only while the page that holds it renders.</summary>
    internal TrustedHtml(ReadOnlyMemory<byte> utf8) => Utf8 = utf8;

    internal string Html => _html ??= System.Text.Encoding.UTF8.GetString(Utf8.Span);

    /// <summary>The HTML as UTF-8 where it was made so (a page's body in its layout), else empty: written to a UTF-8 output as it is.</summary>
    internal ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>Wraps HTML that Digest built from escaped or encoded parts; never article text as it is.</summary>
    public static TrustedHtml? From(string? html) => html is null ? null : new TrustedHtml(html);

    /// <summary>What a template gets if it turns the value into a string: that string is escaped when written.</summary>
    public override string ToString() => Html;
}
