namespace Digest.Core.Group;

/// <summary>
/// English function words and the verbs of reporting ("said", "told") that every news article carries:
/// they say nothing about which story an article tells. IDF weighting handles the rest.
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "ago", "all", "also", "am", "an", "and", "any", "are",
        "around", "as", "at", "back", "be", "because", "been", "before", "being", "below", "between", "both",
        "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even", "ever",
        "every", "few", "for", "from", "further", "get", "got", "had", "has", "have", "having", "he", "her",
        "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is",
        "it", "its", "itself", "just", "last", "like", "made", "make", "many", "may", "me", "might", "more",
        "most", "much", "must", "my", "myself", "near", "never", "new", "next", "no", "nor", "not", "now",
        "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over",
        "own", "per", "said", "same", "say", "says", "saying", "she", "should", "since", "so", "some", "still",
        "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
        "they", "this", "those", "though", "through", "to", "told", "too", "two", "under", "until", "up",
        "upon", "us", "very", "was", "we", "well", "were", "what", "when", "where", "whether", "which",
        "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
        "your", "yours", "yourself", "according", "reported", "reports", "told", "added", "including",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms",
        "dr", "it's", "don't", "didn't", "he's", "she's", "they're", "we're", "i'm", "that's", "there's",
    };

    public static bool Contains(string lowerWord) => Words.Contains(lowerWord);
}
