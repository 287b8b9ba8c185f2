using System.Collections.Immutable;

namespace Digest.Core.Merge.Facts;

/// <summary>
/// Ties each conflict's values to the places of the digest that tell them: the body entry whose
/// <c>from[]</c> holds the value's sentence, and for a date the timeline entry that tells it. Done once
/// in Merge, where the sentences are known, so that the page marks the disputed sentence without
/// matching texts again.
/// </summary>
internal static class ConflictLinks
{
    public static ImmutableArray<Conflict> Link(ImmutableArray<Conflict> conflicts, ImmutableArray<BodySentence> body, ImmutableArray<TimelineEvent> timeline)
    {
        // Only the outlets a value quotes a sentence of are indexed: most stories have few conflicts, or none.
        var sources = conflicts.SelectMany(c => c.Values).Where(v => v.Sentence.Length > 0).Select(v => v.Source).ToHashSet(StringComparer.Ordinal);
        if (sources.Count == 0) return conflicts;
        var entries = Index(body.Select(b => b.From), sources);
        var events = Index(timeline.Select(t => t.From), sources);
        return [.. conflicts.Select(c => c with
        {
            Values = [.. c.Values.Select(v => v.Sentence.Length == 0 ? v : v with
            {
                Entry = entries.TryGetValue((v.Source, TextKey.Of(v.Sentence)), out var e) ? e : null,
                Event = c.Kind == ConflictKind.Date && events.TryGetValue((v.Source, TextKey.Of(v.Sentence)), out var t) ? t : null,
            })],
        })];
    }

    /// <summary>Each sentence of the <paramref name="sources"/> to the first place (in order) that tells it.</summary>
    private static Dictionary<(string Source, string Key), int> Index(IEnumerable<ImmutableArray<SentenceOrigin>> places, HashSet<string> sources)
    {
        var index = new Dictionary<(string, string), int>();
        var i = 0;
        foreach (var from in places)
        {
            foreach (var origin in from)
                if (sources.Contains(origin.Source))
                    index.TryAdd((origin.Source, TextKey.Of(origin.Text)), i);
            i++;
        }
        return index;
    }
}
