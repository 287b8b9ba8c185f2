using System.Collections.Immutable;
using Digest.Core.Clean;
using Digest.Core.Load;

namespace Digest.Core.Group;

internal sealed record GroupResult(ImmutableArray<Story> Stories, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Groups articles into stories. The editor's override files come first (<c>include:</c> forces
/// articles in, <c>exclude_articles:</c> forces them out), then an explicit <c>story:</c> key, then
/// the folder below <c>content/</c>; articles with neither (directly in <c>content/</c>) are grouped
/// automatically by what they report (<see cref="SimilarityIndex"/>).
/// </summary>
internal static class StoryGrouper
{
    public static ImmutableArray<Story> Group(ImmutableArray<CleanArticle> articles) => Group(articles, []).Stories;

    public static GroupResult Group(ImmutableArray<CleanArticle> articles, ImmutableArray<StoryOverride> overrides)
    {
        var sorted = articles.OrderBy(a => a.Article.Path, StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++)
            index.TryAdd(sorted[i].Article.Path, i);
        var byFolder = Enumerable.Range(0, sorted.Length).ToLookup(i => sorted[i].Article.Folder, StringComparer.Ordinal);

        var key = sorted.Select(a => StoryKey.Of(a.Article)).ToArray();
        var standalone = new bool[sorted.Length];
        var links = new StoryLinks([.. sorted.Select(a => a.Article.Date)]);
        var members = overrides.Select(o => MembersOf(o, byFolder, index)).ToArray();

        for (var k = 0; k < overrides.Length; k++)
        {
            // Forced in: a named article leaves the story of its own key or folder (only it: the
            // rest of its folder stays where it was).
            var home = (overrides[k].Folder is { } folder ? byFolder[folder] : [])
                .Select(i => key[i]).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var i in Resolve(overrides[k].Members, index))
                if (key[i] is { } own && !home.Contains(own)) key[i] = null;
        }
        for (var k = 0; k < overrides.Length; k++)
        {
            // Forced apart: out of the override's story, and alone if its key or folder put it there.
            var groupKeys = members[k].Select(i => key[i]).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var i in Resolve(overrides[k].ExcludeArticles, index))
            {
                if (key[i] is { } own && groupKeys.Contains(own)) { key[i] = null; standalone[i] = true; }
                links.Forbid(i, k);
            }
        }

        // Explicit grouping: same key, then each override's own articles, whatever their keys.
        var firstWithKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++)
            if (key[i] is { } k && !firstWithKey.TryAdd(k, i))
                links.Join(firstWithKey[k], i);
        for (var k = 0; k < overrides.Length; k++)
        {
            foreach (var i in members[k]) links.Claim(i, k);
            foreach (var i in members[k].Skip(1)) links.Join(members[k][0], i);
        }

        // Automatic grouping, only among stories that no key or folder has placed.
        var placed = Enumerable.Range(0, sorted.Length).Where(i => key[i] is not null || standalone[i]).Select(links.Find).ToHashSet();
        JoinBySimilarity([.. Enumerable.Range(0, sorted.Length).Where(i => !placed.Contains(links.Find(i)))], sorted, links);

        var groups = Enumerable.Range(0, sorted.Length).GroupBy(links.Find).Select(g => g.ToArray()).ToArray();
        var (storyOverrides, diagnostics) = AttachOverrides(groups, overrides, members, links);
        var slugs = StorySlugs.Assign(groups.Select((g, n) => new StorySlugs.Candidate(
            [.. g.Select(i => sorted[i])],
            g.Select(i => key[i]).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault(),
            storyOverrides[n]?.Headline)).ToArray());

        var stories = groups
            .Select((g, n) => new Story(slugs[n], WithUniqueIds(g.Select(i => sorted[i])), storyOverrides[n]))
            .OrderBy(s => s.Slug, StringComparer.Ordinal)
            .ToImmutableArray();
        return new GroupResult(stories, diagnostics);
    }

    /// <summary>Links the given articles where they tell the same story, best pairs first, unless the editor forbids it.</summary>
    private static void JoinBySimilarity(int[] free, CleanArticle[] sorted, StoryLinks links)
    {
        if (free.Length < 2) return;
        var similarity = new SimilarityIndex([.. free.Select(i => sorted[i])]);
        foreach (var pair in similarity.Pairs())
            links.TryJoin(free[pair.A], free[pair.B]);
    }

    /// <summary>Each story gets the override of its articles; a second override for one story is a warning.</summary>
    private static (StoryOverride?[] Overrides, ImmutableArray<Diagnostic> Diagnostics) AttachOverrides(
        int[][] groups, ImmutableArray<StoryOverride> overrides, int[][] members, StoryLinks links)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var attached = new StoryOverride?[groups.Length];
        var groupOf = Enumerable.Range(0, groups.Length).ToDictionary(g => links.Find(groups[g][0]));
        for (var k = 0; k < overrides.Length; k++)
        {
            if (members[k].Length == 0) continue;
            var g = groupOf[links.Find(members[k][0])];
            if (attached[g] is { } first)
                diagnostics.Add(Diagnostic.Warning(overrides[k].File, overrides[k].Line, overrides[k].Column,
                    $"this story already has overrides in {first.File}; only those apply: keep one override per story"));
            else
                attached[g] = overrides[k];
        }
        return (attached, diagnostics.ToImmutable());
    }

    /// <summary>A <c>_story.yml</c>'s folder articles plus its <c>include:</c>; a <c>stories.yml</c> entry's list; minus exclusions.</summary>
    private static int[] MembersOf(StoryOverride o, ILookup<string, int> byFolder, Dictionary<string, int> index)
    {
        var excluded = Resolve(o.ExcludeArticles, index).ToHashSet();
        var inFolder = o.Folder is null ? [] : byFolder[o.Folder];
        return [.. inFolder.Concat(Resolve(o.Members, index)).Where(i => !excluded.Contains(i)).Distinct().Order()];
    }

    private static IEnumerable<int> Resolve(IEnumerable<string> paths, Dictionary<string, int> index) =>
        paths.Where(index.ContainsKey).Select(p => index[p]);

    /// <summary>Source ids come from file names; two "ap.md" in one story become "ap" and "ap-2".</summary>
    private static ImmutableArray<CleanArticle> WithUniqueIds(IEnumerable<CleanArticle> articles)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<CleanArticle>();
        foreach (var article in articles.OrderBy(a => a.Article.Path, StringComparer.Ordinal))
        {
            var id = article.Id;
            for (var n = 2; !seen.Add(id); n++)
                id = $"{article.Id}-{n}";
            result.Add(id == article.Id ? article : article with
            {
                Article = article.Article with { Id = id },
                Removed = [.. article.Removed.Select(r => r with { Source = id })],
            });
        }
        return result.ToImmutable();
    }
}
