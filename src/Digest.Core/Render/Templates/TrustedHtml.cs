namespace Digest.Core.Render.Templates;

/// <summary>
/// HTML that Digest itself produced (rendered Markdown, JSON-LD, a rendered page or partial), written
/// to a page as it is. Only C# can make one: any other value a template writes is HTML-escaped.
/// </summary>
internal sealed class TrustedHtml
{
    internal TrustedHtml(string html) => Html = html;

    internal string Html { get; }

    /// <summary>Wraps HTML that Digest built from escaped or encoded parts; never article text as it is.</summary>
    public static TrustedHtml? From(string? html) => html is null ? null : new TrustedHtml(html);

    /// <summary>What a template gets if it turns the value into a string: that string is escaped when written.</summary>
    public override string ToString() => Html;
}
