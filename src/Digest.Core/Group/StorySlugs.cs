namespace Digest.Core.Group;

/// <summary>
/// A story's slug comes from the story alone: its key or folder; else the editor's pinned headline;
/// else the headline of its earliest article. When slugs would clash, a key keeps its slug, then the
/// story that started first; the others get a short stable hash of their earliest article's path.
/// So adding or removing an unrelated article never renames a story (a newer story with the same
/// headline is the one that gets the hash).
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
        var slugs = new string[candidates.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        var order = Enumerable.Range(0, candidates.Count)
            .OrderBy(n => candidates[n].Key is null)
            .ThenBy(n => candidates[n].Earliest.Article.Date ?? DateOnly.MaxValue)
            .ThenBy(n => candidates[n].Earliest.Article.Path, StringComparer.Ordinal);
        foreach (var n in order)
        {
            var slug = candidates[n].BaseSlug;
            if (!used.Add(slug))
            {
                var hashed = $"{slug}-{StableHash.Short(candidates[n].Earliest.Article.Path)}";
                slug = hashed;
                for (var extra = 2; !used.Add(slug); extra++)
                    slug = $"{hashed}-{extra}";
            }
            slugs[n] = slug;
        }
        return slugs;
    }
}
