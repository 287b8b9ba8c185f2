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
    public void Refuses_an_output_folder_that_would_delete_the_site(string output)
    {
        using var temp = new Paths.TempFolder();
        var site = Path.Combine(temp.Path, "site");
        var e = Assert.Throws<InvalidOperationException>(() => SiteWriter.EnsureSafeTarget(Path.Combine(site, output), site));
        Assert.Contains("refusing to build into", e.Message);
    }

    [Theory]
    [InlineData("public")]
    [InlineData("../www")]
    [InlineData("contents")]
    public void Accepts_an_output_folder_of_its_own(string output)
    {
        using var temp = new Paths.TempFolder();
        var site = Path.Combine(temp.Path, "site");
        SiteWriter.EnsureSafeTarget(Path.Combine(site, output), site);
    }
}
