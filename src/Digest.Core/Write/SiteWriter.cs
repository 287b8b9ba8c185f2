using System.Collections.Immutable;
using Digest.Core.Render;

namespace Digest.Core.Write;

/// <summary>
/// Writes the site into its output folder atomically: everything goes to a fresh sibling folder
/// first, which then takes the output folder's place. A build that fails half-way leaves the last
/// good site untouched.
/// </summary>
public static class SiteWriter
{
    public static void Write(string outputFolder, ImmutableArray<OutputFile> files)
    {
        var target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new InvalidOperationException($"cannot write the site to the root folder {target}");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        var previous = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");
        DeleteIfPresent(staging);
        DeleteIfPresent(previous);

        try
        {
            Directory.CreateDirectory(staging);
            foreach (var file in files)
            {
                var path = ResolveInside(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }

            if (Directory.Exists(target))
                Directory.Move(target, previous);
            Directory.Move(staging, target);
        }
        catch
        {
            DeleteIfPresent(staging);
            if (!Directory.Exists(target) && Directory.Exists(previous))
                Directory.Move(previous, target);
            throw;
        }
        DeleteIfPresent(previous);
    }

    /// <summary>
    /// Refuses an output folder whose replacement would delete the site's own files: the site
    /// folder itself, a folder above it, or one inside its content or templates.
    /// </summary>
    public static void EnsureSafeTarget(string outputFolder, string siteFolder)
    {
        var output = Normalise(outputFolder);
        var site = Normalise(siteFolder);
        var inside = (string folder, string parent) => folder == parent || folder.StartsWith(parent + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (inside(site, output))
            throw new InvalidOperationException(
                $"refusing to build into {outputFolder}: the output folder is replaced on every build, and it holds the site itself; choose a folder of its own such as 'public'");
        foreach (var own in new[] { "content", "templates" })
            if (inside(output, Path.Combine(site, own)))
                throw new InvalidOperationException(
                    $"refusing to build into {outputFolder}: it is inside the site's {own}/ folder; choose a folder of its own such as 'public'");
    }

    private static string Normalise(string folder) => Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);

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

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
}
