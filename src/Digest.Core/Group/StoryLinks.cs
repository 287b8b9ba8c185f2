namespace Digest.Core.Group;

/// <summary>
/// Union-find over articles that also remembers the editor's claims: a story an override defines
/// (claim +k) never joins one it forbids (an article in <c>exclude_articles:</c> of override k) nor
/// another override's story, however alike their articles are.
/// </summary>
internal sealed class StoryLinks
{
    private readonly int[] parent;
    private readonly Dictionary<int, List<int>> claims = [];

    public StoryLinks(int count) => parent = [.. Enumerable.Range(0, count)];

    public int Find(int i)
    {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    /// <summary>Article i belongs to override k's story.</summary>
    public void Claim(int i, int k) => Tag(i, k + 1);

    /// <summary>Article i must not be in override k's story.</summary>
    public void Forbid(int i, int k) => Tag(i, -(k + 1));

    /// <summary>Joins unconditionally: explicit keys and overrides.</summary>
    public void Join(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb) return;
        // The smaller index is the root, so roots do not depend on the order of joins.
        if (rb < ra) (ra, rb) = (rb, ra);
        parent[rb] = ra;
        if (claims.Remove(rb, out var moved))
        {
            if (claims.TryGetValue(ra, out var list)) list.AddRange(moved);
            else claims[ra] = moved;
        }
    }

    /// <summary>Joins unless the editor said these stories stay apart; returns whether it joined.</summary>
    public bool TryJoin(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb || Conflict(ra, rb)) return false;
        Join(ra, rb);
        return true;
    }

    private bool Conflict(int ra, int rb)
    {
        if (!claims.TryGetValue(ra, out var x) || !claims.TryGetValue(rb, out var y)) return false;
        foreach (var p in x)
            foreach (var q in y)
                if (p == -q || (p > 0 && q > 0 && p != q)) return true;
        return false;
    }

    private void Tag(int i, int tag)
    {
        var root = Find(i);
        if (!claims.TryGetValue(root, out var list)) claims[root] = list = [];
        list.Add(tag);
    }
}
