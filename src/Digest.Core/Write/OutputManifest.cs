namespace Digest.Core.Write;

/// <summary>One file a build wrote: the key of the page it was made from (null for files not keyed), a SHA-256 of its bytes, and how it stood on disk once written.</summary>
public sealed record WrittenFile(string? Key, string Hash, long Length, long Modified);

/// <summary>
/// What the last build wrote to an output folder, file by file, so that the next build can keep a page
/// made from the same key, or link a file rendered to the same bytes, without reading the old file.
/// A file is trusted only while its length and modification time are those recorded: anything that
/// touched it since makes the next build compare its bytes (or render it) as if there were no record.
/// </summary>
public sealed record OutputManifest(IReadOnlyDictionary<string, WrittenFile> Files)
{
    public static OutputManifest Empty { get; } = new(new Dictionary<string, WrittenFile>(StringComparer.Ordinal));

    /// <summary>The record of <paramref name="path"/> if <paramref name="file"/> (a plain file, as it stands now) still stands as recorded; else null.</summary>
    public WrittenFile? Intact(string path, FileInfo file) =>
        Files.TryGetValue(path, out var written) && file.Length == written.Length && file.LastWriteTimeUtc.Ticks == written.Modified ? written : null;
}
