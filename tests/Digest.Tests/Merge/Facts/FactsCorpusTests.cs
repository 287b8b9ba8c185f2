using System.Text;
using System.Text.RegularExpressions;
using Digest.Core.Merge.Facts;
using Digest.Tests.Support;

namespace Digest.Tests.Merge.Facts;

/// <summary>
/// The fact rules over every story of every test corpus: sanity checks that hold for any news text,
/// and a printout of what was found per cluster, for reading by eye
/// (<c>dotnet test --filter FactsCorpusTests --logger "console;verbosity=detailed"</c>).
/// </summary>
public class FactsCorpusTests
{
    public static TheoryData<string> Stories => TestCorpora.All();

    private static readonly string[] NotNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Instagram", "Twitter", "Facebook", "Day", "News", "Times", "Post",
    ];

    [Theory]
    [MemberData(nameof(Stories))]
    public void No_person_is_named_like_a_month_a_weekday_an_outlet_or_a_platform(string story)
    {
        var s = TestCorpora.Get(story);
        var outlets = s.Digest.Sources.Select(x => x.Outlet).ToList();
        foreach (var p in s.Digest.People)
        {
            var words = p.Name.Split(' ');
            Assert.DoesNotContain(words, w => NotNames.Contains(w.TrimEnd('.')));
            Assert.DoesNotContain(outlets, o => string.Equals(o, p.Name, StringComparison.OrdinalIgnoreCase));
            Assert.True(p.Sources.Length > 0, $"{p.Name} has no source");
            Assert.True(p.Age is null or (>= 0 and <= 120), $"{p.Name}: age {p.Age}");
        }
    }

    private static readonly Regex WellFormed = new(@"^\d{4}(-\d{2}(-\d{2})?)?$");

    [Theory]
    [MemberData(nameof(Stories))]
    public void Every_timeline_date_is_well_formed_ordered_and_near_its_articles_dates(string story)
    {
        var s = TestCorpora.Get(story);
        var published = s.Digest.Sources.Where(x => x.Published is not null).Select(x => x.Published!.Value).ToList();
        string? previous = null;
        foreach (var e in s.Digest.Timeline)
        {
            Assert.Matches(WellFormed, e.Date);
            var expected = e.Date.Length switch { 4 => "year", 7 => "month", _ => "day" };
            Assert.Equal(expected, e.Precision);
            var year = int.Parse(e.Date[..4], System.Globalization.CultureInfo.InvariantCulture);
            if (published.Count > 0)
                // History ("built in 1907") and projections ("exhausted by 2036") are real dates of a story; centuries off are not.
                Assert.InRange(year, published.Min().Year - 150, published.Max().Year + 50);
            Assert.True(previous is null || string.CompareOrdinal(previous[..4], e.Date[..4]) <= 0, $"{previous} before {e.Date}");
            previous = e.Date;
            Assert.NotEmpty(e.Sources);
            // The outlet's own words: one sentence, or a quote's sentences joined in their order.
            Assert.Contains(s.Articles, a => e.Sources.Contains(a.Id)
                && string.Join(' ', a.Sentences.Select(x => x.Text)).Contains(e.Text, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public void Every_conflict_names_at_least_two_outlets_with_different_values(string story)
    {
        var s = TestCorpora.Get(story);
        foreach (var c in s.Digest.Conflicts)
        {
            Assert.True(c.Values.Select(v => v.Source).Distinct().Count() >= 2, c.About);
            Assert.True(c.Values.Select(v => v.Text).Distinct().Count() >= 2, c.About);
        }
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public void Print_the_facts_found(string story)
    {
        if (story != "seed" && !TestCorpora.SharedCorpusPresent) Assert.Skip(TestCorpora.MissingCorpusMessage);
        var d = TestCorpora.Get(story).Digest;
        var sb = new StringBuilder();
        sb.AppendLine($"== {story}: {string.Join(", ", d.Sources.Select(x => $"{x.Id}={x.Published?.ToString("yyyy-MM-dd") ?? "undated"}"))}");
        foreach (var p in d.People)
            sb.AppendLine($"  person {p.Name}{(p.Age is { } a ? $" ({a})" : "")}{(p.Aliases.Length > 0 ? " aka " + string.Join(" | ", p.Aliases) : "")}{(p.Relations.Length > 0 ? " [" + string.Join(", ", p.Relations) + "]" : "")} <{string.Join(",", p.Sources)}>");
        foreach (var t in d.Timeline)
            sb.AppendLine($"  {t.Date,-10} {t.Precision,-5} <{string.Join(",", t.Sources)}> {Short(t.Text)}");
        foreach (var u in d.UnresolvedDates)
            sb.AppendLine($"  unresolved \"{u.Phrase}\" <{string.Join(",", u.Sources)}> {u.Reason}: {Short(u.Text)}");
        foreach (var c in d.Conflicts)
            sb.AppendLine($"  conflict {c.About}: {string.Join("; ", c.Values.Select(v => $"{v.Source}={v.Text}"))}");
        TestContext.Current.TestOutputHelper?.WriteLine(sb.ToString());
    }

    private static string Short(string text) => text.Length <= 110 ? text : text[..107] + "...";
}
