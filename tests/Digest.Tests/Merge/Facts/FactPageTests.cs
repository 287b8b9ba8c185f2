using System.Text;
using System.Text.Json;
using Digest.Core.Build;
using Digest.Core.Merge.Facts;
using Digest.Core.Render;
using Digest.Tests.Support;

namespace Digest.Tests.Merge.Facts;

/// <summary>The facts on the story page and in digest.json, for a made-up story where two outlets disagree.</summary>
public class FactPageTests
{
    private const string Coast = "---\ntitle: Rescue\noutlet: Coast Daily\ndate: 2022-03-04\n---\nFisherman Jonas Berg, 61, was pulled from the water on Wednesday.\n\nHis wife, Ruth Berg, thanked the crew.\n";
    private const string Radio = "---\ntitle: Rescue\noutlet: Island <b>Radio</b>\ndate: 2022-03-04\n---\nJonas Berg, 63, was pulled from the water on Wednesday by a lifeboat crew.\n";

    private static (string Page, JsonElement Json) Build()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/rescue/coast.md", Coast);
        site.Write("content/rescue/radio.md", Radio);
        var result = SiteBuilder.Plan(new BuildOptions(site.Path));
        string Text(string path) => Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content);
        return (Text("stories/rescue/index.html"), JsonDocument.Parse(Text("stories/rescue/digest.json")).RootElement.Clone());
    }

    [Fact]
    public void The_page_marks_the_disputed_sentences_and_the_person_and_lists_the_conflict()
    {
        var (page, _) = Build();
        Assert.Contains("<li id=\"conflict-1\"", page);
        Assert.Contains("<strong>Jonas Berg&#x27;s age</strong>", page);
        // A marker after each outlet's sentence stating an age, and one next to the person.
        Assert.Equal(3, CountOf(page, "class=\"conflict-marker\" href=\"#conflict-1\""));
        Assert.Contains(">age differs</a>", page);
        Assert.Contains("Island &lt;b&gt;Radio&lt;/b&gt;", page);
        Assert.DoesNotContain("<b>Radio</b>", page);
    }

    [Fact]
    public void The_page_shows_a_timeline_with_dates_as_precise_as_the_text()
    {
        var (page, _) = Build();
        Assert.Contains("<time datetime=\"2022-03-02\">2 March 2022</time>", page);
        Assert.Contains("class=\"facts-event facts-precision-day\"", page);
        var start = page.IndexOf("<section class=\"facts-timeline\"", StringComparison.Ordinal);
        var timeline = page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
        Assert.DoesNotContain("<script", timeline); // a timeline in HTML and CSS alone
    }

    [Fact]
    public void Digest_json_carries_the_facts_with_their_new_fields()
    {
        var (_, json) = Build();
        var people = json.GetProperty("people").EnumerateArray().ToList();
        var jonas = people.Single(p => p.GetProperty("name").GetString() == "Jonas Berg");
        Assert.Equal(JsonValueKind.Null, jonas.GetProperty("age").ValueKind);
        var ruth = people.Single(p => p.GetProperty("name").GetString() == "Ruth Berg");
        Assert.Equal("wife", ruth.GetProperty("relations")[0].GetString());
        var conflict = json.GetProperty("conflicts")[0];
        Assert.Equal("age", conflict.GetProperty("kind").GetString());
        Assert.Equal("Jonas Berg", conflict.GetProperty("subject").GetString());
        Assert.Equal(["61", "63"], conflict.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("text").GetString()));
        var timeline = Assert.Single(json.GetProperty("timeline").EnumerateArray());
        Assert.Equal("2022-03-02", timeline.GetProperty("date").GetString());
        Assert.Equal(2, timeline.GetProperty("sources").GetArrayLength());
        Assert.Equal(0, json.GetProperty("unresolved_dates").GetArrayLength());
    }

    [Fact]
    public void An_event_told_as_different_facts_shows_each_telling_with_its_outlets()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/trams/metro.md", "---\ntitle: Trams\noutlet: Metro Daily\ndate: 2023-02-08\n---\nThe transit authority says the trams \"bumped into each other\" Tuesday morning but stayed on the rails, and service on the Green Line was not affected.\n");
        site.Write("content/trams/city.md", "---\ntitle: Trams\noutlet: City Wire\ndate: 2023-02-08\n---\nTwo maintenance trams collided in a depot early Tuesday morning, injuring one worker, who was taken to St. Mary's Hospital with a broken arm.\n");
        var result = SiteBuilder.Plan(new BuildOptions(site.Path));
        var page = Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "stories/trams/index.html").Content);
        var start = page.IndexOf("<section class=\"facts-timeline\"", StringComparison.Ordinal);
        var timeline = page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
        var entry = Assert.Single(timeline.Split("<li class=\"facts-event").Skip(1));
        var tellings = entry.Split("<p>").Skip(1).ToList();
        Assert.Equal(2, tellings.Count);
        Assert.StartsWith("The transit authority says the trams &quot;bumped", tellings[0]);
        Assert.Contains("Metro Daily", tellings[0]);
        Assert.DoesNotContain("City Wire", tellings[0]);
        Assert.StartsWith("Two maintenance trams collided", tellings[1]);
        Assert.Contains("City Wire", tellings[1]);
    }

    [Theory]
    [InlineData(2021, 9, 30, DatePrecision.Day, "30 September 2021")]
    [InlineData(2020, 9, 1, DatePrecision.Month, "September 2020")]
    [InlineData(2020, 1, 1, DatePrecision.Year, "2020")]
    public void Dates_display_at_their_precision(int year, int month, int day, DatePrecision precision, string shown)
    {
        Assert.Equal(shown, FactViews.DateDisplay(new FactDate(year, month, day, precision)));
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
