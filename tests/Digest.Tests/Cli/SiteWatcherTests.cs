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

    [Fact]
    public async Task A_content_folder_that_is_a_link_is_watched_where_it_leads()
    {
        using var site = new Support.Paths.TempFolder();
        using var archive = new Support.Paths.TempFolder();
        Directory.CreateDirectory(Path.Combine(archive.Path, "ferry"));
        Directory.CreateSymbolicLink(Path.Combine(site.Path, "content"), archive.Path);
        using var watcher = new Digest.Cli.Serve.SiteWatcher(site.Path);
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var seen = new TaskCompletionSource<IReadOnlyList<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = watcher.RunAsync(TimeSpan.FromMilliseconds(50), (changed, _) => seen.TrySetResult(changed), stop.Token);

        await File.WriteAllTextAsync(Path.Combine(archive.Path, "ferry", "coastal.md"), "---\ntitle: T\noutlet: O\n---\nText.\n", TestContext.Current.CancellationToken);

        var changed = await seen.Task.WaitAsync(stop.Token);
        Assert.Contains("content/ferry/coastal.md", changed);
        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public async Task A_change_while_a_rebuild_runs_gives_that_rebuild_up_and_starts_the_next()
    {
        using var site = new Support.Paths.TempFolder();
        Directory.CreateDirectory(Path.Combine(site.Path, "content", "ferry"));
        using var watcher = new SiteWatcher(site.Path);
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var first = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var givenUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource<IReadOnlyList<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        var running = watcher.RunAsync(TimeSpan.FromMilliseconds(50), (changed, superseded) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                // A rebuild that runs until a newer change gives it up.
                first.TrySetResult(superseded);
                superseded.WaitHandle.WaitOne();
                givenUp.TrySetResult();
                superseded.ThrowIfCancellationRequested();
            }
            else if (changed.Contains("content/ferry/gazette.md"))
                second.TrySetResult(changed);
        }, stop.Token);

        await File.WriteAllTextAsync(Path.Combine(site.Path, "content", "ferry", "coastal.md"), "---\ntitle: T\noutlet: O\n---\nText.\n", TestContext.Current.CancellationToken);
        var token = await first.Task.WaitAsync(stop.Token);
        Assert.False(token.IsCancellationRequested);
        await File.WriteAllTextAsync(Path.Combine(site.Path, "content", "ferry", "gazette.md"), "---\ntitle: T\noutlet: P\n---\nText.\n", TestContext.Current.CancellationToken);

        await givenUp.Task.WaitAsync(stop.Token);
        Assert.Contains("content/ferry/gazette.md", await second.Task.WaitAsync(stop.Token));
        Assert.True(token.IsCancellationRequested);
        await stop.CancelAsync();
        await running;
    }
}
