using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Digest.Core.Render;

namespace Digest.Core.Write;

/// <summary>A file copied into the output as it is, from the site's <c>static/</c> folder.</summary>
/// <param name="Path">Where it goes, relative to the output folder, with forward slashes.</param>
/// <param name="Source">The file to copy, an absolute path.</param>
public sealed record StaticFile(string Path, string Source);

/// <summary>What a write did: files written anew, and files the previous site already held byte for byte, linked (or copied) from it.</summary>
/// <param name="Manifest">What this write put in the output folder, for the next build; null unless the stage was given a record of the previous write.</param>
public sealed record WriteCounts(int Written, int Unchanged, OutputManifest? Manifest = null);

/// <summary>
/// Writes the site into its output folder atomically: everything goes to a fresh sibling folder
/// first, which then takes the output folder's place in one step (Linux <c>renameat2</c> with
/// <c>RENAME_EXCHANGE</c>). Where one step is impossible it takes two renames, and a build killed
/// between them leaves the previous site beside the output folder, which the next build puts back
/// before anything else. Every build leaves <see cref="MarkerFile"/> in its output: a folder
/// without it was not written by Digest and is never replaced unless the publisher says so.
/// A file the previous site holds with the same bytes is hard-linked from it into the staging
/// folder instead of written again (where links cannot be made, it is written), so an edit that
/// changes three pages writes three pages, and unchanged files keep their dates for deploy tools.
/// </summary>
public static class SiteWriter
{
    public const string MarkerFile = ".digest-build";

    /// <summary>A replaced site being removed in the background: <c>.public.trashN-PID</c>.</summary>
    private const string TrashKind = "trash";

    /// <summary>A replaced site left for the next build to remove: <c>.public.replacedN-PID</c>. Nothing reads it, so any build may remove it.</summary>
    private const string ReplacedKind = "replaced";

    private static int _trashCount;

    private static readonly byte[] Marker =
        "Written by digest build, which replaces this folder whole on every build: put files of your own in the site's static/ folder.\n"u8.ToArray();

    /// <summary>What becomes of the site a commit replaces (see <see cref="StagedSite.Commit"/>).</summary>
    public enum ReplacedSite
    {
        /// <summary>Removed before the commit returns.</summary>
        Removed,

        /// <summary>Moved aside and removed in the background by this process (<c>digest serve</c>).</summary>
        RemovedInBackground,

        /// <summary>Moved aside for the next build to remove while it works (<see cref="SweepReplaced"/>).</summary>
        LeftForNextBuild,
    }

    /// <summary>
    /// Starts removing, in the background, the sites earlier builds replaced and left beside <paramref name="outputFolder"/>
    /// (<see cref="ReplacedSite.LeftForNextBuild"/>, or a background removal a process ended before finishing): only folders
    /// under the names Digest gives them, of processes no longer running. Nothing else removes them (a build's own cleaning up,
    /// <c>Recover</c>, leaves them alone), so a build need not wait for it before it writes; told to <paramref name="stop"/>, it
    /// stops at the next folder and leaves the rest to the next build.
    /// </summary>
    public static Task SweepReplaced(string outputFolder, CancellationToken stop = default)
    {
        var target = Normalise(outputFolder);
        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent))
            return Task.CompletedTask;
        var name = Path.GetFileName(target);
        return Task.Run(() =>
        {
            try
            {
                foreach (var folder in Directory.EnumerateDirectories(parent, $".{name}.*").Order(StringComparer.Ordinal).ToList())
                    if (LeftBehind(Path.GetFileName(folder)[(name.Length + 2)..]) is var (kind, pid)
                        && (kind == ReplacedKind || (kind == TrashKind && pid != Environment.ProcessId && !IsRunning(pid))))
                        FolderRemover.RemoveIfPresent(folder, allCores: false, stop); // the build has work for the cores
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException)
            {
                // Left for the next build: a replaced site costs only room on the disk until then.
            }
        });
    }

    /// <summary>Writes <paramref name="files"/> (on all cores) and <paramref name="copies"/> as the new site at <paramref name="outputFolder"/>.</summary>
    public static WriteCounts Write(string outputFolder, ImmutableArray<OutputFile> files, ImmutableArray<StaticFile> copies = default)
    {
        using var site = Stage(outputFolder);
        try
        {
            // Each file is written whole by one thread, so the bytes are the same at any thread count.
            Parallel.ForEach(files, site.Add);
        }
        catch (AggregateException e)
        {
            // The first failure as itself (a refused path, a full disk), as one thread would report it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        return site.Commit(copies);
    }

    /// <summary>
    /// Starts a new site for <paramref name="outputFolder"/> in a staging folder beside it, to which
    /// files are added one by one as they are rendered; <see cref="StagedSite.Commit"/> swaps it in,
    /// and disposing it uncommitted removes it, leaving the last good site.
    /// </summary>
    /// <param name="previous">What the last build wrote there (from the build cache), or null: with it, pages are kept and
    /// unchanged files linked by their record, without reading the old files, and the commit returns the new record.</param>
    /// <param name="removeLater">A long-running process (<c>digest serve</c>): a site given up uncommitted is removed in the background, like a replaced one.</param>
    public static StagedSite Stage(string outputFolder, OutputManifest? previous = null, bool removeLater = false)
    {
        var target = Normalise(outputFolder);
        var parent = Path.GetDirectoryName(target) ?? throw new InvalidOperationException($"cannot write the site to the root folder {target}");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        Recover(parent, name, target);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        Directory.CreateDirectory(staging);
        try
        {
            File.WriteAllBytes(Path.Combine(staging, MarkerFile), Marker);
        }
        catch
        {
            FolderRemover.RemoveIfPresent(staging);
            throw;
        }
        // Only a site Digest wrote is linked from: it holds no links that could lead out of it.
        var old = File.Exists(Path.Combine(target, MarkerFile)) ? new PreviousSite(target) : null;
        return new StagedSite(target, staging, Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}"), old, old is null && previous is not null ? OutputManifest.Empty : previous)
        {
            RemoveLater = removeLater,
        };
    }

    /// <summary>A site being written beside its output folder, not yet in its place.</summary>
    public sealed class StagedSite : IDisposable, IRenderTarget
    {
        private readonly string _target;
        private readonly string _staging;
        private readonly string _previous;
        private readonly PreviousSite? _old;
        private readonly OutputManifest? _before;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, WrittenFile> _now = new(StringComparer.Ordinal);
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
        /// <summary>Old files <see cref="Holds"/> found standing as recorded, by path, until <see cref="Keep"/> links them.</summary>
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Old, WrittenFile Written)> _held = new(StringComparer.Ordinal);
        private int _written;
        private int _unchanged;
        private bool _done;

        internal StagedSite(string target, string staging, string previous, PreviousSite? old, OutputManifest? before) =>
            (_target, _staging, _previous, _old, _before) = (target, staging, previous, old, before);

        /// <summary>Remove a site given up uncommitted in the background (see <see cref="Stage"/>).</summary>
        internal bool RemoveLater { get; init; }

        /// <summary>Adds one file: linked from the previous site if it holds the same bytes, else written. Safe on several threads.</summary>
        public void Add(OutputFile file) => Add(file, null);

        /// <summary>Adds one file made from <paramref name="key"/> (null: not keyed): linked from the previous site if it holds the same bytes, else written.</summary>
        public void Add(OutputFile file, string? key)
        {
            var path = StagingPath(file.Path);
            var hash = _before is null ? null : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file.Content));
            var old = _old?.PlainFile(file.Path);
            // With a record of the last write, its hash says whether the old file holds these bytes; without one, they are compared.
            var recorded = old is null || _before is null ? null : _before.Intact(file.Path, old);
            var same = old is not null && (recorded is not null ? recorded.Hash == hash && CanLink && link(old.FullName, path) == 0 : LinkIfUnchanged(old, path, file.Content));
            if (same)
            {
                Interlocked.Increment(ref _unchanged);
                if (hash is not null)
                    _now[file.Path] = recorded is not null ? recorded with { Key = key } : Stamped(path, key, hash);
            }
            else
            {
                File.WriteAllBytes(path, file.Content);
                Interlocked.Increment(ref _written);
                if (hash is not null)
                    _now[file.Path] = Stamped(path, key, hash);
            }
        }

        /// <summary>Whether the previous site holds <paramref name="path"/> as the last write recorded it, made under <paramref name="key"/>.</summary>
        /// <remarks>What it finds is remembered for <see cref="Keep"/>, which a renderer calls next for the same page: one look at the old file, not two.</remarks>
        public bool Holds(string path, string key)
        {
            if (_held.TryGetValue(path, out var found))
                return found.Written.Key == key;
            if (!CanLink || _before is null || !_before.Files.TryGetValue(path, out var recorded) || recorded.Key != key
                || _old?.PlainFile(path) is not { } old || _before.Intact(path, old) is not { } written)
                return false;
            _held[path] = (old.FullName, written);
            return true;
        }

        /// <summary>Links the previous site's <paramref name="path"/> into the new site, if it still stands as recorded.</summary>
        public bool Keep(string path, string key)
        {
            if (!_held.TryRemove(path, out var held))
            {
                if (!CanLink || _before is null || _old?.PlainFile(path) is not { } old || _before.Intact(path, old) is not { } intact)
                    return false;
                held = (old.FullName, intact);
            }
            if (held.Written.Key != key || link(held.Old, StagingPath(path)) != 0)
                return false;
            Interlocked.Increment(ref _unchanged);
            _now[path] = held.Written;
            return true;
        }

        private string StagingPath(string relativePath)
        {
            var path = ResolveInside(_staging, relativePath);
            var folder = Path.GetDirectoryName(path)!;
            // Made before it is recorded, so no other thread writes into a folder not made yet.
            _folders.GetOrAdd(folder, f =>
            {
                Directory.CreateDirectory(f);
                return 0;
            });
            return path;
        }

        private static WrittenFile Stamped(string path, string? key, string hash)
        {
            var info = new FileInfo(path);
            return new WrittenFile(key, hash, info.Length, info.LastWriteTimeUtc.Ticks);
        }

        /// <summary>Copies <paramref name="copies"/> in and puts the new site in the output folder's place in one step.</summary>
        /// <param name="replaced">What becomes of the replaced site: removed now, removed in the background (a long-running
        /// process: <c>digest serve</c>), or left under a name of its own beside the output for the next build to remove
        /// while it works (<see cref="SweepReplaced"/>): removing some thirteen thousand files and folders of a large site
        /// was a tenth of a rebuild after one edit, and a process that ends would leave a removal half done anyway.</param>
        public WriteCounts Commit(ImmutableArray<StaticFile> copies = default, ReplacedSite replaced = ReplacedSite.Removed)
        {
            _done = true;
            try
            {
                foreach (var copy in copies.IsDefault ? [] : copies)
                {
                    var path = ResolveInside(_staging, copy.Path);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.Copy(copy.Source, path, overwrite: true);
                }
                if (!Directory.Exists(_target))
                    Directory.Move(_staging, _target);
                else if (!Exchange(_staging, _target))
                {
                    Directory.Move(_target, _previous);
                    Directory.Move(_staging, _target);
                }
            }
            catch
            {
                if (!Directory.Exists(_target) && Directory.Exists(_previous))
                    Directory.Move(_previous, _target);
                FolderRemover.RemoveIfPresent(_staging);
                throw;
            }
            // After an exchange the staging name holds the old site; after two renames, the previous name.
            if (replaced != ReplacedSite.Removed)
                foreach (var folder in new[] { _staging, _previous }.Where(Directory.Exists))
                {
                    if (replaced == ReplacedSite.RemovedInBackground)
                        RemoveInBackground(MoveAside(folder, TrashKind));
                    else
                        MoveAside(folder, ReplacedKind);
                }
            FolderRemover.RemoveIfPresent(_staging);
            FolderRemover.RemoveIfPresent(_previous);
            return new WriteCounts(_written, _unchanged, _before is null ? null
                : new OutputManifest(_now.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal)));
        }

        /// <summary>An uncommitted site (the build failed or was given up part way) is removed; the last good site stays.</summary>
        public void Dispose()
        {
            if (!_done && RemoveLater)
            {
                try
                {
                    RemoveInBackground(MoveAside(_staging, TrashKind));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Not moved aside (or never made): removed here.
                }
            }
            if (!_done)
                FolderRemover.RemoveIfPresent(_staging);
            _done = true;
        }

        /// <summary>Moves <paramref name="folder"/> aside under a name of its own beside the output (<paramref name="kind"/>N-PID), which only a removal takes.</summary>
        private string MoveAside(string folder, string kind)
        {
            var aside = Path.Combine(Path.GetDirectoryName(_target)!,
                $".{Path.GetFileName(_target)}.{kind}{Interlocked.Increment(ref _trashCount)}-{Environment.ProcessId}");
            Directory.Move(folder, aside);
            return aside;
        }

        /// <summary>Removes <paramref name="trash"/> in the background.</summary>
        private static void RemoveInBackground(string trash)
        {
            _ = Task.Run(() =>
            {
                try
                {
                    // One thread: a core is left for serving and for the next rebuild.
                    Directory.Delete(trash, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Left for the next build, which removes trash of processes that have ended.
                }
            });
        }
    }

    /// <summary>
    /// Links <paramref name="old"/> to <paramref name="path"/> if it is a plain file holding exactly
    /// <paramref name="content"/>; false (nothing made) if it differs, is missing or a link, or links
    /// are not possible here (another file system, no hard links).
    /// </summary>
    /// <summary>How much of an old file is read and compared at a time.</summary>
    private const int ComparedAtOnce = 64 * 1024;

    private static bool LinkIfUnchanged(FileInfo old, string path, byte[] content)
    {
        if (!CanLink || old.Length != content.Length)
            return false;
        try
        {
            using (var stream = new FileStream(old.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan))
            {
                // Compared a piece at a time through a pooled buffer: a copy of every old file, as large as the page, was
                // most of what writing allocated, and a large page's copy went to the large-object heap.
                var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(content.Length, ComparedAtOnce));
                try
                {
                    for (var at = 0; at < content.Length;)
                    {
                        var read = stream.Read(buffer, 0, Math.Min(buffer.Length, content.Length - at));
                        if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(content.AsSpan(at, read)))
                            return false;
                        at += read;
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
            return link(old.FullName, path) == 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The site being replaced, as a source of unchanged files: only files reached without following a link.</summary>
    internal sealed class PreviousSite(string root)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _plainFolders = new(StringComparer.Ordinal);

        /// <summary>
        /// The previous site's file at <paramref name="relativePath"/>, as it stands now, if neither it nor a folder above it inside the
        /// site is a link; else null. One look at the file (<c>lstat</c>): a link is told by its attributes, without reading where it leads.
        /// </summary>
        public FileInfo? PlainFile(string relativePath)
        {
            var path = ResolveInside(root, relativePath);
            return PlainFolder(Path.GetDirectoryName(path)!) && new FileInfo(path) is { Exists: true } info && !info.Attributes.HasFlag(FileAttributes.ReparsePoint)
                ? info : null;
        }

        private bool PlainFolder(string folder) => folder.Length <= root.Length
            || _plainFolders.GetOrAdd(folder, f => new DirectoryInfo(f) is { Exists: true, LinkTarget: null } && PlainFolder(Path.GetDirectoryName(f)!));
    }

    private static bool CanLink => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    [DllImport("libc", SetLastError = true)]
    private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);

    /// <summary>
    /// Why the site must not be written to <paramref name="outputFolder"/>, or null: the output
    /// folder is replaced whole, so it must not hold the site itself, sit inside the site's own
    /// folders, or hold files Digest did not write (unless <paramref name="replaceForeign"/>).
    /// </summary>
    public static string? Refusal(string outputFolder, string siteFolder, bool replaceForeign)
    {
        var output = Normalise(outputFolder);
        var site = Normalise(siteFolder);
        if (IsInside(site, output))
            return "the output folder is replaced on every build, and it holds the site itself; choose a folder of its own such as 'public'";
        foreach (var own in new[] { "content", "templates", "static" })
            if (IsInside(output, Path.Combine(site, own)))
                return $"it is inside the site's {own}/ folder; choose a folder of its own such as 'public'";
        if (File.Exists(output))
            return "it is a file, not a folder; choose a folder such as 'public'";
        if (!Directory.Exists(output) || File.Exists(Path.Combine(output, MarkerFile)) || replaceForeign)
            return null;
        var foreign = Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal).Take(4).ToList();
        if (foreign.Count == 0)
            return null;
        return $"it holds files Digest did not write ({string.Join(", ", foreign.Take(3))}{(foreign.Count > 3 ? ", ..." : "")}), and a build replaces the whole folder. "
            + "Put files you want published in the site's static/ folder (copied into every build), build into a new or empty folder, "
            + "or pass --force to replace this one (also once for a folder an older Digest built)";
    }

    /// <summary>Maps an output path to a file inside <paramref name="root"/>; a path that would leave it is refused.</summary>
    public static string ResolveInside(string root, string relativePath)
    {
        if (relativePath.Length == 0 || Path.IsPathRooted(relativePath) || relativePath.Contains('\0'))
            throw new InvalidOperationException($"refusing to write '{relativePath}': output paths must be relative");
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        var prefix = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write '{relativePath}': it would leave the output folder");
        return full;
    }

    /// <summary>
    /// Cleans up after builds that were killed: a previous site left beside a missing output
    /// folder goes back in place; other staging and previous folders go. Folders of a build still
    /// running (another process) are left alone, and replaced sites to <see cref="SweepReplaced"/>.
    /// </summary>
    private static void Recover(string parent, string name, string target)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, $".{name}.*").Order(StringComparer.Ordinal))
        {
            var suffix = Path.GetFileName(folder)[(name.Length + 2)..];
            var (kind, pid) = LeftBehind(suffix);
            // Folders of a build still running are its own; replaced sites are removed in the background (SweepReplaced).
            if (kind is null or TrashKind or ReplacedKind || (pid != Environment.ProcessId && IsRunning(pid)))
                continue;
            if (suffix.StartsWith("previous", StringComparison.Ordinal) && !Directory.Exists(target))
                Directory.Move(folder, target);
            else
                FolderRemover.RemoveIfPresent(folder);
        }
    }

    /// <summary>
    /// What a folder named <c>.NAME.SUFFIX</c> beside the output was left as (<c>staging</c>, <c>previous</c>, <see cref="TrashKind"/>
    /// or <see cref="ReplacedKind"/>, from <c>staging-PID</c>, <c>trashN-PID</c> and so on) and by which process; a null kind if it is
    /// none of the names Digest gives.
    /// </summary>
    private static (string? Kind, int Pid) LeftBehind(string suffix)
    {
        var dash = suffix.LastIndexOf('-');
        var kind = dash < 0 ? "" : suffix[..dash];
        if (dash < 0 || !int.TryParse(suffix[(dash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid))
            return (null, -1);
        if (kind is "staging" or "previous")
            return (kind, pid);
        foreach (var numbered in new[] { TrashKind, ReplacedKind })
            if (kind.StartsWith(numbered, StringComparison.Ordinal) && kind.Length > numbered.Length && kind[numbered.Length..].All(char.IsAsciiDigit))
                return (numbered, pid);
        return (null, -1);
    }

    internal static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Swaps two folders in one step where the system can; false where it cannot (then nothing moved).</summary>
    private static bool Exchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
            return false;
        try
        {
            return renameat2(AtCurrentFolder, a, AtCurrentFolder, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // a C library without renameat2
        }
    }

    private const int AtCurrentFolder = -100;
    private const uint RenameExchange = 2;

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int oldFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    private static bool IsInside(string folder, string parent) =>
        folder == parent || folder.StartsWith(parent + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Normalise(string folder) => Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
}
