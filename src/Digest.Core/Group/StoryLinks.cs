namespace Digest.Core.Group;

/// <summary>
/// Union-find over articles that also remembers the editor's claims: a story an override defines
/// (claim +k) never joins one it forbids (an article in <c>exclude_articles:</c> of override k) nor
/// another override's story, however alike their articles are. It also keeps each story's span of
/// publication dates: an automatic link never stretches a story over more than <see cref="MaxSpanDays"/>,
/// so an undated article cannot bridge two events about the same people years apart.
/// </summary>
internal sealed class StoryLinks
{
    public const int MaxSpanDays = 30;

    private readonly int[] parent;
    private readonly int?[] first;
    private readonly int?[] last;
    private readonly Dictionary<int, List<int>> claims = [];

    public StoryLinks(IReadOnlyList<DateOnly?> dates)
    {
        parent = [.. Enumerable.Range(0, dates.Count)];
        first = [.. dates.Select(d => d?.DayNumber)];
        last = [.. first];
    }

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
        first[ra] = Min(first[ra], first[rb]);
        last[ra] = Max(last[ra], last[rb]);
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
        if (Max(last[ra], last[rb]) - Min(first[ra], first[rb]) > MaxSpanDays) return false;
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

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private void Tag(int i, int tag)
    {
        var root = Find(i);
        if (!claims.TryGetValue(root, out var list)) claims[root] = list = [];
        list.Add(tag);
    }
}
