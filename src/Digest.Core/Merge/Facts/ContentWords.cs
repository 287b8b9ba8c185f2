using System.Collections.Frozen;

namespace Digest.Core.Merge.Facts;

/// <summary>
/// The words of a sentence that carry its content (lower case, no function words, no date words), for
/// telling whether two sentences tell the same event.
/// </summary>
public static class ContentWords
{
    private static readonly FrozenSet<string> Stop = """
        the and for with from that this these those was were are has have had been being will would could should can may might
        into onto about after before over under than then them they their there her his him she he its it our out who whom whose
        which what when where while also just not but all any some one two three her hers said says told added wrote year years
        month months week weeks day days ago later earlier last next this today yesterday tonight time times early late
        january february march april may june july august september october november december sept
        monday tuesday wednesday thursday friday saturday sunday
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    public static HashSet<string> Of(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        // Hyphenated words stay whole ("35-year-old"); the parts around an apostrophe are words of their own.
        foreach (var token in Tokenizer.Compounds(text))
            foreach (var w in token.Lower.Split('\''))
                if (w.Length >= 3 && !Stop.Contains(w) && !w.All(char.IsDigit)) words.Add(w);
        return words;
    }

    /// <summary>Shared words over the smaller sentence's words: 1 when one sentence's content is inside the other's.</summary>
    public static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var shared = a.Count(b.Contains);
        return (double)shared / Math.Min(a.Count, b.Count);
    }

    public static int Shared(HashSet<string> a, HashSet<string> b) => a.Count(b.Contains);
}
