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

    private sealed record Item(QuoteSpan Span, string[] Words, HashSet<string> Pairs, string Joined);

    public static ImmutableArray<DigestQuote> Merge(IEnumerable<QuoteSpan> spans)
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
            .Select(g => ToQuote([.. g.OrderBy(i => i.Span.Order)]))];
    }

    private static DigestQuote ToQuote(List<Item> group)
    {
        var main = group.OrderByDescending(i => i.Words.Length).ThenBy(i => i.Span.Order).First();
        var speaker = main.Span.Speaker
            ?? group.Select(i => i.Span.Speaker).FirstOrDefault(s => s is not null);
        // Other wordings only: an outlet printing the very same words is a source, not a variant.
        var variants = group.Where(i => i != main && i.Joined != main.Joined)
            .Select(i => new QuoteVariant(i.Span.Source, i.Span.Text))
            .Distinct()
            .ToImmutableArray();
        return new DigestQuote(main.Span.Text, speaker,
            [.. group.Select(i => i.Span.Source).Distinct().Order(StringComparer.Ordinal)], variants);
    }

    /// <summary>True when (nearly) all of <paramref name="a"/>'s words run inside <paramref name="b"/>.</summary>
    private static bool Contained(Item a, Item b)
    {
        if (a.Pairs.Count < 2)
            return b.Joined.Contains(a.Joined, StringComparison.Ordinal);
        var found = a.Pairs.Count(b.Pairs.Contains);
        return found >= ContainedThreshold * a.Pairs.Count;
    }

    private static Item ToItem(QuoteSpan span)
    {
        var words = Tokenizer.Tokens(span.Text).Select(t => t.Lower).ToArray();
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < words.Length; i++)
            pairs.Add(words[i - 1] + " " + words[i]);
        return new Item(span, words, pairs, " " + string.Join(' ', words) + " ");
    }
}
