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

    /// <summary>Runs <c>digest build</c> with the runtime told it has <paramref name="processors"/> cores; returns every file written.</summary>
    private static Dictionary<string, byte[]> Build(string siteFolder, string output, int processors)
    {
        var outputFolder = Path.Combine(siteFolder, "..", Path.GetFileName(siteFolder) + "-" + output);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "digest.dll"), "build", "--quiet", "--no-cache", "--source", siteFolder, "--output", outputFolder })
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
            Directory.Delete(outputFolder, recursive: true);
        }
    }
}
