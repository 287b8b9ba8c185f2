using Digest.Cli;
using Digest.Core.Load;
using Digest.Tests.Support;

namespace Digest.Tests.Cli;

public class NewCommandTests
{
    [Fact]
    public void New_site_builds_a_sample_story_told_by_two_outlets_without_templates()
    {
        using var temp = new Paths.TempFolder();
        var site = Path.Combine(temp.Path, "memorials");

        Assert.Equal(DigestCommand.Ok, Cli.Run("new", "site", site).Exit);
        Assert.False(Directory.Exists(Path.Combine(site, "templates")));
        var (exit, output, error) = Cli.Run("build", "--source", site);

        Assert.Equal(DigestCommand.Ok, exit);
        Assert.Equal("", error);
        Assert.StartsWith("Built 1 story from 2 articles", output);
        var json = File.ReadAllText(Path.Combine(site, "public/stories/harbor-lighthouse-relit/digest.json"));
        Assert.Contains("\"outlet\": \"Harbor Gazette\"", json);
        Assert.Contains("\"outlet\": \"Valley Courier\"", json);
        Assert.Equal(DigestCommand.Ok, Cli.Run("check", "--source", site).Exit);
    }

    [Fact]
    public void New_site_refuses_a_folder_that_is_not_empty_unless_forced()
    {
        using var site = new Paths.TempFolder();
        site.Write("notes.txt", "mine");

        var (exit, _, error) = Cli.Run("new", "site", site.Path);
        Assert.Equal(DigestCommand.Crash, exit);
        Assert.Contains("--force", error);
        Assert.False(File.Exists(Path.Combine(site.Path, "site.yml")));

        Assert.Equal(DigestCommand.Ok, Cli.Run("new", "site", site.Path, "--force").Exit);
        Assert.True(File.Exists(Path.Combine(site.Path, "site.yml")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Path, "notes.txt")));
    }

    [Fact]
    public void New_article_writes_a_draft_skeleton_in_the_story_folder_and_never_overwrites()
    {
        using var site = new Paths.TempFolder();
        var (exit, output, _) = Cli.Run("new", "article", "--source", site.Path, "--story", "Harbor Fire", "--outlet", "Coast Radio", "--title", "Fire: \"contained\"");

        Assert.Equal(DigestCommand.Ok, exit);
        Assert.Contains("content/harbor-fire/coast-radio.md", output);
        var (article, diagnostics) = ContentLoader.LoadFile(site.Path, "content/harbor-fire/coast-radio.md");
        Assert.Empty(diagnostics);
        Assert.Equal("Fire: \"contained\"", article!.Title);
        Assert.Equal("Coast Radio", article.Outlet);
        Assert.Equal(Cli.Today, article.Date);
        Assert.Equal("harbor-fire", article.Story);
        Assert.True(article.Draft);

        File.AppendAllText(Path.Combine(site.Path, "content/harbor-fire/coast-radio.md"), "Edited by hand.\n");
        var again = Cli.Run("new", "article", "--source", site.Path, "--story", "harbor-fire", "--outlet", "Coast Radio", "--date", "2024-01-02");
        Assert.Equal(DigestCommand.Crash, again.Exit);
        Assert.Contains("already exists", again.Error);
        Assert.EndsWith("Edited by hand.\n", File.ReadAllText(Path.Combine(site.Path, "content/harbor-fire/coast-radio.md")));
    }
}
