namespace Digest.Core.Render;

/// <summary>
/// The one seam between Digest and its template language (Scriban: <see cref="Templates.ScribanTemplateEngine"/>).
/// Models are plain dictionaries, lists and strings (see <see cref="ViewModels"/>), read as they are.
/// Implementations HTML-escape every value but <see cref="Templates.TrustedHtml"/>.
/// </summary>
internal interface ITemplateEngine
{
    /// <summary>Renders the template called <paramref name="name"/> (for example "story") with <paramref name="model"/>.</summary>
    string Render(string name, object model);

    /// <summary>Renders as <see cref="Render"/> does, straight to the UTF-8 bytes of a file.</summary>
    byte[] RenderUtf8(string name, object model);

    /// <summary>Renders <paramref name="name"/>, then <paramref name="layout"/> with its HTML as <c>content</c>, to the UTF-8 bytes of a file.</summary>
    byte[] RenderInLayout(string name, string layout, IReadOnlyDictionary<string, object?> model);
}
