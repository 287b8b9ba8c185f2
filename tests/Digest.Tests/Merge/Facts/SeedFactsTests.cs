using Digest.Core.Merge.Facts;
using Digest.Tests.Support;

namespace Digest.Tests.Merge.Facts;

/// <summary>The seed story (ET undated, PEOPLE of 2021-10-01): the facts issue 4 says must come out.</summary>
public class SeedFactsTests
{
    private static Core.Merge.StoryDigest Seed => TestCorpora.Get("seed").Digest;

    [Fact]
    public void People_are_the_seven_named_with_ages_relations_and_aliases()
    {
        var people = Seed.People.ToDictionary(p => p.Name);
        Assert.Equal(
            ["Chrissy Teigen", "Jack", "John Legend", "Kevin Frazier", "Luna", "Miles", "Vilailuck Teigen"],
            people.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(35, people["Chrissy Teigen"].Age);
        Assert.Contains("Teigen", people["Chrissy Teigen"].Aliases);
        Assert.Equal(5, people["Luna"].Age);
        Assert.Equal(3, people["Miles"].Age);
        Assert.Equal(["child"], people["Luna"].Relations);
        Assert.Equal(["child"], people["Miles"].Relations);
        Assert.Equal(["son"], people["Jack"].Relations);
        Assert.Equal(["husband"], people["John Legend"].Relations);
        Assert.Equal(["mother"], people["Vilailuck Teigen"].Relations);
        Assert.Contains("Pepper", people["Vilailuck Teigen"].Aliases);
        Assert.Equal(["et"], people["Kevin Frazier"].Sources);
        Assert.Equal(["et", "people"], people["Chrissy Teigen"].Sources);
        Assert.All(people.Values.Where(p => p.Name is not ("Chrissy Teigen" or "Luna" or "Miles")), p => Assert.Null(p.Age));
    }

    [Fact]
    public void Timeline_runs_from_the_loss_to_the_blessings_ceremony()
    {
        var timeline = Seed.Timeline;
        string Date(string words) => Assert.Single(timeline, t => t.Text.Contains(words, StringComparison.Ordinal)).Date.Iso;

        Assert.Equal("2020-09", Date("suffered a pregnancy loss in Sept. 2020"));
        Assert.Equal("2020-11", Date("Two months later, Legend told"));
        Assert.Equal("2020-12", Date("said in December"));
        Assert.Equal("2021-03", Date("she said in March"));
        Assert.Equal("2021-09-28", Date("National Sons Day"));
        var ceremony = Assert.Single(timeline, t => t.Date == FactDate.OfDay(new DateOnly(2021, 9, 30)));
        Assert.Contains("memorial ceremony", ceremony.Text);
        Assert.Equal(["et", "people"], ceremony.Sources);
        Assert.Equal(timeline.OrderBy(t => t.Date).Select(t => t.Date), timeline.Select(t => t.Date));
    }

    [Fact]
    public void The_undated_article_dates_nothing_by_the_other_article()
    {
        // ET has no date: its own "on Thursday" is never resolved from it; it is credited on PEOPLE's dated entry only.
        Assert.DoesNotContain(Seed.Timeline, t => t.Sources.SequenceEqual(["et"]) && t.Date.Precision == DatePrecision.Day);
        Assert.Empty(Seed.Conflicts);
    }
}
