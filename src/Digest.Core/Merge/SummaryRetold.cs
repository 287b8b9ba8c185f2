namespace Digest.Core.Merge;

/// <summary>
/// An outlet's summary line told again in its own body: many articles open with a few one-line
/// summaries (a dek, a standfirst, bullet points under the headline) and then tell each fact in
/// full. Elsewhere in an article two sentences that share words are two things that happened, so
/// this is the only way, besides a near-verbatim repeat, that one outlet's two sentences become one
/// entry: the summary is one of the article's first lines, it is narration (no quotation of its
/// own), a later sentence of the article has most of its weight, in the same phrases, adds no
/// number, name or negation it lacks, and does not say that this is a further event ("also",
/// "another", "again").
/// </summary>
internal static class SummaryRetold
{
    /// <summary>How many sentences an article's opening lines run to: a dek and a few summary points.</summary>
    public const int OpeningLines = 4;

    /// <summary>The weighted share of the summary that the later sentence must have.</summary>
    private const double Retold = 0.7;

    /// <summary>A summary names a fact; the sentence telling it in full is at most this many times its length in content words.</summary>
    private const int FullerAtMost = 3;

    /// <summary>Words by which a later sentence tells of one more event like the one before ("also injured his knee").</summary>
    private static readonly string[] Further = [" also ", " another ", " again ", " too ", " additional ", " further "];

    /// <summary>True when <paramref name="later"/>, a sentence after <paramref name="summary"/> in the same article, tells all that one of its opening lines says.</summary>
    public static bool Retells(SentenceComparer comparer, SentenceFeatures later, SentenceFeatures summary) =>
        summary.Distinct.Length >= 4
        && summary.Quoted is not { Count: > 0 }
        && later.Distinct.Length <= FullerAtMost * summary.Distinct.Length
        && comparer.Coverage(summary, later) >= Retold
        && SentenceComparer.SharedBigrams(summary, later) >= 1
        && SentenceComparer.LongestUncoveredRun(summary, later) <= 2
        && !Further.Any(w => later.Words.Contains(w, StringComparison.Ordinal) && !summary.Words.Contains(w, StringComparison.Ordinal))
        && !SentenceComparer.DiffersInFact(later, summary);
}
