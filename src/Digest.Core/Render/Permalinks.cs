using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Digest.Core.Load;
using YamlDotNet.RepresentationModel;

namespace Digest.Core.Render;

/// <summary>
/// Where each kind of page lives, as folder patterns relative to the site root (each page is the
/// folder's <c>index.html</c>). Tokens: <c>:slug</c>, <c>:year</c>, <c>:month</c> (story pages take
/// all three, archive pages <c>:year</c> and <c>:month</c>, outlet, person and tag pages <c>:slug</c>).
/// </summary>
public sealed partial record Permalinks(string Story, string Outlet, string Person, string Tag, string Archive)
{
    public static Permalinks Default { get; } = new("stories/:slug/", "outlets/:slug/", "people/:slug/", "tags/:slug/", "archive/:year/:month/");

    /// <summary>Year and month of a story without a date, in <c>:year</c>/<c>:month</c>.</summary>
    public const string Undated = "undated";

    public string StoryPath(string slug, DateOnly? date) => Expand(Story, slug, date);
    public string OutletPath(string slug) => Expand(Outlet, slug, null);
    public string PersonPath(string slug) => Expand(Person, slug, null);
    public string TagPath(string slug) => Expand(Tag, slug, null);
    public string ArchivePath(DateOnly? month) => Expand(Archive, "", month);

    private static string Expand(string pattern, string slug, DateOnly? date) => pattern
        .Replace(":slug", slug, StringComparison.Ordinal)
        .Replace(":year", date?.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) ?? Undated, StringComparison.Ordinal)
        .Replace(":month", date?.Month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) ?? Undated, StringComparison.Ordinal)
        .Replace($"{Undated}/{Undated}/", $"{Undated}/", StringComparison.Ordinal);

    /// <summary>Reads <c>permalinks:</c>; a bad pattern is reported and its default kept.</summary>
    internal static Permalinks Parse(YamlNode node, string displayPath, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var result = Default;
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Add(Diagnostic.Error(displayPath, (int)node.Start.Line, (int)node.Start.Column,
                "'permalinks' must be a mapping such as 'permalinks: { story: \"stories/:slug/\" }'"));
            return result;
        }
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = SiteConfigLoader.Scalar(keyNode);
            var pattern = SiteConfigLoader.Scalar(valueNode).Trim();
            if (pattern.Length > 0 && !pattern.EndsWith('/')) pattern += "/";
            var (required, allowed) = key switch
            {
                "story" => (new[] { ":slug" }, new[] { ":slug", ":year", ":month" }),
                "outlet" or "person" or "tag" => ([":slug"], [":slug"]),
                "archive" => ([":year", ":month"], [":year", ":month"]),
                _ => (null!, null!),
            };
            string? problem = null;
            if (required is null)
                problem = $"unknown permalink kind '{key}': use story, outlet, person, tag or archive";
            else if (!SafePattern().IsMatch(pattern) || pattern.Split('/').Any(s => s is "." or ".."))
                problem = $"permalink '{pattern}' for {key} must be a relative folder of lower-case letters, digits, '-', '_' and tokens, such as \"{Pick(Default, key)}\"";
            else if (required.FirstOrDefault(t => !pattern.Contains(t, StringComparison.Ordinal)) is { } missing)
                problem = $"permalink '{pattern}' for {key} must contain {missing}";
            else if (Tokens().Matches(pattern).Select(m => m.Value).FirstOrDefault(t => !allowed.Contains(t)) is { } extra)
                problem = $"permalink '{pattern}' for {key} cannot use {extra}; it may use {string.Join(" ", allowed)}";
            if (problem is not null)
            {
                diagnostics.Add(Diagnostic.Error(displayPath, (int)valueNode.Start.Line, (int)valueNode.Start.Column, problem + "; the default is used"));
                continue;
            }
            result = key switch
            {
                "story" => result with { Story = pattern },
                "outlet" => result with { Outlet = pattern },
                "person" => result with { Person = pattern },
                "tag" => result with { Tag = pattern },
                _ => result with { Archive = pattern },
            };
        }
        return result;
    }

    private static string Pick(Permalinks p, string key) => key switch
    {
        "story" => p.Story, "outlet" => p.Outlet, "person" => p.Person, "tag" => p.Tag, _ => p.Archive,
    };

    [GeneratedRegex(@"^([a-z0-9_-]+|:slug|:year|:month)+(/([a-z0-9_-]+|:slug|:year|:month)+)*/$")]
    private static partial Regex SafePattern();

    [GeneratedRegex(@":[a-z]+")]
    private static partial Regex Tokens();
}
