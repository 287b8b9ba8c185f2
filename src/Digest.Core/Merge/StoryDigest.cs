using System.Collections.Immutable;
using Digest.Core.Merge.Facts;

namespace Digest.Core.Merge;

/// <summary>One article behind a digest, as listed in <c>digest.json</c> <c>sources[]</c>.</summary>
/// <param name="Contributes">How many body sentences this source alone reports (no other outlet tells them, even in part).</param>
/// <param name="QuotesAlone">How many quotations this source alone carries.</param>
/// <param name="DatesAlone">How many timeline events this source alone dates.</param>
/// <param name="Fields">Front matter fields Digest does not know, passed through to templates.</param>
public sealed record DigestSource(
    string Id, string Outlet, string Title, string? Url, DateOnly? Published, string Path, int Contributes,
    string? Author = null, ImmutableSortedDictionary<string, object?>? Fields = null)
{
    public int QuotesAlone { get; init; }

    public int DatesAlone { get; init; }
}

/// <summary>A source's own sentence behind a body sentence.</summary>
/// <param name="Adds">What this sentence tells that the shown text does not (names, numbers, places,
/// descriptive words), each a verbatim fragment of <paramref name="Text"/>; shown with the entry.</param>
public sealed record SentenceOrigin(string Source, string Text, ImmutableArray<string> Adds = default)
{
    public ImmutableArray<string> Adds { get; init; } = Adds.IsDefault ? [] : Adds;
}

/// <summary>A sentence of the merged body: the text shown, every outlet reporting it, and their own wording.</summary>
/// <param name="Sources">Outlets whose own sentence supports everything the shown text says.</param>
/// <param name="Paragraph">0-based paragraph of the digest body the sentence belongs to.</param>
/// <param name="Partial">Outlets whose sentence tells part of it (credited "in part"); disjoint from <paramref name="Sources"/>.</param>
public sealed record BodySentence(string Text, ImmutableArray<string> Sources, ImmutableArray<SentenceOrigin> From, int Paragraph,
    ImmutableArray<string> Partial);

public sealed record QuoteVariant(string Source, string Text);

public sealed record DigestQuote(string Text, string? Speaker, ImmutableArray<string> Sources, ImmutableArray<QuoteVariant> Variants);

/// <param name="Date">The event's date, as precise as the text and no more; written as ISO text only by Render.</param>
/// <param name="Text">The event's tellings (<see cref="Tellings"/>) as one paragraph, each verbatim.</param>
public sealed record TimelineEvent(FactDate Date, string Text, ImmutableArray<string> Sources)
{
    /// <summary>Every outlet's own sentence telling the event, in reading order (digest.json <c>timeline[].from[]</c>).</summary>
    public ImmutableArray<SentenceOrigin> From { get; init; } = [];

    /// <summary>
    /// The distinct tellings <see cref="Text"/> joins, in reading order: one per body entry the event's
    /// sentences are told in (a sentence the body merged with another is shown once), each with the outlets that tell it.
    /// </summary>
    public ImmutableArray<TimelineTelling> Tellings { get; init; } = [];
}

/// <summary>One telling of a timeline event: an outlet's own sentence, and every outlet whose sentence the body tells with it.</summary>
public sealed record TimelineTelling(string Text, ImmutableArray<string> Sources);

/// <param name="Relations">Relations the text states ("mother", "husband", "child"), normalised.</param>
public sealed record Person(string Name, ImmutableArray<string> Aliases, int? Age, ImmutableArray<string> Sources, ImmutableArray<string> Relations);

/// <param name="Text">The value as the outlet states it ("35", "25 hurt", "Sept. 2020").</param>
/// <param name="Sentence">The outlet's sentence that states it (empty when the value is a name's spelling across the text).</param>
public sealed record ConflictValue(string Source, string Text, string Sentence = "")
{
    /// <summary>The body entry (index into <see cref="StoryDigest.Body"/>) whose <c>from[]</c> holds the sentence, set in Merge; null when none does.</summary>
    public int? Entry { get; init; }

    /// <summary>For a date: the timeline entry (index into <see cref="StoryDigest.Timeline"/>) the sentence is told in, set in Merge; else null.</summary>
    public int? Event { get; init; }
}

/// <param name="About">What the outlets disagree on, for a reader ("Chrissy Teigen's age").</param>
/// <param name="Kind">What kind of value differs.</param>
/// <param name="Subject">The person the conflict is about (ages, spellings), or null.</param>
public sealed record Conflict(string About, ImmutableArray<ConflictValue> Values, ConflictKind Kind, string? Subject = null);

/// <summary>What kind of value outlets disagree on; digest.json writes its <see cref="ConflictKinds.Name"/>.</summary>
public enum ConflictKind { Age, Count, Date, Spelling, Account, Time }

internal static class ConflictKinds
{
    /// <summary>The kind as digest.json and templates write it: "age", "count", "date", "spelling".</summary>
    public static string Name(this ConflictKind kind) => kind switch
    {
        ConflictKind.Age => "age",
        ConflictKind.Count => "count",
        ConflictKind.Date => "date",
        ConflictKind.Account => "account",
        ConflictKind.Time => "time",
        _ => "spelling",
    };
}

public sealed record RemovedLine(string Source, string Text, string Reason);

/// <summary>
/// The consolidated digest of one story: the single page a careful editor would write from all its
/// articles. Serialised as <c>digest.json</c> (see DESIGN.md for the contract and its invariants).
/// </summary>
public sealed record StoryDigest(
    string Slug,
    string Title,
    DateOnly? Date,
    ImmutableArray<DigestSource> Sources,
    ImmutableArray<BodySentence> Body,
    ImmutableArray<DigestQuote> Quotes,
    ImmutableArray<TimelineEvent> Timeline,
    ImmutableArray<Person> People,
    ImmutableArray<Conflict> Conflicts,
    ImmutableArray<RemovedLine> Removed,
    ImmutableArray<string> Tags,
    DigestOverrides? Editorial = null)
{
    /// <summary>Dates the text gives but that cannot be resolved (relative dates in an undated article), kept out of the timeline.</summary>
    public ImmutableArray<Facts.UnresolvedDate> UnresolvedDates { get; init; } = [];

    /// <summary>The sentence the digest opens with: its summary on listings, in feeds and page metadata ("" for an empty body).</summary>
    public string Lede => Body.IsEmpty ? "" : Body[0].Text;

    /// <summary>The body's sentences by paragraph, in reading order.</summary>
    public IEnumerable<IGrouping<int, BodySentence>> Paragraphs => Body.GroupBy(b => b.Paragraph).OrderBy(g => g.Key);
}
