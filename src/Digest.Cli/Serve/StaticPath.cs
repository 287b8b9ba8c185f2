namespace Digest.Cli.Serve;

/// <summary>
/// Maps a request path to a file inside the output folder, or to nothing. Each segment is
/// percent-decoded here, once, and any segment that could climb out or hide (<c>..</c>, <c>.</c>,
/// dot-files, encoded slashes or backslashes, NUL) refuses the whole request; the result is then
/// checked to lie inside the folder, and a symbolic link is never followed.
/// </summary>
internal static class StaticPath
{
    public sealed record Resolution(string? File, string? Redirect);

    private static readonly Resolution NotFound = new(null, null);

    public static Resolution Resolve(string outputFolder, string rawPath)
    {
        if (!rawPath.StartsWith('/'))
            return NotFound;
        var root = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var segments = new List<string>();
        foreach (var raw in rawPath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = Uri.UnescapeDataString(raw);
            if (segment.StartsWith('.') || segment.IndexOfAny(['/', '\\', '\0', ':']) >= 0)
                return NotFound;
            segments.Add(segment);
        }

        var full = Path.GetFullPath(Path.Join([root, .. segments]));
        if (full != root && !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return NotFound;
        if (Directory.Exists(full))
        {
            // Pages link relatively ("../../assets/style.css"), which only works from "/stories/x/".
            if (!rawPath.EndsWith('/'))
                return new Resolution(null, rawPath + "/");
            full = Path.Combine(full, "index.html");
        }
        if (!File.Exists(full) || IsLink(root, full))
            return NotFound;
        return new Resolution(full, null);
    }

    private static bool IsLink(string root, string file)
    {
        for (var path = file; path.Length > root.Length; path = Path.GetDirectoryName(path)!)
            if (new FileInfo(path).LinkTarget is not null)
                return true;
        return false;
    }
}
