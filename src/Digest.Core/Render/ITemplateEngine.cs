namespace Digest.Core.Render;

/// <summary>
/// The one seam between Digest and its template language. Models are plain dictionaries, lists and
/// strings (see <see cref="ViewModels"/>), so any engine (Handlebars today, Scriban later) can render them.
/// Implementations HTML-escape values by default.
/// </summary>
public interface ITemplateEngine
{
    /// <summary>Renders the template called <paramref name="name"/> (for example "story") with <paramref name="model"/>.</summary>
    string Render(string name, object model);
}
