using System.Collections.Immutable;
using System.Reflection;
using Digest.Core.Load;

namespace Digest.Core.Render;

/// <summary>
/// The files that shape the site: templates (<c>*.sbn-html</c>, partials under <c>partials/</c>) and
/// static assets (under <c>assets/</c>). The default theme is embedded in Digest; a site's own
/// <c>templates/</c> folder overrides it file by file.
/// </summary>
internal sealed record Theme(ImmutableSortedDictionary<string, byte[]> Files)
{
    /// <summary>Files of the site's templates/ folder that could not be read (links out of the site, unreadable files); left out.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    public const string FolderName = "templates";
    private const string ResourcePrefix = "theme/";

    public static Theme Load(string siteFolder)
    {
        var files = Embedded().ToBuilder();
        // Nothing from outside the site: links out of it are not followed (SiteFiles).
        var (listed, diagnostics) = SiteFiles.List(siteFolder, FolderName, _ => true);
        var problems = diagnostics.ToBuilder();
        foreach (var file in listed)
        {
            var (bytes, error) = TextFile.ReadBytes(Path.Combine(siteFolder, file), file);
            if (error is null)
                files[file[(FolderName.Length + 1)..]] = bytes!;
            else
                problems.Add(error);
        }
        return new Theme(files.ToImmutable()) { Diagnostics = problems.ToImmutable() };
    }

    public static ImmutableSortedDictionary<string, byte[]> Embedded()
    {
        var assembly = typeof(Theme).Assembly;
        var builder = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            builder[name[ResourcePrefix.Length..].Replace('\\', '/')] = buffer.ToArray();
        }
        return builder.ToImmutable();
    }

    public IEnumerable<KeyValuePair<string, byte[]>> Assets =>
        Files.Where(f => f.Key.StartsWith("assets/", StringComparison.Ordinal));

    /// <summary>Handlebars templates left from before the theme was Scriban; they would be ignored silently.</summary>
    public IEnumerable<string> HandlebarsTemplates =>
        Files.Keys.Where(k => k.EndsWith(".hbs", StringComparison.Ordinal));

    public IEnumerable<KeyValuePair<string, string>> Templates(string folder = "") =>
        Files.Where(f => f.Key.EndsWith(Render.Templates.ScribanTemplateEngine.Extension, StringComparison.Ordinal)
                         && f.Key.StartsWith(folder, StringComparison.Ordinal))
             .Select(f => KeyValuePair.Create(f.Key, System.Text.Encoding.UTF8.GetString(f.Value).Replace("\r\n", "\n")));
}
