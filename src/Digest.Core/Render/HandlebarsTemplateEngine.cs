using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace Digest.Core.Render;

/// <summary>
/// Handlebars.Net behind <see cref="ITemplateEngine"/>. Templates are compiled once per build;
/// <c>partials/x.hbs</c> is available as <c>{{> x}}</c>. Values are HTML-escaped unless a template
/// uses triple braces, which the default theme does only for HTML Digest itself produced.
/// </summary>
public sealed partial class HandlebarsTemplateEngine : ITemplateEngine
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _templates = new(StringComparer.Ordinal);

    public HandlebarsTemplateEngine(Theme theme)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        handlebars.RegisterHelper("eq", (context, arguments) =>
            arguments.Length == 2 && Equals(arguments[0]?.ToString(), arguments[1]?.ToString()));
        foreach (var (path, text) in theme.Templates("partials/"))
            // Partials are inline fragments: the file's final newline is not part of them.
            handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(path), Prepare(text).TrimEnd('\n'));
        foreach (var (path, text) in theme.Templates())
            if (!path.StartsWith("partials/", StringComparison.Ordinal))
                _templates[path[..^".hbs".Length]] = handlebars.Compile(Prepare(text));
    }

    /// <summary>
    /// Handlebars.Net 2.x skips HTML escaping inside a partial called on a line of its own with
    /// indentation (its indenting writer bypasses the encoder). Removing that indentation keeps
    /// every value escaped; it only changes white space in the output.
    /// </summary>
    internal static string Prepare(string template) => IndentedStandalonePartial().Replace(template, "");

    [GeneratedRegex(@"^[ \t]+(?=\{\{~?>[^}]*\}\}[ \t]*$)", RegexOptions.Multiline)]
    private static partial Regex IndentedStandalonePartial();

    public string Render(string name, object model) =>
        _templates.TryGetValue(name, out var template)
            ? template(model)
            : throw new InvalidOperationException($"templates/{name}.hbs is missing: add it to the site's templates folder");
}
