using System.Collections.Immutable;

namespace Digest.Core.Merge.Facts;

/// <summary>A date found in one outlet's sentence.</summary>
/// <param name="Words">The words of <paramref name="Text"/>, which the timeline and the date conflicts compare.</param>
/// <param name="Sentence">The story's sentence that gives the date, as its analysis read it, when known.</param>
internal sealed record DatedSentence(string Source, int Index, string Text, DateMention Mention, SentenceWords Words, StorySentence? Sentence = null);

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
/// that day: an outlet does not tell one event twice in its own words unless the body merged them. Sentences of
/// one date that tell different facts are still one event when they tell one occasion (<see cref="Occasion.Same"/>:
/// the same people and the same thing done at the date, "issued a statement on Friday" / "In his statement on
/// Friday"), unless they disagree on a fact; the entry then shows each telling (<see cref="Tellings"/>). An unresolved relative date ("on Thursday" in an undated article) joins an event
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
        /// <summary>The stems of all its tellings: the first telling's own set until a second is added (most events have one telling).</summary>
        public IReadOnlySet<string> Words { get; private set; } = first.Words.Stems;
        private HashSet<string>? words;
        /// <summary>The shortest telling, the first read of equals: found in one pass, as every event's date is asked for each sentence placed.</summary>
        private (DatedSentence Sentence, FactDate Date) ShownTelling
        {
            get
            {
                var shown = Told[0];
                foreach (var t in Told)
                    if (t.Sentence.Text.Length < shown.Sentence.Text.Length
                        || t.Sentence.Text.Length == shown.Sentence.Text.Length && t.Sentence.Index < shown.Sentence.Index)
                        shown = t;
                return shown;
            }
        }
        public DatedSentence Shown => ShownTelling.Sentence;

        /// <summary>The date of the sentence shown: an entry is never dated finer or coarser than the text it shows.</summary>
        public FactDate Date => ShownTelling.Date;

        public void Add(DatedSentence d, FactDate date)
        {
            Told.Add((d, date));
            Sources.Add(d.Source);
            Words = words ??= new HashSet<string>(Words, StringComparer.Ordinal);
            words.UnionWith(d.Words.Stems);
        }
    }

    /// <param name="entryOf">The digest body entry a dated sentence was merged into, if known: sentences the body tells as one are one event.</param>
    /// <param name="story">The story's people and disagreements, which <see cref="Occasion"/> reads; none when not given.</param>
    public static (ImmutableArray<TimelineEvent> Timeline, ImmutableArray<UnresolvedDate> Unresolved) Build(
        IEnumerable<DatedSentence> dated, Func<DatedSentence, int?> entryOf, StoryOccasions? story = null)
    {
        story ??= StoryOccasions.None;
        var all = dated.ToList();
        var events = new List<Event>();
        var occasions = new Dictionary<DatedSentence, Occasion>(ReferenceEqualityComparer.Instance);
        Occasion OccasionOf(DatedSentence d) => occasions.TryGetValue(d, out var o) ? o : occasions[d] = new Occasion(d, story.PersonWords);
        foreach (var d in all.Where(d => d.Mention.Date is not null && !CoversAnother(d, all)).OrderBy(d => d.Mention.Date!.Value).ThenBy(d => d.Index))
        {
            var date = d.Mention.Date!.Value;
            var entry = entryOf(d);
            // The event the body tells this sentence with comes first: words shared with another event of the
            // day (a name, a place) do not outweigh the body's reading that two sentences tell one thing.
            if (entry is { } inEntry && InEntry(events, d, date, inEntry, entryOf) is { } told) { told.Event.Add(d, told.Date); continue; }
            // Words shared are read as the event only when some are not names: two sentences naming the same
            // people on one day ("shared photos of Marlon Dacosta Reid" / "Marlon Dacosta Reid was killed") may tell two events.
            Event? same = null;
            foreach (var e in events)
                if (e.Date == date && (Tells(e, d.Text) || !e.Sources.Contains(d.Source) && Similar(e.Words, d.Words.Stems) && SharesMoreThanNames(e, d)))
                {
                    same = e;
                    break;
                }
            // Sentences the body keeps apart (different facts) that tell one occasion of the day: the same people, the same thing done.
            // Each event is asked about the one telling, with no list made for it per event.
            if (same is null)
                foreach (var e in events)
                    if (SameOccasionAs(e.Told, d, date) && !DisagreesWith(e.Told, d))
                    {
                        same = e;
                        break;
                    }
            if (same is null) events.Add(new Event(d));
            else same.Add(d, date);
        }

        // A sentence read later can tell the occasion of two events made before it ("was killed" / "was shot" /
        // "died after being shot"): events of one occasion are joined once all are placed. Each pair of events
        // is read once; an event joins another's group unless a sentence of the one disagrees with one of the group.
        var groups = events.Select(e => new List<Event> { e }).ToList();
        for (var i = 0; i < events.Count; i++)
            for (var j = i + 1; j < events.Count; j++)
            {
                var (a, b) = (groups[i], groups[j]);
                if (a == b || !SameOccasion(events[i].Told, events[j].Told)
                    || a.Any(x => b.Any(y => Disagreeing(x.Told, y.Told)))) continue;
                a.AddRange(b);
                foreach (var moved in b) groups[events.IndexOf(moved)] = a;
            }
        foreach (var group in groups.Distinct().Where(g => g.Count > 1))
            foreach (var other in group.Skip(1))
            {
                foreach (var (t, tDate) in other.Told) group[0].Add(t, tDate);
                group[0].Joined.AddRange(other.Joined);
                events.Remove(other);
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
            .Select(e =>
            {
                var tellings = Tellings(e, entryOf);
                return new TimelineEvent(e.Date, string.Join(' ', tellings.Select(t => t.Text)), [.. e.Sources])
                {
                    From = [.. e.Told.Select(t => t.Sentence).Concat(e.Joined).OrderBy(t => t.Index).Select(t => new SentenceOrigin(t.Source, t.Text)).Distinct(SameOrigin.Instance)],
                    Tellings = tellings,
                };
            })
            .ToImmutableArray();
        return (timeline, [.. unresolved]);

        // Whether a telling of each at the same date tells the same people doing the same thing (Occasion.Same).
        bool SameOccasion(List<(DatedSentence Sentence, FactDate Date)> a, List<(DatedSentence Sentence, FactDate Date)> b)
        {
            foreach (var (y, yDate) in b)
                if (SameOccasionAs(a, y, yDate)) return true;
            return false;
        }

        bool SameOccasionAs(List<(DatedSentence Sentence, FactDate Date)> a, DatedSentence y, FactDate yDate)
        {
            foreach (var (x, xDate) in a)
                if (xDate == yDate && x.Text != y.Text
                    && Occasion.Same(OccasionOf(x), OccasionOf(y), x.Source == y.Source, xDate.Precision == DatePrecision.Day)) return true;
            return false;
        }

        // Whether a telling of one states a value of a conflict that a telling of the other differs on.
        bool Disagreeing(List<(DatedSentence Sentence, FactDate Date)> a, List<(DatedSentence Sentence, FactDate Date)> b)
        {
            foreach (var (y, _) in b)
                if (DisagreesWith(a, y)) return true;
            return false;
        }

        bool DisagreesWith(List<(DatedSentence Sentence, FactDate Date)> a, DatedSentence y)
        {
            foreach (var (x, _) in a)
                if (story.Disagree(x, y) || story.Disagree(y, x)) return true;
            return false;
        }

        // Some of the words an event and the sentence share are not the sentence's names.
        bool SharesMoreThanNames(Event e, DatedSentence d)
        {
            var stems = d.Words.Stems;
            foreach (var w in e.Words)
                if (stems.Contains(w) && !OccasionOf(d).Names.Contains(Paraphrases.Concept(w))) return true;
            return false;
        }
    }

    /// <summary>Whether the event tells this very text already.</summary>
    private static bool Tells(Event e, string text)
    {
        foreach (var (t, _) in e.Told)
            if (t.Text == text) return true;
        return false;
    }

    /// <summary>The first event that holds a sentence of the same body entry, with the date it takes the sentence at (<see cref="DateInEntry"/>).</summary>
    private static (Event Event, FactDate Date)? InEntry(List<Event> events, DatedSentence d, FactDate date, int entry, Func<DatedSentence, int?> entryOf)
    {
        foreach (var e in events)
            if (DateInEntry(e, d, date, entry, entryOf) is { } at) return (e, at);
        return null;
    }

    /// <summary>
    /// A timeline entry's origins are one when they are the same outlet's same text. Hashed by the outlet and the
    /// text's length: the sentences of one entry are long, few and mostly of different lengths, and a whole-text hash
    /// reads every character of each.
    /// </summary>
    private sealed class SameOrigin : IEqualityComparer<SentenceOrigin>
    {
        public static SameOrigin Instance { get; } = new();

        public bool Equals(SentenceOrigin? x, SentenceOrigin? y) => ReferenceEquals(x, y) || x is not null && y is not null && x.Equals(y);

        public int GetHashCode(SentenceOrigin o) => HashCode.Combine(o.Source.Length, o.Text.Length);
    }

    /// <summary>
    /// What an entry shows of its event. Told in one body entry, the event is one fact: its shortest dated
    /// sentence shows it, as the date's own words. Told in several (different facts of one event that the
    /// body rightly keeps apart), each outlet's wording is shown, in reading order, so that every sentence
    /// is under its date: the timeline has no room for what a merged sentence adds, so a sentence the body
    /// merged with another is shown too, unless its content words are all in a wording shown (the same
    /// sentence from another outlet, "Police said" / "Police say"), whose outlets then credit it.
    /// </summary>
    private static ImmutableArray<TimelineTelling> Tellings(Event e, Func<DatedSentence, int?> entryOf)
    {
        var told = e.Told.Select(t => t.Sentence).OrderBy(d => d.Index).ToList();
        var credited = e.Joined.ToList();
        if (OneFact(told, entryOf))
            return [new TimelineTelling(e.Shown.Text, [.. e.Sources])];
        // The fullest wordings are kept first, so that a wording inside another is credited to it.
        var shown = new List<(DatedSentence Shown, SortedSet<string> Sources)>();
        foreach (var d in told.OrderByDescending(d => d.Words.Content.Count).ThenBy(d => d.Index))
        {
            var covering = shown.FirstOrDefault(s => d.Words.Content.IsSubsetOf(s.Shown.Words.Content));
            if (covering.Shown is null) shown.Add((d, new SortedSet<string>(StringComparer.Ordinal) { d.Source }));
            else covering.Sources.Add(d.Source);
        }
        foreach (var d in credited)
            (shown.FirstOrDefault(s => entryOf(s.Shown) is { } entry && entryOf(d) == entry).Sources ?? shown[0].Sources).Add(d.Source);
        return [.. shown.OrderBy(s => s.Shown.Index).Select(s => new TimelineTelling(s.Shown.Text, [.. s.Sources]))];
    }

    /// <summary>
    /// Every sentence is told in one body entry, or none is in any and all are one text (<see cref="TextKey"/>).
    /// Each text's key is made only when no sentence is in an entry, and the reading stops at the first that differs.
    /// </summary>
    private static bool OneFact(List<DatedSentence> told, Func<DatedSentence, int?> entryOf)
    {
        var entry = entryOf(told[0]);
        string? key = null;
        for (var i = 1; i < told.Count; i++)
        {
            var other = entryOf(told[i]);
            if (other != entry) return false;
            if (entry is not null) continue;
            key ??= TextKey.Of(told[0].Text);
            if (TextKey.Of(told[i].Text) != key) return false;
        }
        return true;
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

    internal static bool Similar(IReadOnlySet<string> a, IReadOnlySet<string> b) => SharesEnough(a, b, MinShared, SameEvent);

    private static bool SimilarWithPhrase(IReadOnlySet<string> a, IReadOnlySet<string> b) => SharesEnough(a, b, MinSharedWithPhrase, SameEventWithPhrase);

    /// <summary>
    /// At least <paramref name="words"/> words shared, and at least <paramref name="share"/> of the smaller set's
    /// (<see cref="ContentWords.Overlap"/>), with the shared words counted once: every pair of dated sentences is asked.
    /// </summary>
    internal static bool SharesEnough(IReadOnlySet<string> a, IReadOnlySet<string> b, int words, double share)
    {
        var shared = ContentWords.Shared(a, b);
        return shared >= words && shared > 0 && (double)shared / Math.Min(a.Count, b.Count) >= share;
    }

    /// <summary>"On Thursday," and "on Thursday" are the same phrase.</summary>
    private static string Phrase(string phrase)
    {
        var p = TextKey.Of(phrase).Trim(',', '.', ' ');
        return p.StartsWith("on ", StringComparison.Ordinal) ? p[3..] : p;
    }
}
