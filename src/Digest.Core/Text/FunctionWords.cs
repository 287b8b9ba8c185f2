using System.Collections.Frozen;

namespace Digest.Core.Text;

/// <summary>
/// English function words (articles, pronouns, auxiliaries, prepositions, conjunctions) that carry
/// no content. Grouping and merging both weigh words by content, so they share this list and each
/// adds only the words its own purpose ignores (see Group/StopWords and <see cref="Lexicon"/>). Lower case.
/// </summary>
internal static class FunctionWords
{
    public static readonly FrozenSet<string> All = new[]
    {
        "a", "an", "the", "and", "or", "but", "if", "then", "than", "so", "as", "of", "at", "by", "for",
        "with", "about", "against", "between", "into", "through", "during", "before", "after", "above",
        "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under", "again", "further",
        "once", "here", "there", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more",
        "most", "other", "some", "such", "only", "own", "same", "too", "very", "can", "will", "just",
        "should", "would", "could", "may", "might", "must", "now", "also", "is", "am", "are", "was", "were",
        "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "i", "me", "my",
        "myself", "we", "our", "ours", "us", "you", "your", "yours", "he", "him", "his", "himself", "she",
        "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves",
        "what", "which", "who", "whom", "whose", "this", "that", "these", "those", "around", "while",
        "because", "until", "since", "upon", "within", "per", "yet", "still", "even", "ever", "well", "like",
        "mr", "mrs", "ms", "dr", "whether", "many", "much", "every", "get", "got", "though", "however",
        "according", "including", "ago",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The function words plus <paramref name="extra"/>, for a stage's own stop list.</summary>
    public static FrozenSet<string> With(params string[] extra) =>
        All.Concat(extra).ToFrozenSet(StringComparer.Ordinal);
}
