using Digest.Core.Build;
using Digest.Tests.Support;

namespace Digest.Tests.Build;

/// <summary>
/// A site in a temporary folder for cache and rebuild tests: the seed story, every story of the
/// shared corpus when it is present, and a few stories of our own, one with an editor's overrides
/// and front matter fields of every shape (so the cache must bring all of them back exactly).
/// </summary>
public sealed class CachedSite : IDisposable
{
    private readonly Paths.TempFolder _folder = new();

    public string Path => _folder.Path;

    public string CacheFolder => System.IO.Path.Combine(Path, DigestCache.FolderName);

    public string EntriesFolder => System.IO.Path.Combine(CacheFolder, "stories");

    public IEnumerable<string> Entries => Directory.EnumerateFiles(EntriesFolder, "*.json").Order(StringComparer.Ordinal);

    public CachedSite(bool withCorpus = true)
    {
        _folder.Write("site.yml", "title: Harbour Desk\nbase_url: https://example.org/news\n");
        var stories = new List<string> { System.IO.Path.Combine(Paths.Repository, "content", "chrissy-teigen-son-memorial") };
        if (withCorpus && TestCorpora.SharedCorpusPresent)
            stories.AddRange(Directory.GetDirectories(Paths.Corpus).Where(d => Directory.EnumerateFiles(d, "*.md").Any()));
        foreach (var story in stories)
            foreach (var file in Directory.EnumerateFiles(story, "*.md"))
                _folder.Write(System.IO.Path.Combine("content", System.IO.Path.GetFileName(story), System.IO.Path.GetFileName(file)), File.ReadAllText(file));

        Write("content/ferry-aground/coastal.md", """
            ---
            title: Ferry Morven runs aground off Skerry Point
            outlet: Coastal Times
            date: 2023-03-14
            tags: [ferries, harbour]
            photographer: Ines Duarte
            credits: [Ines Duarte, Tom Bell]
            location: {harbour: Skerry, county: West Fold, grid: [12, 40]}
            ---
            The ferry Morven ran aground off Skerry Point on Tuesday night with 41 passengers aboard.

            Coastguard crews took everyone off by 2 a.m., a spokeswoman said. "Nobody was hurt," said Captain Ruth Ames.

            The coastguard praised the lifeboat crew.
            """);
        Write("content/ferry-aground/gazette.md", """
            ---
            title: Morven aground at Skerry, all 41 passengers safe
            outlet: West Fold Gazette
            date: 2023-03-15
            ---
            All 41 passengers of the ferry Morven were brought ashore after it ran aground off Skerry Point on Tuesday.

            "Nobody was hurt," Captain Ruth Ames told reporters. The operator said the ship would be towed to Port Elsby on Thursday.
            """);
        Write("content/ferry-aground/_story.yml", """
            headline: The Morven runs aground
            exclude:
              - The coastguard praised the lifeboat crew.
            note: |
              We *corrected* the number of passengers.
            """);
        Write("content/library-fire/daily.md", """
            ---
            title: Fire closes Elsby library
            outlet: Elsby Daily
            date: 2023-04-02
            ---
            A fire in the reading room closed Elsby's public library on Sunday, the fire service said.

            Librarian Maya Oduya, 52, said the children's collection was lost. The library will stay shut until June.
            """);
        Write("content/library-fire/radio.md", """
            ---
            title: Elsby library shut after reading-room fire
            outlet: Fold Radio
            date: 2023-04-03
            ---
            Elsby's public library is closed after a fire broke out in its reading room on Sunday.

            Head librarian Maya Oduya, 53, said about 3,000 children's books were destroyed.
            """);
    }

    public string Write(string relative, string text) => _folder.Write(relative, text);

    public BuildOptions Options(bool cache = true, string? output = null) =>
        new(Path, output ?? System.IO.Path.Combine(Path, "public")) { UseCache = cache };

    /// <summary>Every file of a site: a plan's files as rendered, a build's as written to its output folder.</summary>
    public static Dictionary<string, byte[]> Files(BuildResult result) =>
        result.Files.IsEmpty
            ? result.OutputPaths.ToDictionary(p => p, p => File.ReadAllBytes(System.IO.Path.Combine(result.OutputFolder, p)), StringComparer.Ordinal)
            : result.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);

    /// <summary>Asserts two builds gave the same files, byte for byte.</summary>
    public static void AssertSameBytes(BuildResult expected, BuildResult actual)
    {
        var a = Files(expected);
        var b = Files(actual);
        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in a)
            Assert.True(bytes.AsSpan().SequenceEqual(b[path]), $"{path} differs");
    }

    public void Dispose() => _folder.Dispose();
}
