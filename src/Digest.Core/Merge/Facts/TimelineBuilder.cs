using System.Collections.Immutable;

namespace Digest.Core.Merge.Facts;

/// <summary>A date found in one outlet's sentence.</summary>
/// <param name="Words">The words of <paramref name="Text"/>, which the timeline and the date conflicts compare.</param>
internal sealed record DatedSentence(string Source, int Index, string Text, DateMention Mention, SentenceWords Words);

/// <summary>A date the text gives but that cannot be resolved (an undated article's "on Thursday").</summary>
/// <param name="Phrase">The words as written.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Reason">Why it stays unresolved.</param>
public sealed record UnresolvedDate(string Phrase, string Text, ImmutableArray<string> Sources, string Reason);

/// <summary>
/// Turns the dated sentences of a story into its timeline: oldest first, one entry per event however
/// many outlets tell it. Two sentences are one event when they carry the same date and either the body
/// tells them as one (<see cref="DateInEntry"/>: their dates may then differ in precision) or, from
/// different outlets, they share most of their content words; the body's reading is asked first. One outlet's
/// two sentences of one day that only share words ("drew criticism and a call for his resignation on
/// Friday" / "did not respond to the call for his resignation on Friday") are two things that happened
/// that day: an outlet does not tell one event twice in its own words unless the body merged them. An unresolved relative date ("on Thursday" in an undated article) joins an event
/// that another outlet dates with the same phrase and the same content, so the outlet is credited
/// without a date being invented for it; the others are listed as unresolved.
/// </summary>
internal static class TimelineBuilder
{
    /// <summary>Share of the smaller sentence's content words two sentences must share to be one event.</summary>
    public const double SameEvent = 0.5;

    /// <summary>And at least this many words, so that two short sentences do not meet on one word.</summary>
    public const int MinShared = 3;

    /// <summary>
    /// An unresolved date joins another outlet's event with the same phrase ("on Thursday") at a lower
    /// bar, since the phrase already matches: this share of content words, and <see cref="MinSharedWithPhrase"/> words.
    /// </summary>
    public const double SameEventWithPhrase = 0.3;

    public const int MinSharedWithPhrase = 4;

    private sealed class Event(DatedSentence first)
    {
        /// <summary>Each telling with the date the event credits it at (its own, or the day of the event its weekday names).</summary>
        public List<(DatedSentence Sentence, FactDate Date)> Told { get; } = [(first, first.Mention.Date!.Value)];
        public SortedSet<string> Sources { get; } = new(StringComparer.Ordinal) { first.Source };

        /// <summary>Undated tellings credited on the event (an undated outlet's "on Thursday").</summary>
        public List<DatedSentence> Joined { get; } = [];
        public HashSet<string> Words { get; } = new(first.Words.Stems, StringComparer.Ordinal);
        private (DatedSentence Sentence, FactDate Date) ShownTelling => Told.OrderBy(t => t.Sentence.Text.Length).ThenBy(t => t.Sentence.Index).First();
        public DatedSentence Shown => ShownTelling.Sentence;

        /// <summary>The date of the sentence shown: an entry is never dated finer or coarser than the text it shows.</summary>
        public FactDate Date => ShownTelling.Date;

        public void Add(DatedSentence d, FactDate date)
        {
            Told.Add((d, date));
            Sources.Add(d.Source);
            Words.UnionWith(d.Words.Stems);
        }
    }

    /// <param name="entryOf">The digest body entry a dated sentence was merged into, if known: sentences the body tells as one are one event.</param>
    public static (ImmutableArray<TimelineEvent> Timeline, ImmutableArray<UnresolvedDate> Unresolved) Build(
        IEnumerable<DatedSentence> dated, Func<DatedSentence, int?> entryOf)
    {
        var all = dated.ToList();
        var events = new List<Event>();
        foreach (var d in all.Where(d => d.Mention.Date is not null && !CoversAnother(d, all)).OrderBy(d => d.Mention.Date!.Value).ThenBy(d => d.Index))
        {
            var date = d.Mention.Date!.Value;
            var entry = entryOf(d);
            // The event the body tells this sentence with comes first: words shared with another event of the
            // day (a name, a place) do not outweigh the body's reading that two sentences tell one thing.
            var told = events.Select(e => (Event: e, Date: entry is null ? null : DateInEntry(e, d, date, entry.Value, entryOf))).FirstOrDefault(x => x.Date is not null);
            if (told.Event is not null) { told.Event.Add(d, told.Date!.Value); continue; }
            var same = events.FirstOrDefault(e => e.Date == date
                && (e.Told.Any(t => t.Sentence.Text == d.Text) || !e.Sources.Contains(d.Source) && Similar(e.Words, d.Words.Stems)));
            if (same is null) events.Add(new Event(d));
            else same.Add(d, date);
        }

        var unresolved = new List<UnresolvedDate>();
        foreach (var group in all.Where(d => d.Mention.Date is null).GroupBy(d => (d.Text, d.Mention.Phrase)).OrderBy(g => g.Min(d => d.Index)))
        {
            var d = group.First();
            var words = d.Words.Stems;
            var phrase = Phrase(d.Mention.Phrase);
            var match = events.FirstOrDefault(e => !e.Sources.Contains(d.Source)
                && e.Told.Any(t => Phrase(t.Sentence.Mention.Phrase) == phrase && SimilarWithPhrase(t.Sentence.Words.Stems, words)));
            if (match is not null) { match.Sources.Add(d.Source); match.Joined.Add(d); continue; }
            unresolved.Add(new UnresolvedDate(d.Mention.Phrase, d.Text, [d.Source], d.Mention.Unresolved!));
        }

        var timeline = events
            .OrderBy(e => e.Date)
            .ThenBy(e => e.Told.Min(t => t.Sentence.Index))
            .Select(e => new TimelineEvent(e.Date, e.Shown.Text, [.. e.Sources])
            {
                From = [.. e.Told.Select(t => t.Sentence).Concat(e.Joined).OrderBy(t => t.Index).Select(t => new SentenceOrigin(t.Source, t.Text)).Distinct()],
            })
            .ToImmutableArray();
        return (timeline, [.. unresolved]);
    }

    /// <summary>
    /// The date at which an event holding a sentence of the same body entry takes <paramref name="d"/>, or
    /// null when it does not. Sentences the body tells as one are one event when their dates agree: the
    /// same date; a day inside a month ("in October" and "on Oct. 24", told at different precision);
    /// or the same weekday that outlets published on different days resolve to different weeks ("on
    /// Wednesday" in an article dated three days later than another), which is the event's day. A
    /// sentence that shares the entry's text at another date is another event of that sentence.
    /// </summary>
    private static FactDate? DateInEntry(Event e, DatedSentence d, FactDate date, int entry, Func<DatedSentence, int?> entryOf)
    {
        FactDate? at = null;
        foreach (var (t, tDate) in e.Told)
        {
            if (t.Text == d.Text || entryOf(t) != entry) continue;
            if (tDate == date || DayOfMonth(tDate, date) || DayOfMonth(date, tDate)) at ??= date;
            else if (t.Source != d.Source && SameWeekday(t.Mention, d.Mention) && Math.Abs(tDate.Start.DayNumber - date.Start.DayNumber) == 7) at ??= tDate;
        }
        // An event holds one date at different precision, never two dates that exclude each other
        // ("last month" and "last week" in one entry are two dates of it, which the conflicts compare).
        return at is { } a && e.Told.All(t => t.Date == a || DayOfMonth(t.Date, a) || DayOfMonth(a, t.Date)) ? a : null;
    }

    /// <summary>
    /// A day inside a month: the precision at which one event is told twice ("in October", "on Oct. 24").
    /// A year is not joined so: a sentence's year ("will start paying out more in 2011") mostly dates
    /// another event than the month or day beside it.
    /// </summary>
    private static bool DayOfMonth(FactDate month, FactDate day) =>
        month.Precision == DatePrecision.Month && day.Precision == DatePrecision.Day && day.Year == month.Year && day.Month == month.Month;

    /// <summary>Both phrases name one weekday and nothing more ("on Wednesday", "Wednesday"; not "last Wednesday").</summary>
    private static bool SameWeekday(DateMention a, DateMention b) =>
        a.Date is { Precision: DatePrecision.Day } && b.Date is { Precision: DatePrecision.Day }
        && Phrase(a.Phrase) == Phrase(b.Phrase) && CalendarWords.WeekdaySet.Contains(Phrase(a.Phrase));

    /// <summary>
    /// "Last week, on Thursday" gives the month and the day of one event: the sentence is shown once, under
    /// the finer date. A coarser date elsewhere in the sentence that contains the finer one ("In October,
    /// Ms. Lee, who marched earlier this year, ...") is shown under the finer date too, as an editor
    /// places a sentence at the most precise date it gives; dates that do not contain each other all stay.
    /// </summary>
    private static bool CoversAnother(DatedSentence d, List<DatedSentence> all)
    {
        var date = d.Mention.Date!.Value;
        return all.Any(o => o.Source == d.Source && o.Index == d.Index && o.Mention.Date is { } other
            && other.Precision > date.Precision && other.Start >= date.Start && other.End <= date.End);
    }

    internal static bool Similar(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        ContentWords.Shared(a, b) >= MinShared && ContentWords.Overlap(a, b) >= SameEvent;

    private static bool SimilarWithPhrase(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        ContentWords.Shared(a, b) >= MinSharedWithPhrase && ContentWords.Overlap(a, b) >= SameEventWithPhrase;

    /// <summary>"On Thursday," and "on Thursday" are the same phrase.</summary>
    private static string Phrase(string phrase)
    {
        var p = TextKey.Of(phrase).Trim(',', '.', ' ');
        return p.StartsWith("on ", StringComparison.Ordinal) ? p[3..] : p;
    }
}
