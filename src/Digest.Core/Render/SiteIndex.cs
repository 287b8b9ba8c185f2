using System.Collections.Immutable;
using Digest.Core.Merge;

namespace Digest.Core.Render;

/// <summary>A page that lists stories: one outlet, person, tag or month.</summary>
/// <param name="Name">As shown ("PEOPLE", "October 2021").</param>
/// <param name="Path">Folder of the page relative to the site root, ending in '/'.</param>
/// <param name="Stories">Newest first.</param>
/// <param name="People">For a person: each story's entry for them (same order as stories).</param>
public sealed record Listing(string Name, string Slug, string Path, ImmutableArray<StoryDigest> Stories, ImmutableArray<Person> People);

/// <summary>
/// Where every page of the site goes and which stories each listing holds, computed once from the
/// digests. Names are grouped by their slug, so "PEOPLE" and "People" are one outlet; the name shown
/// is the ordinally first spelling, which keeps the output deterministic.
/// </summary>
public sealed class SiteIndex
{
    public ImmutableArray<StoryDigest> NewestFirst { get; }
    public ImmutableArray<Listing> Outlets { get; }
    public ImmutableArray<Listing> People { get; }
    public ImmutableArray<Listing> Tags { get; }
    /// <summary>Newest month first; stories without a date last.</summary>
    public ImmutableArray<Listing> Months { get; }

    private readonly Permalinks _permalinks;
    private readonly Dictionary<StoryDigest, string> _storyPaths;

    public SiteIndex(ImmutableArray<StoryDigest> digests, Permalinks permalinks)
    {
        _permalinks = permalinks;
        NewestFirst = [.. digests
            .OrderByDescending(d => d.Date ?? DateOnly.MinValue)
            .ThenBy(d => d.Title, StringComparer.Ordinal)
            .ThenBy(d => d.Slug, StringComparer.Ordinal)];
        _storyPaths = NewestFirst.ToDictionary(d => d, d => permalinks.StoryPath(d.Slug, d.Date), ReferenceEqualityComparer.Instance as IEqualityComparer<StoryDigest>);

        Outlets = Group(d => d.Sources.Select(s => (s.Outlet, (Person?)null)), permalinks.OutletPath);
        People = Group(d => d.People.Select(p => (p.Name, (Person?)p)), permalinks.PersonPath);
        Tags = Group(d => d.Tags.Select(t => (t, (Person?)null)), permalinks.TagPath);
        Months = [.. NewestFirst
            .GroupBy(d => d.Date is { } date ? new DateOnly(date.Year, date.Month, 1) : (DateOnly?)null)
            .OrderByDescending(g => g.Key ?? DateOnly.MinValue)
            .Select(g => new Listing(
                g.Key?.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "Undated",
                g.Key?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) ?? Permalinks.Undated,
                permalinks.ArchivePath(g.Key), [.. g], []))];
    }

    /// <summary>Where a story's page goes; a story's whole digest standing in for the summary the index was made of goes where the summary does.</summary>
    public string StoryPath(StoryDigest digest) => _storyPaths.TryGetValue(digest, out var path) ? path : _permalinks.StoryPath(digest.Slug, digest.Date);
    public string OutletPath(string outlet) => _permalinks.OutletPath(Slug.From(outlet));
    public string PersonPath(string name) => _permalinks.PersonPath(Slug.From(name));
    public string TagPath(string tag) => _permalinks.TagPath(Slug.From(tag));

    private ImmutableArray<Listing> Group(Func<StoryDigest, IEnumerable<(string Name, Person? Person)>> names, Func<string, string> path) =>
        [.. NewestFirst
            .SelectMany(d => names(d).Where(n => n.Name.Trim().Length > 0).Select(n => (Digest: d, n.Name, n.Person, Slug: Slug.From(n.Name))))
            .GroupBy(x => x.Slug, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                // A story names an outlet once per article; list it once.
                var entries = g.DistinctBy(x => x.Digest, ReferenceEqualityComparer.Instance as IEqualityComparer<StoryDigest>).ToList();
                return new Listing(
                    g.Select(x => x.Name).Min(StringComparer.Ordinal)!, g.Key, path(g.Key),
                    [.. entries.Select(x => x.Digest)],
                    [.. entries.Where(x => x.Person is not null).Select(x => x.Person!)]);
            })];

    /// <summary>Relative path from a page's folder back to the site root ("" at the root, "../../" two folders down).</summary>
    public static string RootFrom(string folder) =>
        string.Concat(Enumerable.Repeat("../", folder.Count(c => c == '/')));
}
