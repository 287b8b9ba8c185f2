using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Digest.Core.Merge.Analysis;

namespace Digest.Core.Merge.Facts;

/// <summary>The facts of a story: who is who, what happened when, and where the outlets disagree.</summary>
/// <param name="Unresolved">Dates the text gives that cannot be resolved (relative dates in an undated article).</param>
internal sealed record StoryFacts(
    ImmutableArray<Person> People,
    ImmutableArray<TimelineEvent> Timeline,
    ImmutableArray<Conflict> Conflicts,
    ImmutableArray<UnresolvedDate> Unresolved)
{
    public static StoryFacts None { get; } = new([], [], [], []);
}

/// <summary>
/// The story's one people model: who the articles name (<see cref="PeopleFinder"/>), one entry per person
/// with spellings across outlets joined (<see cref="ConflictFinder.Spellings"/>), built once per story and
/// read by quotation speakers (<see cref="PersonIndex"/>), <c>people[]</c> and conflicts alike.
/// </summary>
/// <param name="Sentences">Every body sentence of the story, articles in reading order.</param>
/// <param name="Spellings">Names two outlets spell differently, as conflicts.</param>
internal sealed record StoryPeople(ImmutableArray<StorySentence> Sentences, ImmutableArray<FoundPerson> Found, ImmutableArray<Conflict> Spellings)
{
    public static StoryPeople Of(IReadOnlyList<ArticleAnalysis> articles)
    {
        var sentences = FactExtractor.Sentences(articles);
        var (found, spellings) = ConflictFinder.Spellings(PeopleFinder.Find(sentences, articles.Select(a => a.Article.Article.Outlet)));
        return new StoryPeople(sentences, found, spellings);
    }
}

/// <summary>
/// Extracts <see cref="StoryFacts"/> from a story's articles: people (<see cref="StoryPeople"/>), dates
/// resolved per article (<see cref="DateFinder"/>) into a timeline (<see cref="TimelineBuilder"/>), and
/// conflicts between outlets (<see cref="ConflictFinder"/>). Rule-based and deterministic: the same
/// articles in the same order give the same facts.
/// </summary>
internal static partial class FactExtractor
{
    /// <param name="articles">The story's articles, each analysed once.</param>
    /// <param name="body">The merged body, whose entries join what they tell as one timeline event.</param>
    /// <param name="story">The story's people and sentences, as <see cref="StoryPeople.Of"/> read them from the same articles.</param>
    internal static StoryFacts Extract(IReadOnlyList<ArticleAnalysis> articles, StoryPeople story, ImmutableArray<BodySentence> body)
    {
        var (sentences, people, spellings) = (story.Sentences, story.Found, story.Spellings);
        var dated = Dates(articles, sentences);
        var entries = new Dictionary<(string Source, string Text), int>();
        for (var i = 0; i < body.Length; i++)
            foreach (var from in body[i].From)
                entries.TryAdd((from.Source, from.Text), i);
        var nameWords = people.SelectMany(p => p.Person.Aliases.Append(p.Person.Name)).SelectMany(n => n.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var conflicts = ConflictFinder.Ages(people)
            .AddRange(ConflictFinder.Counts(sentences))
            .AddRange(ConflictFinder.Dates(dated, Published(articles)))
            .AddRange(spellings)
            .AddRange(ConflictFinder.NameSpellings(sentences, nameWords));
        conflicts = conflicts.AddRange(MeasureConflicts.Find(sentences, conflicts)).AddRange(AccountConflicts.Find(sentences));
        var (timeline, unresolved) = TimelineBuilder.Build(dated, d => entries.TryGetValue((d.Source, d.Text), out var i) ? i : null,
            new StoryOccasions(nameWords.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal), Disagreeing(conflicts)));
        return new StoryFacts([.. people.Select(p => p.Person)], timeline, conflicts, unresolved);
    }

    /// <summary>Each source's publication date, the first article's of a source given twice; looked up rather than searched for in every pair of sentences compared.</summary>
    private static Func<string, DateOnly?> Published(IReadOnlyList<ArticleAnalysis> articles)
    {
        var dates = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var a in articles)
            dates.TryAdd(a.Id, a.Article.Article.Date);
        return source => dates[source];
    }

    /// <summary>Whether two dated sentences state differing values of one conflict: they are never joined as one occasion.</summary>
    private static Func<DatedSentence, DatedSentence, bool> Disagreeing(ImmutableArray<Conflict> conflicts)
    {
        var pairs = new HashSet<(string, string, string, string)>();
        foreach (var c in conflicts)
            foreach (var a in c.Values.Where(v => v.Sentence.Length > 0))
                foreach (var b in c.Values.Where(v => v.Sentence.Length > 0 && v.Text != a.Text))
                    pairs.Add((a.Source, TextKey.Of(a.Sentence), b.Source, TextKey.Of(b.Sentence)));
        // Most stories have no conflict: no two sentences disagree, and none is searched for.
        if (pairs.Count == 0) return static (_, _) => false;
        // A dated sentence may be told after the sentence it points back to: its own sentence ends its text.
        // Each text's key is made once per question, not once per pair of values asked about.
        return (x, y) =>
        {
            if (!pairs.Any(p => p.Item1 == x.Source && p.Item3 == y.Source)) return false;
            var (keyX, keyY) = (TextKey.Of(x.Text), TextKey.Of(y.Text));
            return pairs.Any(p => p.Item1 == x.Source && p.Item3 == y.Source
                && keyX.EndsWith(p.Item2, StringComparison.Ordinal) && keyY.EndsWith(p.Item4, StringComparison.Ordinal));
        };
    }

    /// <summary>Every body sentence of every article, articles in the order given.</summary>
    internal static ImmutableArray<StorySentence> Sentences(IReadOnlyList<ArticleAnalysis> articles)
    {
        var list = ImmutableArray.CreateBuilder<StorySentence>();
        var firstParagraph = 0; // paragraphs are numbered across the story
        foreach (var article in articles)
        {
            foreach (var s in article.Sentences)
                list.Add(StorySentence.From(article.Id, list.Count, firstParagraph + s.Paragraph, s));
            firstParagraph += article.Article.Paragraphs.Length;
        }
        return list.ToImmutable();
    }

    /// <summary>
    /// The dates of each article in text order, each relative one resolved against the article's
    /// publication date, and each "later" against the article's previous dated event.
    /// </summary>
    private static ImmutableArray<DatedSentence> Dates(IReadOnlyList<ArticleAnalysis> articles, IReadOnlyList<StorySentence> sentences)
    {
        var stated = StatedMonths(articles, sentences);
        var result = ImmutableArray.CreateBuilder<DatedSentence>();
        // Each article's sentences are looked up, not searched for among the whole story's.
        var bySource = sentences.ToLookup(s => s.Source, StringComparer.Ordinal);
        foreach (var article in articles)
        {
            FactDate? anchor = null;
            foreach (var s in bySource[article.Id])
            {
                if (s.Dates.IsEmpty || !Eventful(s)) continue; // no date phrase, nothing to resolve
                var context = new DateContext(article.Article.Article.Date, anchor, (month, year) => YearOfMonth(stated, s.Words.Content, month, year));
                var told = WithQuoteOpening(sentences, s);
                var pointedBack = told == s.Text ? EventPointedBack(sentences, s) : null;
                if (pointedBack is not null) told = pointedBack.Text + " " + s.Text;
                // A sentence joined with its quote opening or its event is more than one sentence: its words are read again.
                var toldWords = told == s.Text ? s.Words : SentenceWords.Of(told);
                var mentions = DateFinder.Resolve(s.Text, s.Narration, s.Dates, context);
                foreach (var mention in mentions)
                {
                    result.Add(new DatedSentence(s.Source, s.Index, told, mention, toldWords, s));
                    if (mention.Date is { } d) anchor = d;
                }
                // The event's own sentence at a date this one gives too is the same event, one entry telling both;
                // at a coarser date that holds this one's ("last week" / "It happened on Tuesday"), it is shown
                // under the finer date only, as a sentence is at the finest of its own dates.
                for (var i = result.Count - 1; pointedBack is not null && i >= 0; i--)
                {
                    if (result[i].Source != s.Source || result[i].Index != pointedBack.Index || result[i].Mention.Date is not { } before) continue;
                    if (mentions.Any(m => m.Date == before)) result[i] = result[i] with { Text = told, Words = toldWords };
                    else if (mentions.Any(m => m.Date is { } d && d.Precision > before.Precision && d.Start >= before.Start && d.End <= before.End)) result.RemoveAt(i);
                }
            }
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// A sentence that begins inside a quote ("I'm like, why?" she said in March.) with the sentences of
    /// its paragraph back to where the quote opens, so that a timeline entry reads whole. Still the
    /// outlet's own words, in its order.
    /// </summary>
    internal static string WithQuoteOpening(IReadOnlyList<StorySentence> sentences, StorySentence s)
    {
        var first = s.Index;
        while (first > 0 && sentences[first].StartsInsideQuote
               && sentences[first - 1].Source == s.Source && sentences[first - 1].Paragraph == s.Paragraph)
            first--;
        return first == s.Index ? s.Text : string.Join(' ', sentences.Skip(first).Take(s.Index - first + 1).Select(x => x.Text));
    }

    /// <summary>
    /// The sentence before, in the same paragraph, when this one dates an event it only points back to
    /// ("A staffer said it was likely to happen tonight or tomorrow.", "It happened on Tuesday."): alone it
    /// tells a reader nothing of what happened, so the timeline shows the two together, still the
    /// outlet's own words in its order.
    /// </summary>
    private static StorySentence? EventPointedBack(IReadOnlyList<StorySentence> sentences, StorySentence s)
    {
        if (s.Index == 0 || !PointsBackCue(s.Narration) || !PointsBack().IsMatch(s.Narration)) return null;
        var before = sentences[s.Index - 1];
        return before.Source == s.Source && before.Paragraph == s.Paragraph ? before : null;
    }

    /// <summary>
    /// "it" or "this" as what happens, a few words before a verb of happening; not after "if" ("If it
    /// happens tonight, the bill could …"), which supposes an event rather than dating one.
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?i:if|unless|whether)\s+)\b(?i:it|this)\s+(?:[\w']+\s+){0,3}?(?i:happen(?:s|ed)?|occur(?:s|red)?|(?:take|takes|took|taken)\s+place)\b")]
    internal static partial Regex PointsBack();

    /// <summary>A word every <see cref="PointsBack"/> match holds: most dated sentences have none and are not searched.</summary>
    internal static readonly Func<string, bool> PointsBackCue = Cue.WordsAnyCase("happen", "occur", "place");

    /// <summary>
    /// A sentence that can be a timeline entry: not an embedded social post ("pic.twitter.com/…
    /// — Team (@team) December 26, 2017"), not a bare label ("Correction: December 1, 2010"): two
    /// words of three letters or more besides its date ("It set off on Dec. 22."), and not the outlet's
    /// own question ("Ever wonder why your bill is so high this month?"), which asks and tells no event.
    /// A question put after a colon ("… were put on notice Wednesday: No deal?") leaves the event before it.
    /// </summary>
    private static bool Eventful(StorySentence s) =>
        s.Tokens.Count(t => t.Text.Length >= 3 && !t.IsNumber && !CalendarWords.IsMonthOrWeekday(t.Text)) >= 2
        && Negation.QuestionStart(s.Narration) != 0
        && !s.Text.Contains("pic.twitter.com", StringComparison.OrdinalIgnoreCase) && !s.Text.Contains("(@", StringComparison.Ordinal);

    private sealed record StatedMonth(FactDate Date, IReadOnlySet<string> Words);

    /// <summary>Months the story states with their year ("September 2020"), in bodies and headlines.</summary>
    private static List<StatedMonth> StatedMonths(IReadOnlyList<ArticleAnalysis> articles, IReadOnlyList<StorySentence> sentences)
    {
        var stated = new List<StatedMonth>();
        // Only a phrase that writes a month or a day with its year states one: most dated sentences have none and are not resolved here.
        foreach (var s in sentences.Where(s => s.Dates.Any(p => p.StatesMonthOrDay)))
            Add(DateFinder.Resolve(s.Text, s.Narration, s.Dates, new DateContext(null)), () => s.Words.Content);
        foreach (var title in articles.Select(a => a.Article.Article.Title))
            Add(DateFinder.Find(title, new DateContext(null)), () => ContentWords.Of(title));
        return stated;

        // The words are read only for a sentence that states a month.
        void Add(ImmutableArray<DateMention> mentions, Func<IReadOnlySet<string>> words)
        {
            IReadOnlySet<string>? read = null;
            foreach (var m in mentions)
                if (m.Explicit && m.Date is { Precision: DatePrecision.Month or DatePrecision.Day } date)
                    stated.Add(new StatedMonth(date, read ??= words()));
        }
    }

    /// <summary>
    /// "She wrote in September, announcing their loss" in an article of October 2021 is the September
    /// the story itself dates to 2020 ("suffered a pregnancy loss in September 2020"): a month named
    /// without a year takes the year before when the story states that month with that year in a
    /// sentence about the same thing (shared content words), and never with the year the publication date suggests.
    /// </summary>
    private static int YearOfMonth(List<StatedMonth> stated, IReadOnlySet<string> words, int month, int year)
    {
        var same = stated.Where(s => s.Date.Month == month).ToList();
        if (same.Any(s => s.Date.Year == year)) return year;
        return same.Any(s => s.Date.Year == year - 1 && ContentWords.Shared(s.Words, words) > 0) ? year - 1 : year;
    }
}
