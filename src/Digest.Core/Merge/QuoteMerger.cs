using System.Collections.Immutable;

namespace Digest.Core.Merge;

/// <summary>
/// Lists each distinct quotation of a story once. Two quotations are the same when the words of one
/// run inside the other (compared as word pairs, after folding case, punctuation and quote marks), so a
/// quotation one outlet prints whole and another splits around "she added" is one entry: the fullest
/// text is shown, verbatim, and every other outlet's wording is a variant.
/// Grouping is greedy, fullest quotation first, which keeps it O(n × groups).
/// </summary>
internal static class QuoteMerger
{
    /// <summary>Share of a quotation's word pairs that must occur in another for it to be part of it.</summary>
    public const double ContainedThreshold = 0.7;

    private sealed record Item(QuoteSpan Span, string[] Words, HashSet<(string, string)> Pairs, string Joined);

    public static ImmutableArray<DigestQuote> Merge(IEnumerable<QuoteSpan> spans) => [.. Group(spans).Select(ToQuote)];

    /// <summary>The quotations grouped, one group per distinct quotation, each in reading order, groups in order of first telling.</summary>
    public static ImmutableArray<ImmutableArray<QuoteSpan>> Group(IEnumerable<QuoteSpan> spans)
    {
        // Fullest first: each quotation joins the first (fullest) group whose main text holds it, so
        // that a short fragment ("well over the line") cannot bridge two different quotations.
        var groups = new List<List<Item>>();
        foreach (var item in spans.Select(ToItem).OrderByDescending(i => i.Words.Length).ThenBy(i => i.Span.Order))
        {
            var home = groups.FirstOrDefault(g => Contained(item, g[0]) || Contained(g[0], item));
            if (home is null)
                groups.Add([item]);
            else
                home.Add(item);
        }
        return [.. groups
            .OrderBy(g => g.Min(i => i.Span.Order))
            .Select(g => g.OrderBy(i => i.Span.Order).Select(i => i.Span).ToImmutableArray())];
    }

    /// <summary>One group as the digest lists it: the fullest wording, its speaker, every outlet, the other wordings.</summary>
    public static DigestQuote ToQuote(ImmutableArray<QuoteSpan> spans)
    {
        var group = spans.Select(ToItem).ToList();
        var main = group.OrderByDescending(i => i.Words.Length).ThenBy(i => i.Span.Order).First();
        // Outlets crediting the words to different people: no name beats a wrong one (a conflict shows both).
        var speaker = Disputed(spans) ? null : main.Span.Speaker
            ?? group.Select(i => i.Span.Speaker).FirstOrDefault(s => s is not null);
        // Other wordings only: an outlet printing the very same words is a source, not a variant.
        var variants = group.Where(i => i != main && i.Joined != main.Joined)
            .Select(i => new QuoteVariant(i.Span.Source, i.Span.Text))
            .Distinct()
            .ToImmutableArray();
        return new DigestQuote(main.Span.Text, speaker,
            [.. group.Select(i => i.Span.Source).Distinct().Order(StringComparer.Ordinal)], variants);
    }

    /// <summary>Each outlet's speaker as the quotation's own sentence names it, by source; an outlet naming two people is left out.</summary>
    public static List<QuoteSpan> Credited(ImmutableArray<QuoteSpan> spans) =>
        [.. spans.Where(t => t.Stated).GroupBy(t => t.Source, StringComparer.Ordinal)
            .Where(g => g.Select(t => t.Speaker).Distinct(StringComparer.Ordinal).Count() == 1)
            .Select(g => g.First())
            .OrderBy(t => t.Source, StringComparer.Ordinal)];

    /// <summary>True when two outlets credit the quotation to different people ("Lintner" and "Dr. David Lintner" are one).</summary>
    public static bool Disputed(ImmutableArray<QuoteSpan> spans)
    {
        var credited = Credited(spans);
        return credited.Count > 1 && credited.Any(t => !SamePerson(t.Speaker!, credited[0].Speaker!));
    }

    private static bool SamePerson(string a, string b)
    {
        var wa = a.Split(' ').Select(w => w.TrimEnd('.')).ToHashSet(StringComparer.Ordinal);
        var wb = b.Split(' ').Select(w => w.TrimEnd('.')).ToHashSet(StringComparer.Ordinal);
        return wa.IsSubsetOf(wb) || wb.IsSubsetOf(wa);
    }

    /// <summary>True when (nearly) all of <paramref name="a"/>'s words run inside <paramref name="b"/>.</summary>
    private static bool Contained(Item a, Item b)
    {
        if (a.Pairs.Count < 2)
            return b.Joined.Contains(a.Joined, StringComparison.Ordinal);
        // A loop, not Count(b.Pairs.Contains): each quotation is held against every group's, and that made a delegate each time.
        var found = 0;
        foreach (var pair in a.Pairs)
            if (b.Pairs.Contains(pair))
                found++;
        return found >= ContainedThreshold * a.Pairs.Count;
    }

    private static Item ToItem(QuoteSpan span)
    {
        var words = Tokenizer.Tokens(span.Text).Select(t => t.Lower).ToArray();
        // Pairs of the words themselves, not joined into new strings: only whether two quotations share them is asked.
        var pairs = new HashSet<(string, string)>(Math.Max(0, words.Length - 1));
        for (var i = 1; i < words.Length; i++)
            pairs.Add((words[i - 1], words[i]));
        return new Item(span, words, pairs, " " + string.Join(' ', words) + " ");
    }
}
