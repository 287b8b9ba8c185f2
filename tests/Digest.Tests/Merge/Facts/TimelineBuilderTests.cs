using System.Collections.Immutable;
using Digest.Core.Merge;
using Digest.Core.Merge.Facts;

namespace Digest.Tests.Merge.Facts;

public class TimelineBuilderTests
{
    private static readonly DateOnly Published = new(2021, 10, 13); // a Wednesday

    /// <summary>The dated sentences of made-up outlets, each sentence's dates found as the extractor finds them.</summary>
    private static List<DatedSentence> Dated(params (string Source, string Text)[] sentences) =>
        [.. sentences.SelectMany((s, i) => DateFinder.Find(s.Text, new DateContext(Published)).Select(m => new DatedSentence(s.Source, i, s.Text, m, SentenceWords.Of(s.Text))))];

    /// <summary>The timeline of sentences no body entry joins: each stands on its own words.</summary>
    private static (ImmutableArray<TimelineEvent> Timeline, ImmutableArray<UnresolvedDate> Unresolved) Timeline(List<DatedSentence> dated) =>
        TimelineBuilder.Build(dated, _ => null);

    [Fact]
    public void A_sentence_whose_two_dates_name_one_day_is_one_entry()
    {
        var (timeline, _) = Timeline(Dated(("a", "Last week, on Thursday, the council voted to close the pool.")));
        var e = Assert.Single(timeline);
        Assert.Equal(FactDate.OfDay(new DateOnly(2021, 10, 7)), e.Date);
    }

    [Fact]
    public void A_sentence_with_two_dates_for_two_events_is_kept_under_each_date_once()
    {
        var (timeline, _) = Timeline(Dated(
            ("a", "The pool opened in March 2004 and closed two years later."),
            ("b", "The pool opened in March 2004 and closed two years later.")));
        Assert.Equal(["2004-03", "2006-03"], timeline.Select(e => e.Date.Iso));
        Assert.All(timeline, e => Assert.Equal(["a", "b"], e.Sources));
    }

    [Fact]
    public void A_year_in_a_side_clause_folds_into_the_finer_date()
    {
        var (timeline, _) = Timeline(Dated(("a", "In October, the coach, who won the cup earlier this year, was dismissed.")));
        Assert.Equal(["2021-10"], timeline.Select(e => e.Date.Iso));
    }

    [Fact]
    public void Two_outlets_telling_one_event_in_other_word_forms_are_one_entry()
    {
        var (timeline, _) = Timeline(Dated(
            ("a", "Rescuers pulled survivors from collapsed buildings on Tuesday."),
            ("b", "On Tuesday, rescuer crews were pulling a survivor from the collapsing building.")));
        var e = Assert.Single(timeline);
        Assert.Equal(["a", "b"], e.Sources);
    }

    [Fact]
    public void Sentences_that_share_only_everyday_words_stay_apart()
    {
        var (timeline, _) = Timeline(Dated(
            ("a", "You ever get the water bill and wonder why it is so high this month?"),
            ("b", "You can't blame Ana Ruiz for getting angry when she saw her water bill earlier this month.")));
        Assert.Equal(2, timeline.Length);
    }

    [Fact]
    public void Two_events_on_one_day_stay_apart()
    {
        var (timeline, _) = Timeline(Dated(
            ("a", "Rescuers pulled survivors from collapsed buildings on Tuesday."),
            ("b", "On Tuesday, the mayor closed every school in the district.")));
        Assert.Equal(2, timeline.Length);
    }

    /// <summary>The timeline of sentences the body merged into one entry, so that only their dates decide.</summary>
    private static ImmutableArray<TimelineEvent> OneBodyEntry(List<DatedSentence> dated) =>
        TimelineBuilder.Build(dated, _ => 0).Timeline;

    [Fact]
    public void One_body_entry_told_in_a_month_and_on_a_day_of_it_is_one_entry_dated_as_the_sentence_shown()
    {
        var timeline = OneBodyEntry(Dated(
            ("a", "The union called a strike in September over night shifts."),
            ("b", "On Sept. 14 the dockworkers' union called a strike over pay and night shifts at the port.")));
        var e = Assert.Single(timeline);
        Assert.Equal("2021-09", e.Date.Iso);
        Assert.Equal(["a", "b"], e.Sources);
        Assert.Equal(2, e.From.Length);
    }

    [Fact]
    public void One_body_entry_with_two_months_or_a_year_beside_a_month_keeps_each_date()
    {
        var timeline = OneBodyEntry(Dated(
            ("a", "The fund will start paying out more than it takes in 2021, the trustees said."),
            ("b", "The trustees' projections, issued last month, show the fund running dry."),
            ("c", "The trustees last week warned that the fund would run dry.")));
        Assert.Equal(["2021", "2021-09", "2021-10"], timeline.Select(e => e.Date.Iso));
    }

    [Fact]
    public void A_report_of_the_day_told_by_the_paper_and_by_a_speaker_is_one_event()
    {
        var (timeline, _) = Timeline(Dated(
            ("a", "The Harbour Gazette reported Friday that the dockers' union was ready to accept a pay freeze."),
            ("b", "Ms. Lee said the union's stance, which was first reported in the Harbour Gazette in Friday's editions, was no change of course.")));
        var e = Assert.Single(timeline);
        Assert.Equal(["a", "b"], e.Sources);
    }
}
