using System.Collections.Frozen;

namespace Digest.Core.Group;

/// <summary>
/// English function words and the verbs of reporting ("said", "told") that every news article carries:
/// they say nothing about which story an article tells. IDF weighting handles the rest.
/// </summary>
internal static class StopWords
{
    // Beyond function words: verbs of reporting, weekdays, contractions and the vaguest words
    // ("new", "make"), which every news article carries whatever its story.
    private static readonly FrozenSet<string> Words = FunctionWords.With([
        "back", "last", "made", "make", "near", "never", "new", "next", "no", "nor", "not", "one",
        "ourselves", "say", "saying", "two", "without", "yourself", "reports",
        "it's", "don't", "didn't", "he's", "she's", "they're", "we're", "i'm", "that's", "there's",
        .. SpeechVerbs.Forms, .. CalendarWords.Weekdays]);

    public static bool Contains(string lowerWord) => Words.Contains(lowerWord);
}
