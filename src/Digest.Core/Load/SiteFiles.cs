using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Digest.Core.Load;

/// <summary>
/// Lists the files below one folder of the site (<c>content/</c>, <c>templates/</c>, <c>static/</c>)
/// without reading anything from outside the site: a symbolic link inside the folder is followed
/// only where it leads to a place inside the site folder or inside the listed folder itself (which
/// may be a link to a shared archive); a link leading elsewhere, nowhere, or round in a circle is
/// an error and skipped: like any broken file, it costs only itself. Unless <c>everything</c> is asked for (<c>static/</c>, whose
/// <c>.well-known/</c> is published), names starting with <c>.</c> or <c>#</c> or ending in <c>~</c>
/// (editor swap, lock and backup files, version-control folders) are not site files.
/// </summary>
public static class SiteFiles
{
    /// <returns>Paths relative to the site folder with forward slashes, in ordinal order, and warnings.</returns>
    public static (ImmutableArray<string> Files, ImmutableArray<Diagnostic> Diagnostics) List(
        string siteFolder, string folder, Func<string, bool> include, bool everything = false)
    {
        var root = Path.Combine(siteFolder, folder);
        if (!Directory.Exists(root))
            return ([], []);
        var site = RealPath(siteFolder);
        var realRoot = RealPath(root);
        bool InsideSite(string real) => IsInside(real, site) || IsInside(real, realRoot);

        var files = new List<string>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { realRoot };
        var pending = new Stack<(string Shown, string Real)>([(folder.Replace('\\', '/'), realRoot)]);
        while (pending.TryPop(out var current))
        {
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(current.Real).EnumerateFileSystemInfos().ToArray();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Warning(current.Shown, 1, 1, $"cannot list this folder ({e.Message.TrimEnd('.')}); its files are left out"));
                continue;
            }
            foreach (var entry in entries)
            {
                if (!everything && !IsSiteFile(entry.Name))
                    continue;
                var shown = $"{current.Shown}/{entry.Name}";
                var real = Path.Combine(current.Real, entry.Name);
                FileSystemInfo target = entry;
                // Told from what listing the folder gave (a link's attributes), not by asking each file where it leads:
                // a rebuild lists every file of the site, and that was two more system calls a file.
                var isLink = entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
                if (isLink)
                {
                    var (resolved, problem) = Resolve(entry);
                    if (resolved is not null && !InsideSite(RealPath(resolved.FullName)))
                        problem = $"a symbolic link to {resolved.FullName}, outside the site folder: not followed; copy what it points to into the site";
                    if (problem is not null)
                    {
                        diagnostics.Add(Diagnostic.Error(shown, 1, 1, problem));
                        continue;
                    }
                    target = resolved!;
                    real = RealPath(resolved!.FullName);
                }
                if (target is DirectoryInfo || (isLink && Directory.Exists(real)))
                {
                    if (visited.Add(real))
                        pending.Push((shown, real));
                    else if (isLink)
                        diagnostics.Add(Diagnostic.Error(shown, 1, 1, "a symbolic link to a folder already read (a loop): not followed; remove it"));
                }
                else if (include(entry.Name))
                {
                    files.Add(shown);
                }
            }
        }
        files.Sort(StringComparer.Ordinal);
        return ([.. files], [.. diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal)]);
    }

    /// <summary>Not a swap, lock or backup file of an editor, nor a hidden file or folder.</summary>
    public static bool IsSiteFile(string name) =>
        name.Length > 0 && name[0] is not '.' and not '#' && !name.EndsWith('~');

    private static (FileSystemInfo? Target, string? Problem) Resolve(FileSystemInfo link)
    {
        try
        {
            var target = link.ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: true } ? (target, null)
                : (null, "a symbolic link that leads nowhere: not followed; fix or remove it");
        }
        catch (IOException)
        {
            return (null, "a symbolic link that leads round in a circle: not followed; remove it");
        }
    }

    private static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The absolute path with every symbolic link along it resolved (the C library's realpath); the path itself where that fails.</summary>
    internal static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows())
            return full;
        var resolved = realpath(full, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
            return full;
        try { return Marshal.PtrToStringUTF8(resolved) ?? full; }
        finally { free(resolved); }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);
}
