using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Digest.Core.Merge;

/// <summary>
/// One outlet quotes a statement, another tells it in reported speech: "'We are reviewing the
/// footage and will be contacting the family,' the club said" / "A club spokesman told the paper that
/// the club would be contacting the family and reviewing the footage". The reported clause shifts
/// tense and person ("will" / "would", "we" / "they") and may reorder the statement's parts, so
/// the quoted stretch is not found whole; what remains is a run of the speaker's own words told in
/// both, with another of its words besides.
/// </summary>
internal static class ReportedSpeech
{
    /// <summary>Words in a row, tense and person aside, that the quotation and the reported clause must share.</summary>
    public const int RunWords = 4;

    /// <summary>Content words (names aside) the two must share in all, the run's included.</summary>
    public const int SharedWords = 2;

    /// <summary>Reported speech shifts tense and person: each form read as the one it stands for.</summary>
    private static readonly FrozenDictionary<string, string> Shifted = new Dictionary<string, string>
    {
        ["would"] = "will", ["was"] = "is", ["were"] = "are", ["had"] = "has", ["could"] = "can",
        ["we"] = "(subject)", ["i"] = "(subject)", ["they"] = "(subject)", ["he"] = "(subject)", ["she"] = "(subject)",
        ["us"] = "(object)", ["me"] = "(object)", ["them"] = "(object)", ["him"] = "(object)",
        ["our"] = "(owner)", ["my"] = "(owner)", ["their"] = "(owner)", ["his"] = "(owner)", ["its"] = "(owner)",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// True when one sentence quotes a stretch that the other, which quotes nothing, reports after its
    /// last speech verb: <see cref="RunWords"/> words in a row in common (tense and person shifted),
    /// one of them a content word, and <see cref="SharedWords"/> content words in common in all.
    /// </summary>
    public static bool Retells(SentenceFeatures a, SentenceFeatures b) =>
        (a.Speech is not null && b.Speech is null && Reports(a, a.Speech, b))
        || (b.Speech is not null && a.Speech is null && Reports(b, b.Speech, a));

    private static bool Reports(SentenceFeatures quoting, QuotedStatement speech, SentenceFeatures reporting)
    {
        // Two of a stretch's words anywhere in the other sentence, a first look before it is read word by word.
        if (!speech.Quoted.Any(q => q.Length >= RunWords && QuotedStatement.MayAlign(quoting, speech, q.Start, q.Length, reporting)))
            return false;
        var words = reporting.Words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var verb = Array.FindLastIndex(words, SpeechVerbs.FormSet.Contains);
        if (verb < 0 || verb + RunWords >= words.Length)
            return false;
        var clause = QuotedStatement.StemsInOrder(reporting).AsSpan()[(verb + 1)..].ToArray();
        var concepts = clause.Select(Paraphrases.Concept).ToHashSet(StringComparer.Ordinal);
        foreach (var (start, length) in speech.Quoted)
        {
            if (length < RunWords)
                continue;
            var stretch = speech.Stems.AsSpan(start, length);
            var plain = new List<string>();
            for (var i = 0; i < length; i++)
                if (speech.Content[start + i] && !quoting.Names.Contains(stretch[i]))
                    plain.Add(stretch[i]);
            if (plain.Distinct(StringComparer.Ordinal).Count(w => !reporting.Names.Contains(w) && concepts.Contains(Paraphrases.Concept(w))) >= SharedWords
                && SharesRun(quoting, speech, start, length, clause))
                return true;
        }
        return false;
    }

    /// <summary>A run of <see cref="RunWords"/> words of the stretch in a row in the clause, one of them a content word that is not a name.</summary>
    private static bool SharesRun(SentenceFeatures quoting, QuotedStatement speech, int start, int length, string[] clause)
    {
        for (var i = 0; i + RunWords <= length; i++)
            for (var j = 0; j + RunWords <= clause.Length; j++)
            {
                var k = 0;
                var plain = false;
                while (i + k < length && j + k < clause.Length && Read(speech.Stems[start + i + k]) == Read(clause[j + k]))
                {
                    plain |= speech.Content[start + i + k] && !quoting.Names.Contains(speech.Stems[start + i + k]);
                    k++;
                }
                if (k >= RunWords && plain)
                    return true;
            }
        return false;
    }

    private static string Read(string stem) => Shifted.GetValueOrDefault(stem, stem);
}
