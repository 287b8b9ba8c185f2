using System.Threading.Channels;
using Digest.Core.Load;

namespace Digest.Cli.Serve;

/// <summary>
/// Watches what a build reads (content/, templates/, site.yml) and calls back once per burst of
/// changes: an editor's save is often several file events, and a copy of many files is many more.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Channel<string> changes = Channel.CreateUnbounded<string>();
    private readonly string siteFolder;

    public SiteWatcher(string siteFolder)
    {
        this.siteFolder = Path.GetFullPath(siteFolder);
        Watch(this.siteFolder, "");
        // A folder the site reads that is a link (content/ kept in a shared archive) is watched where it leads:
        // the watcher of the site folder does not follow links.
        foreach (var folder in new[] { ContentLoader.ContentFolder, "templates", "static" })
            if (new DirectoryInfo(Path.Combine(this.siteFolder, folder)) is { Exists: true, LinkTarget: not null } link
                && link.ResolveLinkTarget(returnFinalTarget: true) is DirectoryInfo { Exists: true } target)
                Watch(target.FullName, folder + "/");
    }

    /// <summary>Watches <paramref name="folder"/>, whose files are <paramref name="prefix"/> and their path below it in the site.</summary>
    private void Watch(string folder, string prefix)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void OfferAt(string fullPath) => Offer(prefix + Path.GetRelativePath(folder, fullPath).Replace('\\', '/'));
        watcher.Changed += (_, e) => OfferAt(e.FullPath);
        watcher.Created += (_, e) => OfferAt(e.FullPath);
        watcher.Deleted += (_, e) => OfferAt(e.FullPath);
        watcher.Renamed += (_, e) => { OfferAt(e.OldFullPath); OfferAt(e.FullPath); };
        // Lost events (buffer overflow) could hide any change: rebuild to be safe.
        watcher.Error += (_, _) => changes.Writer.TryWrite(ContentLoader.ContentFolder);
        watcher.EnableRaisingEvents = true;
        watchers.Add(watcher);
    }

    /// <summary>Whether a change at <paramref name="relativePath"/> (forward slashes) can change the built site.</summary>
    public static bool Matters(string relativePath)
    {
        var segments = relativePath.Split('/');
        if (IsEditorFile(segments[^1]))
            return false;
        // static/ is copied whole (.well-known/ included); elsewhere hidden files are not site files.
        if (segments[0] == "static")
            return true;
        if (!segments.All(SiteFiles.IsSiteFile))
            return false;
        return segments[0] is ContentLoader.ContentFolder or "templates" || relativePath is SiteConfigLoader.FileName or "stories.yml";
    }

    /// <summary>
    /// What editors write beside a file while it is edited or saved: swap and lock files (vim's
    /// <c>.x.swp</c> and <c>4913</c>, Emacs's <c>.#x</c> and <c>#x#</c>), backups (<c>x~</c>), and
    /// the temporary files of atomic saves (<c>x.tmp</c>, JetBrains' <c>x___jb_tmp___</c>, GNOME's <c>.goutputstream-*</c>).
    /// </summary>
    public static bool IsEditorFile(string name) =>
        name.StartsWith(".#", StringComparison.Ordinal) || name.StartsWith('#') || name.EndsWith('~') || name == "4913"
        || name.StartsWith(".goutputstream", StringComparison.Ordinal)
        || new[] { ".swp", ".swx", ".swo", ".tmp", "___jb_tmp___", "___jb_old___", ".crswap" }.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private void Offer(string relativePath)
    {
        if (Matters(relativePath))
            changes.Writer.TryWrite(relativePath);
    }

    /// <summary>
    /// Calls <paramref name="onChange"/> after each burst of changes has been quiet for <paramref name="quiet"/>, on a task of
    /// its own. A burst that comes while the last call is still running cancels that call's token and waits for it to end
    /// before the next call: a rebuild a newer change has made stale is given up, not finished, so the newer change shows sooner.
    /// </summary>
    public async Task RunAsync(TimeSpan quiet, Action<IReadOnlyList<string>, CancellationToken> onChange, CancellationToken cancellation)
    {
        var reader = changes.Reader;
        var running = Task.CompletedTask;
        CancellationTokenSource? current = null;
        try
        {
            while (await reader.WaitToReadAsync(cancellation))
            {
                var burst = new SortedSet<string>(StringComparer.Ordinal);
                do
                {
                    while (reader.TryRead(out var path))
                        burst.Add(path);
                    await Task.Delay(quiet, cancellation);
                }
                while (reader.TryPeek(out _));
                if (current is not null)
                    await current.CancelAsync();
                await Ended(running);
                current?.Dispose();
                current = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                var token = current.Token;
                IReadOnlyList<string> changed = [.. burst];
                running = Task.Run(() => onChange(changed, token), CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
        finally
        {
            // Stopped: the rebuild under way ends before the watcher does.
            await Ended(running);
            current?.Dispose();
        }
    }

    /// <summary>Waits for a call to end, however it ended (it reports its own failures).</summary>
    private static async Task Ended(Task call)
    {
        try
        {
            await call;
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
            watcher.Dispose();
    }
}
