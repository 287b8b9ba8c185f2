using Digest.Core.Clean;

namespace Digest.Core.Group;

/// <summary>
/// What an article is about, as counts: content words (lower case, function words out) and named
/// people and places (runs of capitalised words in the body, lower-cased).
/// </summary>
internal sealed record ArticleTerms(SortedDictionary<string, int> Words, SortedDictionary<string, int> Names)
{
    /// <summary>Headline words count double: the headline is the outlet's own summary of the story.</summary>
    private const int HeadlineWeight = 2;

    public static ArticleTerms Of(CleanArticle article)
    {
        var words = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var names = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in Tokens(article.Article.Title))
            if (IsContentWord(token.Lower))
                Add(words, token.Lower, HeadlineWeight);
        foreach (var sentence in article.Sentences)
            Collect(sentence.Text, words, names);
        return new ArticleTerms(words, names);
    }

    private static void Collect(string text, SortedDictionary<string, int> words, SortedDictionary<string, int> names)
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

    private static void Add(SortedDictionary<string, int> counts, string key, int n) =>
        counts[key] = counts.GetValueOrDefault(key) + n;

    internal readonly record struct Token(string Lower, bool Capitalised, bool AfterPunctuation);

    /// <summary>Words are runs of letters and digits (an inner apostrophe kept, a possessive "'s" dropped).</summary>
    internal static IEnumerable<Token> Tokens(string text)
    {
        var start = -1;
        var punctuation = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var inWord = char.IsLetterOrDigit(c)
                || (c is '\'' or '’' && start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]));
            if (inWord)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0)
            {
                var word = text[start..i].Replace('’', '\'');
                if (word.EndsWith("'s", StringComparison.Ordinal)) word = word[..^2];
                yield return new Token(word.ToLowerInvariant(), char.IsUpper(word[0]), punctuation);
                start = -1;
                punctuation = false;
            }
            if (!char.IsWhiteSpace(c)) punctuation = true;
        }
    }
}
