namespace Digest.Core;

/// <summary>"Did you mean ...?" for a mistyped name: the closest known name within two edits.</summary>
public static class Suggestion
{
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Name: k, Distance: Distance(typed.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(k => k.Distance).ThenBy(k => FirstLetter(k.Name) == FirstLetter(typed) ? 0 : 1).ThenBy(k => k.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Min(2, Math.Max(1, typed.Length / 3)) ? best.Name : null;
    }

    /// <summary>The first letter after any leading dashes: a typo rarely starts with it.</summary>
    private static char FirstLetter(string name) => name.TrimStart('-') is { Length: > 0 } rest ? char.ToLowerInvariant(rest[0]) : ' ';

    /// <summary>Edits (insert, delete, substitute, swap two neighbours) that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
