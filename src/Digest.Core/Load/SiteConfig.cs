using System.Collections.Immutable;

namespace Digest.Core.Load;

/// <summary>The settings of <c>site.yml</c>. Every key is optional; the defaults are documented in README.</summary>
public sealed record SiteConfig
{
    public string Title { get; init; } = "Digest";
    public string Description { get; init; } = "";
    /// <summary>Absolute URL the site is served from, without trailing slash; empty for relative links only.</summary>
    public string BaseUrl { get; init; } = "";
    public string Language { get; init; } = "en";
    /// <summary>Output folder, relative to the site folder.</summary>
    public string Output { get; init; } = "public";
    /// <summary>Where site.yml sets <see cref="Output"/> (1-based line and column), for messages about it; 0 if it does not.</summary>
    public (int Line, int Column) OutputAt { get; init; }
    /// <summary>Regular expressions (case-insensitive) for boilerplate lines this publisher's sources carry.</summary>
    public ImmutableArray<string> Boilerplate { get; init; } = [];

    /// <summary>
    /// How a <see cref="Boilerplate"/> pattern is run. The non-backtracking engine matches in time
    /// linear in the line, so a catastrophic pattern (<c>(a+)+$</c>) cannot hang a build, and unlike a
    /// match timeout its result never depends on how loaded the machine is. Constructs it cannot run
    /// (backreferences, lookarounds, atomic groups) are reported at their site.yml line.
    /// </summary>
    public const System.Text.RegularExpressions.RegexOptions BoilerplateOptions =
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant
        | System.Text.RegularExpressions.RegexOptions.NonBacktracking;
    /// <summary>Stories per page on the home page (and its <c>page/N/</c> pages).</summary>
    public int PageSize { get; init; } = 10;
    /// <summary>Stories in the RSS, Atom and JSON feeds (the newest).</summary>
    public int FeedSize { get; init; } = 20;
    /// <summary>Where each kind of page is written (<c>permalinks:</c> in site.yml).</summary>
    public Render.Permalinks Permalinks { get; init; } = Render.Permalinks.Default;

    public static SiteConfig Default { get; } = new();
}
