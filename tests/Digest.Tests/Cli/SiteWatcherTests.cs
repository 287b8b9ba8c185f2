using Digest.Cli.Serve;

namespace Digest.Tests.Cli;

public class SiteWatcherTests
{
    [Theory]
    [InlineData("content/story/ap.md", true)]
    [InlineData("templates/partials/header.sbn-html", true)]
    [InlineData("site.yml", true)]
    [InlineData("public/index.html", false)]
    [InlineData(".public.staging-12/index.html", false)]
    [InlineData("content/story/.ap.md.swp", false)]
    [InlineData("content/story/ap.md~", false)]
    [InlineData("README.md", false)]
    [InlineData("static/CNAME", true)]
    [InlineData("static/.well-known/security.txt", true)]
    [InlineData("stories.yml", true)]
    [InlineData("content/story/4913", false)]
    [InlineData("content/story/.#ap.md", false)]
    [InlineData("content/story/#ap.md#", false)]
    [InlineData("content/story/ap.md.tmp", false)]
    [InlineData("content/story/ap.md___jb_tmp___", false)]
    [InlineData("templates/.goutputstream-XYZ12", false)]
    [InlineData("static/logo.svg.swp", false)]
    public void Only_changes_to_what_a_build_reads_trigger_a_rebuild(string path, bool matters) =>
        Assert.Equal(matters, SiteWatcher.Matters(path));
}
