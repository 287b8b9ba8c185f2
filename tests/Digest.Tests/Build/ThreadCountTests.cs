using System.Diagnostics;
using Digest.Tests.Support;

namespace Digest.Tests.Build;

/// <summary>
/// Clean, Merge, Render and Write run on all cores; the site they write must not depend on how
/// many there are. The published command is run as the publisher runs it, once limited to one
/// processor and once given several, and every file is compared byte for byte. Both merge every
/// story (no cache), so the second build cannot take the first one's digests.
/// </summary>
public class ThreadCountTests
{
    [Fact]
    public void One_core_and_several_write_the_same_bytes()
    {
        if (!TestCorpora.SharedCorpusPresent) Assert.Skip(TestCorpora.MissingCorpusMessage);
        using var site = new Paths.TempFolder();
        site.Write("site.yml", "title: Threads\nbase_url: https://example.org/\n");
        // Every story of the shared corpus and the seed story: many articles, so the work is split.
        foreach (var story in Directory.GetDirectories(Paths.Corpus).Append(Path.Combine(Paths.Repository, "content", "chrissy-teigen-son-memorial")))
            foreach (var file in Directory.EnumerateFiles(story, "*.md"))
                site.Write(Path.Combine("content", Path.GetFileName(story), Path.GetFileName(file)), File.ReadAllText(file));

        var one = Build(site.Path, "one", processors: 1);
        var several = Build(site.Path, "several", processors: 4);

        Assert.True(one.Count > 20, $"the site has only {one.Count} files");
        Assert.Equal(one.Keys.Order(StringComparer.Ordinal), several.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in one)
            Assert.True(bytes.AsSpan().SequenceEqual(several[path]), $"{path} differs between one core and four");
    }

    [Fact]
    public void A_rebuild_from_the_cache_on_one_core_writes_what_a_build_without_it_on_several_writes()
    {
        if (!TestCorpora.SharedCorpusPresent) Assert.Skip(TestCorpora.MissingCorpusMessage);
        using var site = new Paths.TempFolder();
        site.Write("site.yml", "title: Threads\nbase_url: https://example.org/\n");
        var stories = Directory.GetDirectories(Paths.Corpus).Where(d => Directory.EnumerateFiles(d, "*.md").Any()).Order(StringComparer.Ordinal).ToList();
        foreach (var story in stories)
            foreach (var file in Directory.EnumerateFiles(story, "*.md"))
                site.Write(Path.Combine("content", Path.GetFileName(story), Path.GetFileName(file)), File.ReadAllText(file));
        Build(site.Path, "cached", processors: 4, cache: true, keep: true);
        var edited = Directory.EnumerateFiles(Path.Combine(site.Path, "content", Path.GetFileName(stories[0])), "*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(edited, "\nThe council will meet on Tuesday to discuss the repairs.\n");

        // Stories from the cache as summaries, articles left unread, pages kept: on one core.
        var cached = Build(site.Path, "cached", processors: 1, cache: true);
        var fresh = Build(site.Path, "fresh", processors: 4);

        Assert.Equal(fresh.Keys.Order(StringComparer.Ordinal), cached.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in fresh)
            Assert.True(bytes.AsSpan().SequenceEqual(cached[path]), $"{path} differs between a cached rebuild on one core and a build without the cache on four");
    }

    /// <summary>Runs <c>digest build</c> with the runtime told it has <paramref name="processors"/> cores; returns every file written.</summary>
    /// <param name="cache">Use the site's build cache (else <c>--no-cache</c>).</param>
    /// <param name="keep">Leave the output folder for the next build to keep pages from.</param>
    private static Dictionary<string, byte[]> Build(string siteFolder, string output, int processors, bool cache = false, bool keep = false)
    {
        var outputFolder = Path.Combine(siteFolder, "..", Path.GetFileName(siteFolder) + "-" + output);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "digest.dll"), "build", "--quiet", "--source", siteFolder, "--output", outputFolder }
            .Concat(cache ? [] : ["--no-cache"]))
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_PROCESSOR_COUNT"] = processors.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"digest build with {processors} processor(s) failed: {stderr.Result}");
        try
        {
            return Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(outputFolder, f), File.ReadAllBytes, StringComparer.Ordinal);
        }
        finally
        {
            if (!keep)
                Directory.Delete(outputFolder, recursive: true);
        }
    }
}
