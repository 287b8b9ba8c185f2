namespace Digest.Core.Write;

/// <summary>
/// Removes a folder Digest wrote (a replaced site, a staging folder) with its contents, its
/// subfolders on all cores: a site of ten thousand articles is some five thousand folders, and
/// removing them one after another was most of a cached rebuild's Write stage.
/// </summary>
/// <remarks>
/// A link found inside is removed as a link: what it leads to, inside the folder or out of it,
/// is never entered or deleted. The same files go as with <see cref="Directory.Delete(string, bool)"/>.
/// </remarks>
internal static class FolderRemover
{
    /// <summary>Removes <paramref name="folder"/> and everything in it, if it exists.</summary>
    /// <param name="allCores">Remove subfolders on all cores; on one thread (in the background, beside a build that needs the cores) if false.</param>
    /// <param name="stop">Stops the removal at the next folder (with an <see cref="OperationCanceledException"/>), what is left left.</param>
    public static void RemoveIfPresent(string folder, bool allCores = true, CancellationToken stop = default)
    {
        var root = new DirectoryInfo(folder);
        if (!root.Exists)
            return;
        if (root.LinkTarget is not null)
        {
            root.Delete();
            return;
        }
        try
        {
            Remove(root, allCores, stop);
        }
        catch (AggregateException e)
        {
            // The first failure as itself, as a removal on one thread would report it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.Flatten().InnerExceptions[0]);
        }
    }

    private static void Remove(DirectoryInfo folder, bool allCores, CancellationToken stop)
    {
        stop.ThrowIfCancellationRequested();
        var subfolders = new List<DirectoryInfo>();
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            // An entry enumerated as a folder may be a link to one: only a real folder is entered.
            if (entry is DirectoryInfo sub && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                subfolders.Add(sub);
            else
                File.Delete(entry.FullName); // a file, or a link (to a file or a folder) as itself
        }
        if (subfolders.Count == 1 || (!allCores && subfolders.Count > 1))
            foreach (var subfolder in subfolders)
                Remove(subfolder, allCores, stop);
        else if (subfolders.Count > 1)
            Parallel.ForEach(subfolders, subfolder => Remove(subfolder, allCores, stop));
        folder.Delete();
    }
}
