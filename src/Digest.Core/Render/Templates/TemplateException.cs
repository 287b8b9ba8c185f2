using System.Collections.Immutable;

namespace Digest.Core.Render.Templates;

/// <summary>
/// A theme that cannot render: templates that do not parse, name missing partials, fail while rendering,
/// or are still Handlebars files. Each problem is a <see cref="Diagnostic"/> located in its template; the
/// build stops before writing, so the last good site stays.
/// </summary>
public sealed class TemplateException(ImmutableArray<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public ImmutableArray<Diagnostic> Diagnostics { get; } = diagnostics;
}
