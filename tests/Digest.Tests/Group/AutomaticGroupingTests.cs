using System.Collections.Immutable;
using Digest.Core.Clean;
using Digest.Core.Group;
using Digest.Core.Load;

namespace Digest.Tests.Group;

/// <summary>Made-up articles directly in <c>content/</c>, grouped by what they report.</summary>
public class AutomaticGroupingTests
{
    internal static CleanArticle Make(string path, string title, string? date, string body, string? story = null)
    {
        var front = $"---\ntitle: \"{title}\"\noutlet: {Path.GetFileNameWithoutExtension(path)}\n"
            + (date is null ? "" : $"date: {date}\n") + (story is null ? "" : $"story: {story}\n") + "---\n";
        var (article, diagnostics) = ContentLoader.Parse(front + body + "\n", path);
        Assert.True(article is not null, string.Join("\n", diagnostics));
        return new BoilerplateCleaner([]).Clean(article!);
    }

    private const string CraneWire =
        "PORT ELSBY — A container crane collapsed onto a cargo ship at the Port Elsby harbour on Tuesday, injuring four dock workers, harbour officials said. "
        + "The crane, operated by Halvard Logistics, buckled in strong winds shortly after noon. "
        + "Harbour master Ingrid Solberg said the injured workers were taken to Elsby General Hospital. "
        + "Loading at the terminal was suspended while inspectors examined the remaining cranes.";

    internal static CleanArticle CraneAp(string path = "content/ap-crane.md") =>
        Make(path, "Crane collapses onto ship at Port Elsby harbour, 4 hurt", "2024-03-12", CraneWire);

    internal static CleanArticle CraneRewrite(string path = "content/daily-crane.md") =>
        Make(path, "Four dock workers hurt as Halvard crane buckles in Port Elsby", "2024-03-13",
            "Four dock workers were hurt when a Halvard Logistics container crane buckled in high winds and fell onto a cargo ship in Port Elsby. "
            + "Harbour master Ingrid Solberg told reporters the workers were treated at Elsby General Hospital. "
            + "Inspectors examined the other cranes at the terminal, where loading stopped for the afternoon.");

    internal static CleanArticle Library(string path = "content/gazette-library.md") =>
        Make(path, "Port Elsby opens its new public library", "2024-03-12",
            "Mayor Lina Ostrova opened the new Port Elsby public library on Tuesday with a reading for local schoolchildren. "
            + "The building, a former fish market, holds forty thousand books and a children's theatre. "
            + "Volunteers spent two years raising money for the renovation.");

    [Fact]
    public void Wire_copy_and_its_rewrite_are_one_story_and_a_local_story_stays_apart()
    {
        var stories = StoryGrouper.Group([CraneAp(), CraneRewrite(), Make("content/copy-crane.md", "Crane collapse at Port Elsby", "2024-03-12", CraneWire), Library()]);

        Assert.Equal(2, stories.Length);
        var crane = stories.Single(s => s.Articles.Length == 3);
        Assert.Equal(["content/ap-crane.md", "content/copy-crane.md", "content/daily-crane.md"], crane.Articles.Select(a => a.Article.Path));
    }

    [Fact]
    public void Two_events_about_one_person_years_apart_are_two_stories()
    {
        const string Award = "Singer Mara Quell won the Northern Lights music award on Saturday for her album Glass Tides. "
            + "Quell thanked her band and her producer Tomas Vey on stage. The award ceremony was held in Tallborg.";
        const string Divorce = "Singer Mara Quell and producer Tomas Vey have separated after six years of marriage. "
            + "Quell announced the separation on her website. The couple met while recording her album Glass Tides.";
        var stories = StoryGrouper.Group([
            Make("content/a.md", "Mara Quell wins Northern Lights award", "2019-05-04", Award),
            Make("content/b.md", "Mara Quell takes top prize for Glass Tides", "2019-05-05", Award.Replace("on Saturday", "at the weekend")),
            Make("content/c.md", "Mara Quell and Tomas Vey separate", "2023-02-10", Divorce),
            Make("content/d.md", "Mara Quell splits from producer Tomas Vey", "2023-02-11", Divorce.Replace("on her website", "online")),
        ]);

        Assert.Equal([["content/a.md", "content/b.md"], ["content/c.md", "content/d.md"]],
            stories.Select(s => s.Articles.Select(a => a.Article.Path).ToArray()).OrderBy(p => p[0], StringComparer.Ordinal));
    }

    [Fact]
    public void An_undated_article_does_not_bridge_two_events_years_apart()
    {
        var stories = StoryGrouper.Group([
            Make("content/a.md", "Crane collapses at Port Elsby", "2019-03-12", CraneWire),
            Make("content/b.md", "Crane collapses at Port Elsby", null, CraneWire),
            Make("content/c.md", "Crane collapses at Port Elsby", "2024-03-12", CraneWire),
        ]);

        Assert.Equal([["content/a.md", "content/b.md"], ["content/c.md"]],
            stories.Select(s => s.Articles.Select(a => a.Article.Path).ToArray()).OrderBy(p => p[0], StringComparer.Ordinal));
    }

    [Fact]
    public void An_undated_article_joins_its_story_without_a_date_penalty()
    {
        var undated = Make("content/undated-crane.md", "Crane falls on ship in Port Elsby", null, CraneWire);
        var stories = StoryGrouper.Group([CraneAp(), undated, Library()]);
        Assert.Contains(stories, s => s.Articles.Select(a => a.Article.Path).SequenceEqual(["content/ap-crane.md", "content/undated-crane.md"]));
    }

    [Fact]
    public void Story_key_and_folder_win_over_similarity()
    {
        var stories = StoryGrouper.Group([
            CraneAp(),
            CraneRewrite("content/harbour/daily.md"),
            Make("content/keyed-crane.md", "Crane collapse", "2024-03-12", CraneWire, story: "Port safety"),
        ]);

        Assert.Equal(["crane-collapses-onto-ship-at-port-elsby-harbour-4-hurt", "harbour", "port-safety"], stories.Select(s => s.Slug));
        Assert.All(stories, s => Assert.Single(s.Articles));
    }

    [Fact]
    public void Grouping_does_not_depend_on_input_order()
    {
        ImmutableArray<CleanArticle> articles = [CraneAp(), CraneRewrite(), Library(), Make("content/z.md", "Port Elsby opens new library", "2024-03-12",
            "Mayor Lina Ostrova opened the Port Elsby public library, a former fish market with forty thousand books, on Tuesday.")];
        var expected = Describe(StoryGrouper.Group(articles));
        Assert.Equal(2, expected.Split('\n').Length);
        Assert.Equal(expected, Describe(StoryGrouper.Group([.. articles.Reverse()])));
        Assert.Equal(expected, Describe(StoryGrouper.Group([articles[2], articles[0], articles[3], articles[1]])));
    }

    [Fact]
    public void Slug_is_the_earliest_headline_and_survives_adding_and_removing_unrelated_articles()
    {
        var before = StoryGrouper.Group([CraneAp(), CraneRewrite()]);
        var withMore = StoryGrouper.Group([CraneAp(), CraneRewrite(), Library(),
            Make("content/weather.md", "Storm warning for the northern coast", "2024-03-14", "Forecasters warned of gales along the northern coast on Thursday.")]);
        var withLess = StoryGrouper.Group([CraneRewrite(), CraneAp()]);

        const string Slug = "crane-collapses-onto-ship-at-port-elsby-harbour-4-hurt";
        Assert.Equal(Slug, Assert.Single(before).Slug);
        Assert.Contains(withMore, s => s.Slug == Slug && s.Articles.Length == 2);
        Assert.Equal(Slug, Assert.Single(withLess).Slug);
    }

    [Fact]
    public void Different_stories_with_the_same_headline_get_distinct_stable_slugs_and_a_key_keeps_its_own()
    {
        var first = Make("content/one.md", "Harbour news", "2024-03-12", CraneWire);
        var second = Make("content/two.md", "Harbour news", "2024-03-12", "Forecasters warned of gales along the northern coast and told fishing crews to stay ashore.");
        var keyed = Make("content/three.md", "Something else", "2024-03-12", "The rowing club elected a new captain.", story: "Harbour news");

        var slugs = StoryGrouper.Group([first, second, keyed]).Select(s => s.Slug).ToArray();
        var again = StoryGrouper.Group([keyed, second, first]).Select(s => s.Slug).ToArray();

        Assert.Equal(3, slugs.Distinct().Count());
        Assert.Contains("harbour-news", slugs);
        Assert.Equal(2, slugs.Count(s => System.Text.RegularExpressions.Regex.IsMatch(s, "^harbour-news-[0-9a-f]{6}$")));
        Assert.Equal(slugs, again);
    }

    [Fact]
    public void A_newer_story_with_the_same_headline_does_not_rename_the_older_one()
    {
        var older = Make("content/one.md", "Harbour news", "2024-03-12", CraneWire);
        var newer = Make("content/two.md", "Harbour news", "2024-04-20", "Forecasters warned of gales along the northern coast and told fishing crews to stay ashore.");

        var alone = Assert.Single(StoryGrouper.Group([older])).Slug;
        var both = StoryGrouper.Group([newer, older]);

        Assert.Equal("harbour-news", alone);
        Assert.Equal(["content/one.md"], both.Single(s => s.Slug == alone).Articles.Select(a => a.Article.Path));
        Assert.Matches("^harbour-news-[0-9a-f]{6}$", both.Single(s => s.Slug != alone).Slug);
    }

    private static string Describe(ImmutableArray<Story> stories) =>
        string.Join("\n", stories.Select(s => $"{s.Slug}: {string.Join(", ", s.Articles.Select(a => a.Article.Path))}"));
}
