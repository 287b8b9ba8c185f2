using Digest.Core.Render;
using Digest.Core.Write;
using Digest.Tests.Support;

namespace Digest.Tests.Write;

public class SiteWriterTests
{
    private static OutputFile F(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Replaces_the_output_folder_whole()
    {
        using var temp = new Paths.TempFolder();
        var output = Path.Combine(temp.Path, "public");
        SiteWriter.Write(output, [F("index.html", "one"), F("old/page.html", "stale")]);
        SiteWriter.Write(output, [F("index.html", "two")]);
        Assert.Equal("two", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "old")));
        Assert.Equal(["public"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_replaced_site_is_removed_whole_and_its_links_only_as_links()
    {
        using var temp = new Paths.TempFolder();
        var output = Path.Combine(temp.Path, "public");
        var outside = Path.Combine(temp.Path, "outside");
        Directory.CreateDirectory(Path.Combine(outside, "kept"));
        File.WriteAllText(Path.Combine(outside, "kept", "mine.txt"), "not Digest's");
        // Many folders at several depths, as a site's stories and people are, removed on several threads.
        SiteWriter.Write(output, [F("index.html", "one"), .. Enumerable.Range(0, 40).SelectMany(i => new[]
            { F($"stories/s{i}/index.html", $"story {i}"), F($"stories/s{i}/photos/a/b/page.html", "deep"), F($"people/p{i}/index.html", "person") })]);
        // Links put into the old site afterwards, to a folder and a file outside it: removed as links, never followed.
        Directory.CreateSymbolicLink(Path.Combine(output, "stories", "s3", "elsewhere"), outside);
        File.CreateSymbolicLink(Path.Combine(output, "people", "p5", "file.txt"), Path.Combine(outside, "kept", "mine.txt"));
        Directory.CreateSymbolicLink(Path.Combine(output, "linked-folder"), Path.Combine(outside, "kept"));

        SiteWriter.Write(output, [F("index.html", "two"), F("stories/s1/index.html", "story 1")]);

        Assert.Equal([SiteWriter.MarkerFile, "index.html", "stories/s1/index.html"],
            Directory.GetFileSystemEntries(output, "*", SearchOption.AllDirectories)
                .Where(File.Exists).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal("not Digest's", File.ReadAllText(Path.Combine(outside, "kept", "mine.txt")));
        Assert.Equal(["outside", "public"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("a/../../escape.html")]
    [InlineData("/etc/passwd")]
    public void Refuses_paths_that_leave_the_output_folder_and_keeps_the_last_site(string path)
    {
        using var temp = new Paths.TempFolder();
        var output = Path.Combine(temp.Path, "public");
        SiteWriter.Write(output, [F("index.html", "good")]);
        Assert.Throws<InvalidOperationException>(() => SiteWriter.Write(output, [F("index.html", "new"), F(path, "x")]));
        Assert.Equal("good", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(File.Exists(Path.Combine(temp.Path, "escape.html")));
        Assert.Equal(["public"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("content")]
    [InlineData("content/story/out")]
    [InlineData("templates")]
    [InlineData("static")]
    public void Refuses_an_output_folder_that_would_delete_the_site(string output)
    {
        using var temp = new Paths.TempFolder();
        var site = Path.Combine(temp.Path, "site");
        Assert.NotNull(SiteWriter.Refusal(Path.Combine(site, output), site, replaceForeign: true));
    }

    [Theory]
    [InlineData("public")]
    [InlineData("../www")]
    [InlineData("contents")]
    public void Accepts_an_output_folder_of_its_own(string output)
    {
        using var temp = new Paths.TempFolder();
        var site = Path.Combine(temp.Path, "site");
        Assert.Null(SiteWriter.Refusal(Path.Combine(site, output), site, replaceForeign: false));
    }

    [Fact]
    public void A_folder_holding_files_Digest_did_not_write_is_refused_and_kept()
    {
        using var temp = new Paths.TempFolder();
        var site = Path.Combine(temp.Path, "site");
        temp.Write("www/index.php", "<?php echo 1;");
        temp.Write("www/.well-known/security.txt", "Contact: x");
        var output = Path.Combine(temp.Path, "www");

        var why = SiteWriter.Refusal(output, site, replaceForeign: false);

        Assert.StartsWith("it holds files Digest did not write (.well-known, index.php)", why);
        Assert.Contains("static/", why);
        Assert.Contains("--force", why);
        Assert.Null(SiteWriter.Refusal(output, site, replaceForeign: true));
        Assert.True(File.Exists(Path.Combine(output, "index.php")));
    }

    [Fact]
    public void Its_own_output_and_an_empty_folder_are_written_and_marked()
    {
        using var temp = new Paths.TempFolder();
        var site = Path.Combine(temp.Path, "site");
        var output = Path.Combine(temp.Path, "empty");
        Directory.CreateDirectory(output);
        Assert.Null(SiteWriter.Refusal(output, site, replaceForeign: false));
        SiteWriter.Write(output, [F("index.html", "one")]);
        Assert.True(File.Exists(Path.Combine(output, SiteWriter.MarkerFile)));
        Assert.Null(SiteWriter.Refusal(output, site, replaceForeign: false));
    }

    [Fact]
    public void Static_files_are_copied_as_they_are_and_pages_win()
    {
        using var temp = new Paths.TempFolder();
        temp.Write("static/CNAME", "news.example.org\n");
        temp.Write("static/img/logo.svg", "<svg/>");
        var output = Path.Combine(temp.Path, "public");
        SiteWriter.Write(output, [F("index.html", "page")], [
            new StaticFile("CNAME", Path.Combine(temp.Path, "static/CNAME")),
            new StaticFile("img/logo.svg", Path.Combine(temp.Path, "static/img/logo.svg"))]);
        Assert.Equal("news.example.org\n", File.ReadAllText(Path.Combine(output, "CNAME")));
        Assert.Equal("<svg/>", File.ReadAllText(Path.Combine(output, "img/logo.svg")));
    }

    [Fact]
    public void A_build_killed_between_renames_is_repaired_by_the_next_one()
    {
        using var temp = new Paths.TempFolder();
        var output = Path.Combine(temp.Path, "public");
        SiteWriter.Write(output, [F("index.html", "good")]);
        // Killed after moving the site aside (no process has pid 0x7fffffff) and half-way through staging.
        Directory.Move(output, Path.Combine(temp.Path, $".public.previous-{int.MaxValue}"));
        temp.Write($".public.staging-{int.MaxValue}/index.html", "half");

        SiteWriter.Write(output, [F("index.html", "next")]);

        Assert.Equal("next", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["public"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_site_left_beside_a_missing_output_folder_is_put_back_before_anything_else()
    {
        using var temp = new Paths.TempFolder();
        var output = Path.Combine(temp.Path, "public");
        SiteWriter.Write(output, [F("index.html", "good")]);
        Directory.Move(output, Path.Combine(temp.Path, $".public.previous-{int.MaxValue}"));

        // The next build fails while writing: the last good site is back in place all the same.
        Assert.Throws<InvalidOperationException>(() => SiteWriter.Write(output, [F("../escape.html", "x")]));

        Assert.Equal("good", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["public"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }
}
