using System.Threading.Channels;
using Digest.Core.Load;

namespace Digest.Cli.Serve;

/// <summary>
/// Watches what a build reads (content/, templates/, site.yml) and calls back once per burst of
/// changes: an editor's save is often several file events, and a copy of many files is many more.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly FileSystemWatcher watcher;
    private readonly Channel<string> changes = Channel.CreateUnbounded<string>();
    private readonly string siteFolder;

    public SiteWatcher(string siteFolder)
    {
        this.siteFolder = Path.GetFullPath(siteFolder);
        watcher = new FileSystemWatcher(this.siteFolder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Offer(e.FullPath);
        watcher.Created += (_, e) => Offer(e.FullPath);
        watcher.Deleted += (_, e) => Offer(e.FullPath);
        watcher.Renamed += (_, e) => { Offer(e.OldFullPath); Offer(e.FullPath); };
        // Lost events (buffer overflow) could hide any change: rebuild to be safe.
        watcher.Error += (_, _) => changes.Writer.TryWrite(ContentLoader.ContentFolder);
        watcher.EnableRaisingEvents = true;
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

    private void Offer(string fullPath)
    {
        var relative = Path.GetRelativePath(siteFolder, fullPath).Replace('\\', '/');
        if (Matters(relative))
            changes.Writer.TryWrite(relative);
    }

    /// <summary>Calls <paramref name="onChange"/> after each burst of changes has been quiet for <paramref name="quiet"/>.</summary>
    public async Task RunAsync(TimeSpan quiet, Action<IReadOnlyList<string>> onChange, CancellationToken cancellation)
    {
        var reader = changes.Reader;
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
                onChange([.. burst]);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
    }

    public void Dispose() => watcher.Dispose();
}
