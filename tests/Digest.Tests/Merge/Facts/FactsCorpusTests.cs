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
            var iso = e.Date.Iso;
            Assert.Matches(WellFormed, iso);
            var expected = iso.Length switch { 4 => "year", 7 => "month", _ => "day" };
            Assert.Equal(expected, e.Date.PrecisionName);
            var year = e.Date.Year;
            if (published.Count > 0)
                // History ("built in 1907") and projections ("able to pay 74 percent by 2085") are real dates of a story; centuries off are not.
                Assert.InRange(year, published.Min().Year - 150, published.Max().Year + 100);
            Assert.True(previous is null || string.CompareOrdinal(previous[..4], iso[..4]) <= 0, $"{previous} before {iso}");
            previous = iso;
            Assert.NotEmpty(e.Sources);
            // Each telling is an outlet's own words (one sentence, or a quote's sentences joined in their order),
            // from an outlet it credits; the entry's text is its tellings.
            Assert.Equal(e.Text, string.Join(' ', e.Tellings.Select(t => t.Text)));
            foreach (var telling in e.Tellings)
                Assert.Contains(s.Articles, a => telling.Sources.Contains(a.Id)
                    && string.Join(' ', a.Sentences.Select(x => x.Text)).Contains(telling.Text, StringComparison.Ordinal));
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

    /// <summary>Extracting again gives the same facts; the facts are printed for reading by eye.</summary>
    [Theory]
    [MemberData(nameof(Stories))]
    public void Facts_are_the_same_when_extracted_again_and_are_printed(string story)
    {
        var s = TestCorpora.Get(story);
        var text = FactsText.Of(s.Digest);
        var again = FactsText.Of(TestCorpora.Build(story).Digest);
        Assert.Equal(text, again);
        var sources = string.Join(", ", s.Digest.Sources.Select(x => $"{x.Id}={x.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}"));
        TestContext.Current.TestOutputHelper?.WriteLine($"== {story}: {sources}\n{FactsText.Of(s.Digest, width: 140)}");
    }
}
