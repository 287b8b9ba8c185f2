using Digest.Cli;
using Digest.Cli.Serve;
using Digest.Core.Write;
using Digest.Tests.Support;

namespace Digest.Tests.Cli;

/// <summary><c>digest build</c> never deletes what Digest did not write, and never builds a site from a folder that is not there.</summary>
public class OutputSafetyTests
{
    private static Paths.TempFolder Site()
    {
        var site = new Paths.TempFolder();
        site.Write("content/harbour/a.md", string.Format(Cli.Article, "Harbour wall repaired", "Coast Radio", "2024-05-02", "The harbour wall was repaired on Thursday."));
        return site;
    }

    [Fact]
    public void Building_into_a_folder_of_other_files_is_refused_with_exit_3_and_deletes_nothing()
    {
        using var site = Site();
        var www = site.Write("www/index.php", "<?php phpinfo();");

        var (exit, _, error) = Cli.Run("build", "--source", site.Path, "--output", Path.Combine(site.Path, "www"));

        Assert.Equal(DigestCommand.Crash, exit);
        Assert.Contains($"error: refusing to build into {Path.Combine(site.Path, "www")}: it holds files Digest did not write (index.php)", error);
        Assert.True(File.Exists(www));
        Assert.Single(Directory.GetFileSystemEntries(Path.Combine(site.Path, "www")));
    }

    [Fact]
    public void Force_replaces_it_and_later_builds_need_no_force()
    {
        using var site = Site();
        site.Write("www/index.php", "<?php phpinfo();");
        var output = Path.Combine(site.Path, "www");

        Assert.Equal(DigestCommand.Ok, Cli.Run("build", "--source", site.Path, "--output", output, "--force").Exit);
        Assert.False(File.Exists(Path.Combine(output, "index.php")));
        Assert.True(File.Exists(Path.Combine(output, SiteWriter.MarkerFile)));
        Assert.Equal(DigestCommand.Ok, Cli.Run("build", "--source", site.Path, "--output", output).Exit);
    }

    [Fact]
    public void An_output_set_in_site_yml_is_refused_at_its_line()
    {
        using var site = Site();
        site.Write("site.yml", "title: Harbour news\noutput:   docs\n");
        site.Write("docs/notes.txt", "my notes");

        var (exit, _, error) = Cli.Run("build", "--source", site.Path);

        Assert.Equal(DigestCommand.Crash, exit);
        Assert.StartsWith("site.yml:2:11: error: refusing to build into ", error);
        Assert.Equal("my notes", File.ReadAllText(Path.Combine(site.Path, "docs/notes.txt")));
    }

    [Fact]
    public void The_static_folder_is_copied_into_the_output()
    {
        using var site = Site();
        site.Write("static/CNAME", "news.example.org\n");
        site.Write("static/.well-known/security.txt", "Contact: mailto:desk@example.org\n");

        Assert.Equal(DigestCommand.Ok, Cli.Run("build", "--source", site.Path).Exit);

        Assert.Equal("news.example.org\n", File.ReadAllText(Path.Combine(site.Path, "public/CNAME")));
        Assert.Equal("Contact: mailto:desk@example.org\n", File.ReadAllText(Path.Combine(site.Path, "public/.well-known/security.txt")));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    public void A_source_folder_that_does_not_exist_is_a_usage_error(string command)
    {
        using var temp = new Paths.TempFolder();
        var missing = Path.Combine(temp.Path, "no-such-site");

        var (exit, _, error) = Cli.Run(command, "--source", missing);

        Assert.Equal(DigestCommand.UsageError, exit);
        Assert.Contains($"--source {missing}: no such folder", error);
        Assert.False(Directory.Exists(missing));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task Serve_refuses_too_and_serves_nothing()
    {
        using var site = Site();
        site.Write("public/index.html", "<h1>my own page</h1>");
        var terminal = new StringWriter();
        var options = new ServeOptions(site.Path, 0, false, false, new FixedClock(DateTimeOffset.UnixEpoch), TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAsync<OutputRefusedException>(() =>
            DevServer.StartAsync(options, new Reporter(Cli.Environment(terminal, terminal), Verbosity.Normal), TestContext.Current.CancellationToken));

        Assert.Contains("error: refusing to build into", terminal.ToString());
        Assert.Equal("<h1>my own page</h1>", File.ReadAllText(Path.Combine(site.Path, "public/index.html")));
    }
}
