using System.Text.RegularExpressions;

namespace Digest.Core.Merge;

/// <summary>
/// The documents an article has told of so far (a report, a study, a letter), the latest of each kind,
/// with the body the text names as its author: "A 2010 Congressional Research Service report found …"
/// or "a study by the Greyfield Institute". "The report said" then speaks for that body; after "another
/// report" or "a report" that names no author, for no one, since the article has moved to a document
/// whose author it does not give. "The report" itself names no new document and changes nothing.
/// </summary>
internal sealed partial class DocumentsSoFar
{
    private readonly Dictionary<string, string?> _latest = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="noun"/> ("report") is a kind of document the article has told of; <paramref name="author"/> is its body, or null.</summary>
    public bool TryGet(string noun, out string? author) => _latest.TryGetValue(noun, out author);

    /// <summary>Reads a sentence's narration (quotations blanked) for documents it tells of.</summary>
    public void Read(string narration)
    {
        // Every mention has its noun as written: most sentences tell of no document and are not searched.
        if (!NounCue(narration) || !HasNounWord(narration)) return;
        foreach (Match m in Mention().Matches(narration))
        {
            var noun = m.Groups["noun"].Value.ToLowerInvariant();
            var words = (m.Groups["before"].Success ? m.Groups["before"].Value : m.Groups["by"].Value).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            var indefinite = m.Groups["det"].Success;
            // "The report", "A new report" at a sentence's start: an article, not a name.
            while (words.Count > 0 && words[0] is "The" or "A" or "An" or "Another")
            {
                indefinite |= words[0] != "The";
                words.RemoveAt(0);
            }
            if (words.Count > 0) _latest[noun] = QuoteFinder.Organisation(string.Join(' ', words)); // "a Pew report": no body named, so no one
            else if (indefinite) _latest[noun] = null;
        }
    }

    /// <summary>The kinds of document whose words an article quotes as its author's.</summary>
    internal const string Nouns = "report|study|survey|letter|statement|analysis|memo|audit";

    private static readonly string[] NounList = Nouns.Split('|');

    private static readonly Func<string, bool> NounCue = Cue.Words(NounList);

    /// <summary>
    /// A noun of <see cref="Nouns"/> with no ASCII letter right before or after it, as the pattern reads it between word
    /// boundaries: "reported" and "statements" hold a noun's letters in most news sentences, and the pattern, which
    /// may open at any word, was tried at every position of each of them to find nothing.
    /// </summary>
    private static bool HasNounWord(string narration)
    {
        foreach (var noun in NounList)
            for (var at = narration.IndexOf(noun, StringComparison.Ordinal); at >= 0; at = narration.IndexOf(noun, at + 1, StringComparison.Ordinal))
                if (!IsAsciiLetterAt(narration, at - 1) && !IsAsciiLetterAt(narration, at + noun.Length))
                    return true;
        return false;
    }

    private static bool IsAsciiLetterAt(string text, int i) => i >= 0 && i < text.Length && char.IsAsciiLetter(text[i]);

    /// <summary>
    /// Who a document is by, after its noun: "by the Greyfield Institute", "from Ann Lee", "signed by all
    /// 42 Senate Republicans": the capitalised run after "by" or "from".
    /// </summary>
    internal const string Author = @"\s+(?:signed\s+)?(?:by|from)\s+(?:all\s+)?(?:the\s+)?(?:\d+\s+)?(?<by>[A-Z][\p{L}&-]*(?:\s+[A-Z][\p{L}&-]*){0,4})";

    // A capitalised run just before the noun ("Congressional Research Service report"), or its author
    // after it ("a study by the Greyfield Institute"); else an indefinite article before it ("another report").
    [GeneratedRegex(@"(?:(?<det>\b(?:[Aa]n?|[Aa]nother)\s+(?:new\s+|recent\s+|separate\s+)?)|(?<before>(?:\b[A-Z][\p{L}&-]*\s+){1,5}))?\b(?<noun>" + Nouns + @")\b(?:" + Author + ")?")]
    private static partial Regex Mention();
}
