using System.Text.Json;
using Digest.Cli;
using Digest.Core.Build;
using Digest.Tests.Support;

namespace Digest.Tests.Cli;

public class DraftsAndScheduleTests
{
    private static Paths.TempFolder Site()
    {
        var site = new Paths.TempFolder();
        site.Write("content/s/published.md", string.Format(Cli.Article, "Out", "Published", "2024-06-01", "Already out."));
        site.Write("content/s/draft.md", "---\ntitle: Draft\noutlet: Drafty\ndate: 2024-05-01\ndraft: true\n---\nNot ready.\n");
        site.Write("content/s/scheduled.md", string.Format(Cli.Article, "Later", "Scheduled", "2024-06-02", "Not yet."));
        return site;
    }

    private static string[] Sources(string site) =>
        [.. JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "public/stories/s/digest.json")))
            .RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];

    [Theory]
    [InlineData(new string[0], new[] { "published" })]
    [InlineData(new[] { "--drafts" }, new[] { "draft", "published" })]
    [InlineData(new[] { "--future" }, new[] { "published", "scheduled" })]
    [InlineData(new[] { "--drafts", "--future" }, new[] { "draft", "published", "scheduled" })]
    public void Drafts_and_articles_dated_after_today_are_left_out_unless_asked_for(string[] flags, string[] expected)
    {
        using var site = Site();
        // The test clock says 2024-06-01 23:30 UTC: the article of 2024-06-01 is out, 2024-06-02 is not yet.
        var (exit, _, _) = Cli.Run(["build", "--source", site.Path, .. flags]);
        Assert.Equal(DigestCommand.Ok, exit);
        Assert.Equal(expected, Sources(site.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Today_decides_inclusion_only_and_never_changes_the_output_otherwise()
    {
        using var site = Site();
        static IEnumerable<(string, string)> Bytes(BuildResult r) => r.Files.Select(f => (f.Path, Convert.ToHexString(f.Content)));

        var dayItIsPublished = SiteBuilder.Plan(new BuildOptions(site.Path, Today: new DateOnly(2024, 6, 2)));
        var yearsLater = SiteBuilder.Plan(new BuildOptions(site.Path, Today: new DateOnly(2031, 1, 1)));
        var dayBeforeWithFuture = SiteBuilder.Plan(new BuildOptions(site.Path, IncludeFuture: true, Today: new DateOnly(2024, 6, 1)));
        var dayBefore = SiteBuilder.Plan(new BuildOptions(site.Path, Today: new DateOnly(2024, 6, 1)));

        Assert.Equal(2, dayItIsPublished.ArticleCount);
        Assert.Equal(1, dayBefore.ArticleCount);
        Assert.Equal(Bytes(dayItIsPublished), Bytes(yearsLater));
        Assert.Equal(Bytes(dayItIsPublished), Bytes(dayBeforeWithFuture));
    }
}
