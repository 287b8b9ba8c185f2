using Digest.Core.Merge.Facts;

namespace Digest.Tests.Merge.Facts;

/// <summary>One row per date rule: a sentence, the article's publication date, the date and precision expected.</summary>
public class DateFinderTests
{
    public static TheoryData<string, string?, string, string> Rows => new()
    {
        // absolute forms
        { "The ruling came on 2021-10-01 after a long wait.", null, "2021-10-01", "day" },
        { "The couple married on Nov. 2, 2017, in Italy.", null, "2017-11-02", "day" },
        { "She was born on 2 November 1980 in Leeds.", null, "1980-11-02", "day" },
        { "The model suffered a loss in Sept. 2020.", null, "2020-09", "month" },
        { "The model suffered a loss in September 2020.", null, "2020-09", "month" },
        { "The plant opened in 1998.", null, "1998", "year" },
        // a month or day without a year: the most recent one not after publication
        { "She spoke about it in March.", "2021-10-01", "2021-03", "month" },
        { "She spoke about it in December.", "2021-10-01", "2020-12", "month" },
        { "She spoke about it in October.", "2021-10-01", "2021-10", "month" },
        { "It set off on Dec. 22 from Basel.", "2017-12-27", "2017-12-22", "day" },
        { "It set off on Dec. 29 from Basel.", "2017-12-27", "2016-12-29", "day" },
        { "He lost the November election to a newcomer.", "2011-02-01", "2010-11", "month" },
        // ... unless the sentence speaks of the future
        { "Rates will plummet on Jan. 1 without a vote.", "2010-12-01", "2011-01-01", "day" },
        { "The bill will come up in January.", "2010-12-01", "2011-01", "month" },
        { "The vote will be held as soon as Friday.", "2010-12-01", "2010-12-03", "day" },
        { "The chairman needs to refocus on the November election.", "2010-07-02", "2010-11", "month" },
        // scheduled events and forward periods never land before publication (2010-12-01 is a Wednesday)
        { "Lawmakers want a deal before the 112th Congress takes over in January.", "2010-12-01", "2011-01", "month" },
        { "Host the Browns on Sunday.", "2010-12-01", "2010-12-05", "day" },
        { "The Steelers host the Cleveland Browns on Sunday.", "2010-12-01", "2010-12-05", "day" },
        { "The two leaders will meet on Tuesday.", "2010-12-01", "2010-12-07", "day" },
        { "The vote comes this coming Friday.", "2010-12-01", "2010-12-03", "day" },
        { "The vote comes this coming Wednesday.", "2010-12-01", "2010-12-08", "day" },
        { "The panel reports next week.", "2010-12-01", "2010-12", "month" },
        { "The store opens next month.", "2010-12-01", "2011-01", "month" },
        { "Results are due later this month.", "2010-12-01", "2010-12", "month" },
        // what a court or board set, planned or put off "for" a date lies ahead of the setting, though the verb is past
        { "Judge Ana Ruiz set sentencing for June 20.", "2025-03-14", "2025-06-20", "day" },
        { "The council postponed the vote until Thursday.", "2025-03-14", "2025-03-20", "day" },
        { "Her funeral is planned for Feb. 15 at St. Mary's.", "2023-01-10", "2023-02-15", "day" },
        { "The harbor festival is slated for Feb. 15, organizers said.", "2023-01-20", "2023-02-15", "day" },
        { "A ruling is expected for March 2.", "2023-01-20", "2023-03-02", "day" },
        { "The first payment is due for Friday.", "2023-01-18", "2023-01-20", "day" },
        { "The memorial is planned for April 3.", "2023-01-20", "2023-04-03", "day" },
        // the planning itself is past: "planned the raid in March"
        { "He planned the raid in March.", "2023-01-20", "2022-03", "month" },
        { "The Senate will vote this week.", "2010-12-01", "2010-12", "month" },
        // weekdays: the most recent such day on or before publication (2021-10-01 is a Friday)
        { "She posted the photos on Thursday.", "2021-10-01", "2021-09-30", "day" },
        { "She posted a tribute on Instagram Tuesday.", "2021-10-01", "2021-09-28", "day" },
        { "The shop reopened Friday.", "2021-10-01", "2021-10-01", "day" },
        { "He spoke last Friday.", "2021-10-01", "2021-09-24", "day" },
        { "He spoke this Friday.", "2021-10-01", "2021-10-01", "day" },
        { "He met the Browns on Sunday.", "2021-10-01", "2021-09-26", "day" },
        { "They meet again next Monday.", "2021-10-01", "2021-10-04", "day" },
        { "The road closed yesterday.", "2021-10-01", "2021-09-30", "day" },
        // periods, covering what the phrase can mean
        { "The report came out last week.", "2021-10-01", "2021-09", "month" },
        { "The report came out last month.", "2021-10-01", "2021-09", "month" },
        { "Earlier this month, she spoke out.", "2021-10-20", "2021-10", "month" },
        { "Sales fell this year.", "2021-10-01", "2021", "year" },
        { "Sales fell last year.", "2021-10-01", "2020", "year" },
        { "The deal closed two days ago.", "2021-10-01", "2021-09-29", "day" },
        { "The deal closed three months ago.", "2021-10-01", "2021-07", "month" },
        { "A year ago the town flooded.", "2021-10-01", "2020", "year" },
        { "He moved here from Ohio two years ago.", "2021-10-01", "2019", "year" },
        { "The company went public more than a year ago.", "2021-10-01", "2020", "year" },
        { "The new tax applies from next year.", "2021-10-01", "2022", "year" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Resolves(string sentence, string? published, string date, string precision)
    {
        var mention = Assert.Single(DateFinder.Find(sentence, new DateContext(Parse(published))));
        Assert.Null(mention.Unresolved);
        Assert.Equal(date, mention.Date!.Value.Iso);
        Assert.Equal(precision, mention.Date!.Value.PrecisionName);
    }

    public static TheoryData<string, string, string, string> Anchored => new()
    {
        { "Two months later, he spoke to a reporter.", "2020-09", "2020-11", "month" },
        { "Two days later, he spoke to a reporter.", "2020-09-03", "2020-09-05", "day" },
        { "The next day, he spoke to a reporter.", "2020-09-30", "2020-10-01", "day" },
        { "Three years earlier, he had left.", "2020", "2017", "year" },
        { "A month later, the bridge reopened.", "2020-01", "2020-02", "month" },
    };

    /// <summary>"Later" counts from the article's previous dated event, and needs no publication date.</summary>
    [Theory]
    [MemberData(nameof(Anchored))]
    public void Counts_from_the_previous_event(string sentence, string anchor, string date, string precision)
    {
        var context = new DateContext(null, Anchor(anchor));
        var mention = Assert.Single(DateFinder.Find(sentence, context));
        Assert.Equal(date, mention.Date!.Value.Iso);
        Assert.Equal(precision, mention.Date!.Value.PrecisionName);
    }

    [Theory]
    [InlineData("She posted the photos on Thursday.", "the article has no publication date")]
    [InlineData("She spoke about it in March.", "the article has no publication date")]
    [InlineData("A year ago the town flooded.", "the article has no publication date")]
    [InlineData("Two months later, he spoke.", "no earlier dated event in the article to count from")]
    public void Stays_unresolved_in_an_undated_article(string sentence, string reason)
    {
        var mention = Assert.Single(DateFinder.Find(sentence, new DateContext(null)));
        Assert.Null(mention.Date);
        Assert.Equal(reason, mention.Unresolved);
    }

    [Theory]
    [InlineData("Earlier this month, she spoke.", "2021-10-01", "\"Earlier this month\" leaves no day before the publication date")]
    [InlineData("The report came out last week.", "2021-10-06", "\"last week\" spans two months")]
    [InlineData("Lawmakers argued this week.", "2010-12-01", "\"this week\" spans two months")]
    [InlineData("Results are due later this month.", "2010-12-31", "\"later this month\" leaves no day after the publication date")]
    public void A_period_that_gives_no_useful_date_is_not_placed(string sentence, string published, string reason)
    {
        var mention = Assert.Single(DateFinder.Find(sentence, new DateContext(Parse(published))));
        Assert.Null(mention.Date);
        Assert.Equal(reason, mention.Unresolved);
    }

    [Theory]
    [InlineData("\"A year ago you gave me strength,\" she wrote.")]
    [InlineData("\"We met on Tuesday,\" he said.")]
    [InlineData("he is alive today thanks to them.")]
    [InlineData("The Monday Market opens early.")]
    [InlineData("I may go, and the march went on.")]
    [InlineData("Thousands joined the March for Science in the rain.")]
    [InlineData("The May Day parade filled the square.")]
    [InlineData("He scored 2021 points in his career.")]
    // a comparison's baseline is when the other figure stood, not when anything happened
    [InlineData("Net income climbed to $310 million from $280 million a year earlier.")]
    [InlineData("Revenue was $2.3 billion, up 6% from a year ago.")]
    [InlineData("Same-store sales fell 2% compared with a year earlier.")]
    [InlineData("Unemployment stood at 4.1%, down from 4.6% last year.")]
    [InlineData("Profit was 12 cents a share, against 9 cents a year ago.")]
    [InlineData("Ridership was 20 percent higher than two years ago.")]
    public void Finds_no_date(string sentence)
    {
        Assert.Empty(DateFinder.Find(sentence, new DateContext(new DateOnly(2021, 10, 1))));
    }

    [Fact]
    public void A_later_phrase_counts_from_a_date_earlier_in_the_same_sentence()
    {
        var mentions = DateFinder.Find("The plant opened in March 2004 and closed two years later.", new DateContext(null));
        Assert.Equal(["2004-03", "2006-03"], mentions.Select(m => m.Date!.Value.Iso));
    }

    [Theory]
    [InlineData("The vote is likely to happen tonight or tomorrow.", "2010-12")]
    [InlineData("A vote could come as soon as Friday or possibly early next week.", "2010-12")]
    [InlineData("The bridge opened in March 2004 or April 2004.", "2004")]
    public void Two_dates_given_as_alternatives_are_one_date_covering_both(string sentence, string date)
    {
        var mention = Assert.Single(DateFinder.Find(sentence, new DateContext(new DateOnly(2010, 12, 1))));
        Assert.Equal(date, mention.Date!.Value.Iso);
    }

    [Fact]
    public void A_month_without_a_year_takes_the_year_the_hint_gives()
    {
        var context = new DateContext(new DateOnly(2021, 10, 1), YearOfMonth: (month, year) => month == 9 ? year - 1 : year);
        var mention = Assert.Single(DateFinder.Find("She wrote in September, announcing their loss.", context));
        Assert.Equal("2020-09", mention.Date!.Value.Iso);
    }

    private static DateOnly? Parse(string? iso) => iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static FactDate Anchor(string iso) => iso.Length switch
    {
        4 => FactDate.OfYear(int.Parse(iso, System.Globalization.CultureInfo.InvariantCulture)),
        7 => FactDate.OfMonth(int.Parse(iso[..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(iso[5..], System.Globalization.CultureInfo.InvariantCulture)),
        _ => FactDate.OfDay(Parse(iso)!.Value),
    };
    /// <summary>Each phrase knows the form that found it, which its groups are read by: a wrong form would read another form's groups.</summary>
    [Fact]
    public void Each_phrase_is_tagged_with_the_form_that_found_it()
    {
        var text = "On 2019-04-03, and on May 5, 2018, and 7 June 2016, and in Sept. 2015, on Jan. 4, in March, in 2012, the 2008 draft, " +
                   "on Christmas Day, last weekend, next Tuesday, yesterday, last month, three years ago, two weeks later, the next day.";
        var forms = DateFinder.Phrases(text).Select(p => (p.Match.Value.Trim(), p.Form));
        Assert.Equal(
        [
            ("2019-04-03", DateForm.IsoDate), ("May 5, 2018", DateForm.MonthDayYear), ("7 June 2016", DateForm.DayMonthYear),
            ("Sept. 2015", DateForm.MonthYear), ("Jan. 4", DateForm.MonthDay), ("in March", DateForm.InMonth), ("in 2012", DateForm.InYear),
            ("the 2008", DateForm.TheYear), ("Christmas Day", DateForm.HolidayName), ("last weekend", DateForm.Weekend),
            ("next Tuesday", DateForm.OnWeekday), ("yesterday", DateForm.DayWord), ("last month", DateForm.RelativePeriod),
            ("three years ago", DateForm.Ago), ("two weeks later", DateForm.Later), ("the next day", DateForm.Next),
        ], forms);
    }
}
