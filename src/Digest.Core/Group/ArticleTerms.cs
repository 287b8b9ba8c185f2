using System.Runtime.InteropServices;
using Digest.Core.Clean;

namespace Digest.Core.Group;

/// <summary>
/// What an article is about, as counts: content words (lower case, function words out) and named
/// people and places (runs of capitalised words in the body, lower-cased).
/// </summary>
/// <param name="Words">Distinct content words in ordinal order, with <see cref="WordCounts"/>.</param>
/// <param name="Names">Distinct names in ordinal order, with <see cref="NameCounts"/>.</param>
internal sealed record ArticleTerms(string[] Words, int[] WordCounts, string[] Names, int[] NameCounts)
{
    /// <summary>Headline words count double: the headline is the outlet's own summary of the story.</summary>
    private const int HeadlineWeight = 2;

    public static ArticleTerms Of(CleanArticle article)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in Tokens(article.Article.Title))
            if (IsContentWord(token.Lower))
                Add(words, token.Lower, HeadlineWeight);
        foreach (var sentence in article.Sentences)
            Collect(sentence.Text, words, names);
        var (wordKeys, wordCounts) = Sorted(words);
        var (nameKeys, nameCounts) = Sorted(names);
        return new ArticleTerms(wordKeys, wordCounts, nameKeys, nameCounts);
    }

    /// <summary>Ordinal order, so that nothing downstream depends on hash order.</summary>
    private static (string[] Keys, int[] Counts) Sorted(Dictionary<string, int> counts)
    {
        var keys = counts.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        var values = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++) values[i] = counts[keys[i]];
        return (keys, values);
    }

    private static void Collect(string text, Dictionary<string, int> words, Dictionary<string, int> names)
    {
        var run = new List<string>();
        void EndRun()
        {
            if (run.Count == 0) return;
            // "Chrissy Teigen" later becomes "Teigen": count the whole name and each of its words.
            if (run.Count > 1) Add(names, string.Join(' ', run), 1);
            foreach (var word in run) Add(names, word, 1);
            run.Clear();
        }

        foreach (var token in Tokens(text))
        {
            if (token.AfterPunctuation) EndRun();
            if (IsContentWord(token.Lower)) Add(words, token.Lower, 1);
            if (token.Capitalised && !StopWords.Contains(token.Lower) && token.Lower.Length > 1 && !char.IsDigit(token.Lower[0]))
                run.Add(token.Lower);
            else
                EndRun();
        }
        EndRun();
    }

    private static bool IsContentWord(string lower) =>
        lower.Length > 2 && !StopWords.Contains(lower);

    private static void Add(Dictionary<string, int> counts, string key, int n) =>
        CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _) += n;

    internal readonly record struct Token(string Lower, bool Capitalised, bool AfterPunctuation);

    /// <summary>The text's words (<see cref="Tokenizer"/>), a possessive "'s" dropped, each knowing whether punctuation comes before it.</summary>
    internal static IEnumerable<Token> Tokens(string text)
    {
        var previousEnd = 0;
        foreach (var token in Tokenizer.Tokens(text))
        {
            var punctuation = false;
            for (var i = previousEnd; i < token.Start && !punctuation; i++)
                punctuation = !char.IsWhiteSpace(text[i]);
            var lower = token.Lower;
            if (lower.Length > 2 && lower.EndsWith("'s", StringComparison.Ordinal)) lower = lower[..^2];
            yield return new Token(lower, token.IsCapitalised, punctuation);
            previousEnd = token.End;
        }
    }
}
