using System.Text;
using System.Text.RegularExpressions;
using Digest.Core.Load;
using Digest.Core.Merge;

namespace Digest.Tests.Support;

/// <summary>The four invariants of DESIGN.md, as checks that return what is violated.</summary>
public static class DigestInvariants
{
    /// <summary>Every sentence of every source's body appears exactly once, in some body[].from or in removed[].</summary>
    public static List<string> Accounting(StoryDigest digest, IEnumerable<Article> articles)
    {
        var problems = new List<string>();
        var expected = articles.SelectMany(a => a.Sentences.Select(s => (a.Id, s.Text)))
            .GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var actual = digest.Body.SelectMany(b => b.From.Select(f => (f.Source, f.Text)))
            .Concat(digest.Removed.Select(r => (r.Source, r.Text)))
            .GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (key, count) in expected)
        {
            var seen = actual.GetValueOrDefault(key);
            if (seen != count)
                problems.Add($"{key.Item1}: sentence appears {seen} times, expected {count}: {key.Item2}");
        }
        foreach (var key in actual.Keys.Where(k => !expected.ContainsKey(k)))
            problems.Add($"{key.Item1}: sentence is not in the source: {key.Item2}");
        return problems;
    }

    /// <summary>
    /// Body text is one of its own sources' sentences; every quote occurs in one of its sources' bodies; a
    /// timeline entry's text is its tellings joined, each telling one of the entry's from[] sentences, credited to outlets of the entry.
    /// </summary>
    public static List<string> Verbatim(StoryDigest digest, IEnumerable<Article> articles)
    {
        var problems = new List<string>();
        foreach (var b in digest.Body)
            if (!b.From.Any(f => f.Text == b.Text))
                problems.Add($"body text is none of its from[] texts: {b.Text}");
        foreach (var t in digest.Timeline)
        {
            if (t.Tellings.IsEmpty || t.Text != string.Join(' ', t.Tellings.Select(x => x.Text)))
                problems.Add($"timeline text is not its tellings joined: {t.Text}");
            foreach (var telling in t.Tellings)
                if (!t.From.Any(f => f.Text == telling.Text) || telling.Sources.IsEmpty || telling.Sources.Except(t.Sources).Any())
                    problems.Add($"timeline telling is none of its from[] texts or credits another outlet: {telling.Text}");
        }
        var bodies = articles.ToDictionary(a => a.Id, a => Normalise(string.Join(" ", a.Sentences.Select(s => s.Text))));
        foreach (var q in digest.Quotes)
            if (!q.Sources.Any(s => bodies.TryGetValue(s, out var body) && body.Contains(Normalise(q.Text), StringComparison.Ordinal)))
                problems.Add($"quote occurs in none of its sources: {q.Text}");
        return problems;
    }

    /// <summary>
    /// body[].sources (full support) and body[].partial (the rest) are disjoint, sources is never
    /// empty and holds the outlet whose wording is shown, together they are exactly the sources named
    /// in from[], and every adds[] entry is a fragment of its own sentence that the shown text lacks.
    /// </summary>
    public static List<string> Provenance(StoryDigest digest)
    {
        var problems = new List<string>();
        foreach (var b in digest.Body)
        {
            var named = b.From.Select(f => f.Source).Distinct().Order(StringComparer.Ordinal);
            if (b.Sources.IsEmpty)
                problems.Add($"no full source: {b.Text}");
            if (b.Sources.Intersect(b.Partial, StringComparer.Ordinal).Any())
                problems.Add($"sources [{string.Join(",", b.Sources)}] and partial [{string.Join(",", b.Partial)}] overlap: {b.Text}");
            if (!b.Sources.Concat(b.Partial).Order(StringComparer.Ordinal).SequenceEqual(named))
                problems.Add($"sources [{string.Join(",", b.Sources)}] + partial [{string.Join(",", b.Partial)}] differ from from[] of: {b.Text}");
            if (!b.From.Any(f => f.Text == b.Text && b.Sources.Contains(f.Source)))
                problems.Add($"the outlet whose wording is shown is not a full source: {b.Text}");
            foreach (var f in b.From)
                foreach (var add in f.Adds)
                    if (!f.Text.Contains(add, StringComparison.Ordinal)
                        || Regex.IsMatch(b.Text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(add)}(?![\p{{L}}\p{{N}}'’])"))
                        problems.Add($"adds '{add}' is not a fragment of its sentence missing from the shown text: {f.Text}");
        }
        return problems;
    }

    /// <summary>White space collapsed and quote marks folded, as DESIGN.md allows for the verbatim check.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = TextKey.Fold(raw);
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
