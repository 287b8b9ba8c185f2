using System.Diagnostics;
using Digest.Core.Render;
using Digest.Core.Write;
using Digest.Tests.Support;

namespace Digest.Tests.Write;

/// <summary>
/// A write makes only the files that changed: a file the previous site holds byte for byte is
/// hard-linked from it into the new site (the same file on disk), while the swap stays atomic.
/// </summary>
public class UnchangedFilesTests
{
    private static OutputFile F(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>The file's inode number: the same number in two sites means one file, linked, not written twice.</summary>
    private static string Inode(string path)
    {
        var start = new ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var inode = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return inode;
    }

    [Fact]
    public void Unchanged_files_are_linked_and_changed_ones_written()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("hard links are made and checked on Linux");
        using var temp = new Paths.TempFolder();
        var output = Path.Combine(temp.Path, "public");
        SiteWriter.Write(output, [F("index.html", "home"), F("stories/a/index.html", "story a"), F("stories/b/index.html", "story b")]);
        var home = Inode(Path.Combine(output, "index.html"));
        var b = Inode(Path.Combine(output, "stories/b/index.html"));

        var counts = SiteWriter.Write(output, [F("index.html", "home"), F("stories/a/index.html", "story A"), F("stories/b/index.html", "story b"), F("stories/c/index.html", "story c")]);

        Assert.Equal(new WriteCounts(Written: 2, Unchanged: 2), counts);
        Assert.Equal(home, Inode(Path.Combine(output, "index.html")));
        Assert.Equal(b, Inode(Path.Combine(output, "stories/b/index.html")));
        Assert.Equal("story A", File.ReadAllText(Path.Combine(output, "stories/a/index.html")));
        Assert.Equal("story c", File.ReadAllText(Path.Combine(output, "stories/c/index.html")));
        Assert.Equal("home", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["public"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_of_the_same_length_but_other_bytes_is_written()
    {
        using var temp = new Paths.TempFolder();
        var output = Path.Combine(temp.Path, "public");
        SiteWriter.Write(output, [F("index.html", "abcd")]);

        var counts = SiteWriter.Write(output, [F("index.html", "abce")]);

        Assert.Equal(new WriteCounts(Written: 1, Unchanged: 0), counts);
        Assert.Equal("abce", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Nothing_is_linked_from_a_folder_Digest_did_not_write()
    {
        using var temp = new Paths.TempFolder();
        var output = Path.Combine(temp.Path, "public");
        temp.Write("public/index.html", "home");

        var counts = SiteWriter.Write(output, [F("index.html", "home")]);

        Assert.Equal(new WriteCounts(Written: 1, Unchanged: 0), counts);
        Assert.True(File.Exists(Path.Combine(output, SiteWriter.MarkerFile)));
    }

    [Fact]
    public void A_link_put_into_the_previous_site_is_not_followed()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("hard links are made and checked on Linux");
        using var temp = new Paths.TempFolder();
        using var elsewhere = new Paths.TempFolder();
        var outside = elsewhere.Write("a/index.html", "story a");
        var output = Path.Combine(temp.Path, "public");
        SiteWriter.Write(output, [F("index.html", "home"), F("stories/a/index.html", "story a")]);
        Directory.Delete(Path.Combine(output, "stories"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(output, "stories"), elsewhere.Path);

        var counts = SiteWriter.Write(output, [F("index.html", "home"), F("stories/a/index.html", "story a")]);

        Assert.Equal(new WriteCounts(Written: 1, Unchanged: 1), counts);
        Assert.NotEqual(Inode(outside), Inode(Path.Combine(output, "stories/a/index.html")));
        Assert.Equal("story a", File.ReadAllText(outside));
    }
}
