namespace Digest.Tests.Support;

/// <summary>Where the repository and the shared test material are, found from the test binary.</summary>
public static class Paths
{
    public static string Repository { get; } = FindRepository();

    /// <summary>
    /// <c>../shared/corpus</c> beside the repository: real multi-outlet stories, never copied in.
    /// <c>DIGEST_CORPUS</c> points elsewhere; else a <c>shared/corpus</c> beside a folder above is used
    /// (a git worktree has no <c>../shared</c> beside it).
    /// </summary>
    public static string Corpus =>
        Environment.GetEnvironmentVariable("DIGEST_CORPUS") is { Length: > 0 } corpus
            ? Path.GetFullPath(corpus)
            : Shared("corpus");

    public static string Seeds => Shared("seeds");

    /// <summary>
    /// <c>shared/NAME</c> beside the repository, or beside a folder above it (a git worktree in
    /// <c>wt/NAME</c> sits one level deeper than the main checkout).
    /// </summary>
    private static string Shared(string name)
    {
        for (var dir = Directory.GetParent(Repository); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", name);
            if (Directory.Exists(candidate))
                return candidate;
        }
        return Path.GetFullPath(Path.Combine(Repository, "..", "shared", name));
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Digest.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Digest.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A fresh empty folder under the system temp folder, removed when disposed.</summary>
    public sealed class TempFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "digest-tests-" + Guid.NewGuid().ToString("N"));
        public TempFolder() => Directory.CreateDirectory(Path);
        public string Write(string relative, string text)
        {
            var full = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
            return full;
        }
        public void Dispose()
        {
            try { Directory.Delete(Path, true); } catch (IOException) { }
        }
    }
}
