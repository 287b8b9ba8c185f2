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
        var entries = Index(body.Select(b => b.From));
        var events = Index(timeline.Select(t => t.From));
        return [.. conflicts.Select(c => c with
        {
            Values = [.. c.Values.Select(v => v.Sentence.Length == 0 ? v : v with
            {
                Entry = entries.TryGetValue((v.Source, TextKey.Of(v.Sentence)), out var e) ? e : null,
                Event = c.Kind == ConflictKind.Date && events.TryGetValue((v.Source, TextKey.Of(v.Sentence)), out var t) ? t : null,
            })],
        })];
    }

    /// <summary>Each outlet's sentence to the first place (in order) that tells it.</summary>
    private static Dictionary<(string Source, string Key), int> Index(IEnumerable<ImmutableArray<SentenceOrigin>> places)
    {
        var index = new Dictionary<(string, string), int>();
        var i = 0;
        foreach (var from in places)
        {
            foreach (var origin in from)
                index.TryAdd((origin.Source, TextKey.Of(origin.Text)), i);
            i++;
        }
        return index;
    }
}
