using Digest.Cli;
using Digest.Tests.Support;

namespace Digest.Tests.Cli;

public class CheckCommandTests
{
    [Fact]
    public void A_clean_site_passes_and_nothing_is_written()
    {
        using var site = new Paths.TempFolder();
        site.Write("site.yml", "permalinks:\n  story: \"news/:slug/\"\n");
        site.Write("content/a/x.md", string.Format(Cli.Article, "One", "X", "2024-01-01",
            "Hello. See [the other](../b/y.md), [its page](/news/b/) and [from this page](../b/)."));
        site.Write("content/b/y.md", string.Format(Cli.Article, "Two", "Y", "2024-01-02", "Hello again, [elsewhere](https://example.com/x)."));

        var (exit, output, error) = Cli.Run("check", "--source", site.Path);

        Assert.Equal(("", DigestCommand.Ok), (error, exit));
        Assert.Equal("Checked 2 articles in 2 stories: 0 errors, 0 warnings", output.Trim());
        Assert.Equal(["content", "site.yml"], Directory.GetFileSystemEntries(site.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Broken_content_is_reported_with_positions_and_exit_code_1()
    {
        using var site = new Paths.TempFolder();
        site.Write("site.yml", "title: [unclosed\n");
        site.Write("content/a/ap.md", string.Format(Cli.Article, "Fine", "AP", "2024-01-01", "Text.\n\nA second paragraph with [a broken link](../nowhere.md) in it [and another](/news/a/)."));
        site.Write("content/b/ap.md", "---\ntitle: Same id elsewhere\noutlet: AP\nstory: a\n---\nMore text.\n");
        site.Write("content/c/no-outlet.md", "---\ntitle: Broken\n---\nNo outlet.\n");
        site.Write("content/c/bad-date.md", "---\ntitle: Bad date\noutlet: X\ndate: 2024-02-30\n---\nText.\n");
        site.Write("content/d/later.md", string.Format(Cli.Article, "Later", "X", "2024-07-01", "Not yet."));
        site.Write("content/d/_story.yml", "headline: \"unclosed\n");

        var (exit, _, error) = Cli.Run("check", "--source", site.Path);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(DigestCommand.ContentErrors, exit);
        Assert.Contains("content/a/ap.md:8:25: error: broken link '../nowhere.md': no file or page there; fix the path or link to the full https:// address", lines);
        Assert.Contains("content/a/ap.md:8:62: error: broken link '/news/a/': no file or page there; fix the path or link to the full https:// address", lines);
        Assert.Contains(lines, l => l.StartsWith("content/b/ap.md:1:1: warning: source id 'ap' is also content/a/ap.md's in story 'a'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/c/bad-date.md:4:7: error: 'date' is not a date", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/c/no-outlet.md:2:1: error: missing required field 'outlet'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/d/_story.yml:", StringComparison.Ordinal) && l.Contains(": error: "));
        Assert.Contains("content/d/later.md:2:1: warning: dated 2024-07-01, after today (2024-06-01): left out of builds until then unless --future", lines);
        Assert.Contains(lines, l => l.StartsWith("site.yml:", StringComparison.Ordinal) && l.Contains(": error: not valid YAML"));
        Assert.Equal("error: Checked 3 articles in 2 stories: 6 errors, 2 warnings", lines[^1]);
        Assert.False(Directory.Exists(Path.Combine(site.Path, "public")));
    }
}
