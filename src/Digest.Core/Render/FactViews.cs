using System.Globalization;
using Digest.Core.Merge;
using Digest.Core.Merge.Facts;

namespace Digest.Core.Render;

/// <summary>
/// The template model of a story's facts: <c>people[]</c>, <c>timeline[]</c>, <c>unresolved_dates[]</c>
/// and <c>conflicts[]</c>, and the conflict markers of body sentences. Each conflict has an anchor
/// (<c>conflict-N</c>) that markers next to the disputed fact link to.
/// </summary>
internal static class FactViews
{
    public static void Add(
        Dictionary<string, object?> model, StoryDigest digest, Func<IEnumerable<string>, object> sourceRefs,
        IReadOnlyDictionary<string, string> outlet, IReadOnlyDictionary<string, int> number, Func<string, string> personUrl)
    {
        model["people"] = digest.People.Select(p => new Dictionary<string, object?>
        {
            ["name"] = p.Name,
            ["url"] = personUrl(p.Name),
            ["aliases"] = p.Aliases.ToList(),
            ["age"] = p.Age,
            ["relations"] = p.Relations.ToList(),
            ["sources"] = sourceRefs(p.Sources),
            ["conflicts"] = Refs(digest, (c, _) => c.Subject == p.Name),
        }).ToList();
        model["timeline"] = digest.Timeline.Select((t, i) => new Dictionary<string, object?>
        {
            ["date"] = t.Date.Iso,
            ["date_display"] = DateDisplay(t.Date),
            ["precision"] = t.Date.PrecisionName,
            ["text"] = t.Text,
            ["sources"] = sourceRefs(t.Sources),
            ["tellings"] = t.Tellings.Select(telling => new Dictionary<string, object?>
            {
                ["text"] = telling.Text,
                ["sources"] = sourceRefs(telling.Sources),
            }).ToList(),
            ["conflicts"] = Refs(digest, (_, v) => v.Event == i),
        }).ToList();
        model["unresolved_dates"] = digest.UnresolvedDates.Select(u => new Dictionary<string, object?>
        {
            ["phrase"] = u.Phrase,
            ["text"] = u.Text,
            ["reason"] = u.Reason,
            ["sources"] = sourceRefs(u.Sources),
        }).ToList();
        model["unresolved_count"] = digest.UnresolvedDates.Length;
        model["conflicts"] = digest.Conflicts.Select((c, i) => new Dictionary<string, object?>
        {
            ["id"] = Id(i),
            ["about"] = c.About,
            ["kind"] = c.Kind.Name(),
            ["values"] = c.Values.Select(v => new Dictionary<string, object?>
            {
                ["id"] = v.Source,
                ["outlet"] = outlet.GetValueOrDefault(v.Source, v.Source),
                ["number"] = number.GetValueOrDefault(v.Source),
                ["text"] = v.Text,
                ["sentence"] = v.Sentence,
            }).ToList(),
        }).ToList();
    }

    /// <summary>
    /// The conflicts each body entry states a value of, as Merge linked them, by entry: found in one pass over the
    /// conflicts, not one per entry.
    /// </summary>
    public static Func<int, List<Dictionary<string, object?>>> ConflictRefs(StoryDigest digest)
    {
        var byEntry = new Dictionary<int, List<Dictionary<string, object?>>>();
        for (var i = 0; i < digest.Conflicts.Length; i++)
        {
            var conflict = Ref(digest.Conflicts[i], i);
            foreach (var entry in digest.Conflicts[i].Values.Select(v => v.Entry).OfType<int>().Distinct())
                (byEntry.TryGetValue(entry, out var refs) ? refs : byEntry[entry] = []).Add(conflict);
        }
        return entry => byEntry.TryGetValue(entry, out var refs) ? refs : [];
    }

    private static List<Dictionary<string, object?>> Refs(StoryDigest digest, Func<Conflict, ConflictValue, bool> concerns) =>
        digest.Conflicts.Select((c, i) => (c, i))
            .Where(x => x.c.Values.Any(v => concerns(x.c, v)))
            .Select(x => Ref(x.c, x.i))
            .ToList();

    private static Dictionary<string, object?> Ref(Conflict conflict, int index) =>
        new() { ["id"] = Id(index), ["about"] = conflict.About, ["label"] = Label(conflict.Kind) };

    /// <summary>The marker's words: what differs ("age differs"), so a reader knows before following the link.</summary>
    private static string Label(ConflictKind kind) => kind switch
    {
        ConflictKind.Age => "age differs",
        ConflictKind.Count => "figure differs",
        ConflictKind.Date => "date differs",
        ConflictKind.Account => "accounts differ",
        ConflictKind.Time => "time differs",
        _ => "spelling differs",
    };

    private static string Id(int index) => "conflict-" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>"30 September 2021", "September 2020" or "2020": never more precise than the date is.</summary>
    public static string DateDisplay(FactDate date) => date.Precision switch
    {
        DatePrecision.Day => date.Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => date.Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}
