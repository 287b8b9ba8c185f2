namespace Digest.Core.Group;

/// <summary>
/// A story's slug comes from the story alone: its key or folder; else the editor's pinned headline;
/// else the headline of its earliest article. Stories whose slugs would clash (and that have no key)
/// get a short stable hash of their earliest article's path, so adding or removing an unrelated
/// article never renames a story.
/// </summary>
internal static class StorySlugs
{
    /// <summary>Leaves room for the hash suffix within the 80 characters of a slug.</summary>
    private const int HeadlineSlugLength = 60;

    internal sealed record Candidate(IReadOnlyList<Clean.CleanArticle> Articles, string? Key, string? PinnedHeadline)
    {
        public Clean.CleanArticle Earliest => Articles
            .OrderBy(a => a.Article.Date ?? DateOnly.MaxValue)
            .ThenBy(a => a.Article.Path, StringComparer.Ordinal)
            .First();

        public string BaseSlug => Key ?? Slug.From(PinnedHeadline ?? Earliest.Article.Title, HeadlineSlugLength);
    }

    public static string[] Assign(IReadOnlyList<Candidate> candidates)
    {
        var bases = candidates.Select(c => c.BaseSlug).ToArray();
        var taken = bases.CountBy(b => b, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var slugs = new string[candidates.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        // Keyed stories first: an explicit key keeps its slug.
        foreach (var n in Enumerable.Range(0, candidates.Count).OrderBy(n => candidates[n].Key is null).ThenBy(n => n))
        {
            var slug = bases[n];
            if (candidates[n].Key is null && taken[slug] > 1)
                slug = $"{slug}-{StableHash.Short(candidates[n].Earliest.Article.Path)}";
            for (var extra = 2; !used.Add(slug); extra++)
                slug = $"{bases[n]}-{extra}";
            slugs[n] = slug;
        }
        return slugs;
    }
}
