using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Digest.Core.Build;
using Digest.Tests.Support;

namespace Digest.Tests.Eval;

/// <summary>
/// The editor's score of the development set (the twelve stories of <c>../shared/corpus</c>, built as
/// one site the way <c>../shared/eval/devset.sh</c> builds them) never falls below its floors. Floors
/// are what main reached; a change that raises a class raises its floor here, so they only go up.
/// </summary>
public class DevSetFloorTests(ITestOutputHelper output)
{
    /// <summary>Each scorer class and the lowest rate (right / of, rounded down) main may show.</summary>
    private static readonly (string Class, double Floor)[] Floors =
    [
        ("same fact told once", 0.815),
        ("different facts kept apart", 1.000),
        ("merged details shown", 1.000),
        ("quote found", 0.975),
        ("speaker never the wrong person", 1.000),
        ("speaker right", 0.980),
        ("no speaker where the text names none", 1.000),
        ("non-quote not listed", 1.000),
        ("timeline: right date", 0.981),
        ("timeline: undatable not placed", 1.000),
        ("timeline: one entry per event", 0.913),
        ("person listed", 1.000),
        ("non-person not listed", 1.000),
        ("one entry per person", 1.000),
        ("false disagreement not shown", 1.000),
        ("boilerplate removed", 0.991),
        ("real content kept", 1.000),
        ("real disagreement shown", 0.714),
        ("age right", 1.000),
        ("distinct people kept apart", 1.000),
    ];

    [Fact]
    public void Development_set_scores_hold_their_floors()
    {
        var scores = ScoreDevelopmentSet();
        foreach (var (name, (right, of)) in scores.OrderBy(s => s.Key, StringComparer.Ordinal))
            output.WriteLine($"{name,-40} {right,5} / {of,-5} {Rate(right, of):P1}");

        var missing = Floors.Where(f => !scores.ContainsKey(f.Class)).Select(f => $"{f.Class}: not reported by the scorer");
        var below = Floors.Where(f => scores.ContainsKey(f.Class))
            .Select(f => (f.Class, f.Floor, Rate: Rate(scores[f.Class].Right, scores[f.Class].Of)))
            .Where(f => f.Rate < f.Floor - 1e-9)
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Class}: {f.Rate:P1} is below its floor {f.Floor:P1}"));
        Assert.Empty(missing.Concat(below));
    }

    private static double Rate(int right, int of) => of == 0 ? 1.0 : (double)right / of;

    private static Dictionary<string, (int Right, int Of)> ScoreDevelopmentSet()
    {
        if (!TestCorpora.SharedCorpusPresent)
            Assert.Skip(TestCorpora.MissingCorpusMessage);
        var scorer = Path.Combine(Paths.Corpus, "..", "eval", "score_digests.py");
        var annotations = Path.Combine(Paths.Corpus, "annotations");
        if (!File.Exists(scorer) || !Directory.Exists(annotations))
            Assert.Skip("../shared/eval/score_digests.py or the corpus annotations are absent");

        using var site = new Paths.TempFolder();
        foreach (var story in Directory.GetDirectories(Paths.Corpus).Where(d => Path.GetFileName(d) != "annotations"))
            foreach (var file in Directory.GetFiles(story, "*.md"))
                site.Write(Path.Combine("content", Path.GetFileName(story), Path.GetFileName(file)), File.ReadAllText(file));
        site.Write("site.yml", "title: Development set\nbase_url: https://example.org/\n");
        var outputFolder = Path.Combine(site.Path, "out");
        var result = SiteBuilder.Build(new BuildOptions(site.Path, outputFolder));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var json = RunScorer(scorer, outputFolder, annotations);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(
            c => c.Name, c => (c.Value.GetProperty("right").GetInt32(), c.Value.GetProperty("of").GetInt32()));
    }

    /// <summary>Runs the shared scorer with <c>--json</c> and returns its first line.</summary>
    private static string RunScorer(string scorer, string siteOutput, string annotations)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { scorer, siteOutput, annotations, "--json" })
            start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("python3 is not on PATH; the development-set scorer needs it");
            throw;
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"score_digests.py failed: {stderr.Result}");
            return stdout.Split('\n')[0];
        }
    }
}
