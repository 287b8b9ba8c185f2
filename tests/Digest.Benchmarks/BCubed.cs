namespace Digest.Benchmarks;

/// <summary>
/// B-cubed clustering scores (Bagga and Baldwin 1998): for each item, the share of its found cluster
/// that truly belongs with it (precision) and the share of its true cluster that was found with it
/// (recall), averaged over items.
/// </summary>
public static class BCubed
{
    public static (double Precision, double Recall, double F1) Score(
        IReadOnlyDictionary<string, string> truth, IReadOnlyDictionary<string, string> found)
    {
        var items = truth.Keys.ToArray();
        var trueSize = items.CountBy(i => truth[i], StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var foundSize = items.CountBy(i => found[i], StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var both = items.CountBy(i => (truth[i], found[i])).ToDictionary();

        double precision = 0, recall = 0;
        foreach (var item in items)
        {
            var together = both[(truth[item], found[item])];
            precision += (double)together / foundSize[found[item]];
            recall += (double)together / trueSize[truth[item]];
        }
        precision /= items.Length;
        recall /= items.Length;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }
}
