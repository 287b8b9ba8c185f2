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
    public void Only_changes_to_what_a_build_reads_trigger_a_rebuild(string path, bool matters) =>
        Assert.Equal(matters, SiteWatcher.Matters(path));
}
