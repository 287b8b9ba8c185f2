using System.Globalization;
using Digest.Core.Merge;
using Digest.Core.Merge.Analysis;
using Digest.Tests.Support;

namespace Digest.Tests.Merge;

/// <summary>
/// "Nothing repeated", measured on every story of every test corpus: no body sentence twice (exactly
/// or after folding case, quote marks and white space), and few near-repeats (body sentences so alike
/// that most of one's content is in the other).
/// </summary>
public class RepeatTests
{
    public static TheoryData<string> Stories => TestCorpora.All();

    /// <summary>
    /// Share of near-repeat pairs per body sentence above which a digest reads as repetitive. Not zero:
    /// two alike sentences that each carry a detail of their own ("on Christmas Eve" / "Memphis Grizzlies")
    /// both stay, since a repeated fact is a smaller harm than a lost one.
    /// </summary>
    private const double NearRepeatBudget = 0.15;

    [Theory]
    [MemberData(nameof(Stories))]
    public void No_sentence_is_repeated_inside_a_digest(string story)
    {
        var digest = TestCorpora.Get(story).Digest;
        var repeated = digest.Body.GroupBy(b => TextKey.Of(b.Text)).Where(g => g.Count() > 1).Select(g => g.First().Text);
        Assert.Empty(repeated);
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public void Near_repeats_stay_within_budget(string story)
    {
        var s = TestCorpora.Get(story);
        var pairs = NearRepeats(s.Digest);
        var sourceSentences = s.Articles.Sum(a => a.Sentences.Count());
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{story}: {sourceSentences} source sentences -> {s.Digest.Body.Length} body sentences ({s.Digest.Body.Count(b => b.From.Length > 1)} merged from several), {pairs.Count} near-repeat pairs"));
        foreach (var (a, b) in pairs)
            TestContext.Current.TestOutputHelper?.WriteLine($"  near-repeat: {a}\n           ~ {b}");
        Assert.True(pairs.Count <= NearRepeatBudget * s.Digest.Body.Length,
            $"{pairs.Count} near-repeat pairs in {s.Digest.Body.Length} body sentences:\n" + string.Join("\n", pairs.Select(p => $"{p.A}\n  ~ {p.B}")));
    }

    /// <summary>Pairs of body sentences of which one has three quarters of the other's weighted content.</summary>
    internal static List<(string A, string B)> NearRepeats(StoryDigest digest)
    {
        var features = SentenceFeaturizer.Build([.. digest.Body.Select(b => SentenceAnalysis.Of(b.Text, b.Paragraph))]);
        var comparer = new SentenceComparer(features);
        var pairs = new List<(string, string)>();
        for (var i = 0; i < features.Length; i++)
            for (var j = i + 1; j < features.Length; j++)
                if (IsNearRepeat(comparer, features[i], features[j]))
                    pairs.Add((features[i].Text, features[j].Text));
        return pairs;
    }

    /// <summary>
    /// Two body sentences so alike that a reader would see a repeat: of comparable length (within a
    /// factor of three), and three quarters of one's weighted content in the other.
    /// </summary>
    private static bool IsNearRepeat(SentenceComparer comparer, SentenceFeatures a, SentenceFeatures b) =>
        a.Distinct.Length >= 4 && b.Distinct.Length >= 4
        && Math.Max(a.Distinct.Length, b.Distinct.Length) <= 3 * Math.Min(a.Distinct.Length, b.Distinct.Length)
        && Math.Max(comparer.Coverage(a, b), comparer.Coverage(b, a)) >= 0.75;
}
