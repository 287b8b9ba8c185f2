using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Digest.Core.Merge.Facts;

/// <summary>What of the whole story <see cref="Occasion"/> reads: who its people are, and which sentences disagree.</summary>
/// <param name="PersonWords">The words of the story's people's names and aliases (the one people model), lower case.</param>
/// <param name="Disagree">Whether two sentences state differing values of one conflict (they are never one occasion).</param>
internal sealed record StoryOccasions(IReadOnlySet<string> PersonWords, Func<DatedSentence, DatedSentence, bool> Disagree)
{
    public static StoryOccasions None { get; } = new(FrozenSet<string>.Empty, (_, _) => false);
}

/// <summary>
/// What a dated sentence says happened at its date, read to tell whether two sentences of one date that
/// the body keeps apart (they tell different facts) are still one event: who it names (<see cref="Names"/>),
/// what its date is told with (<see cref="AtDate"/>: "issued a statement on Friday", "was released Nov. 3")
/// and which reported events it tells (<see cref="Events"/>: a death, a crash, a release). Its sets are plain hash
/// sets, not frozen ones: an occasion's few words are asked about a few times, and a frozen set costs many times a
/// hash set to build.
/// </summary>
internal sealed class Occasion
{
    /// <summary>Content words read on each side of the date phrase: the words the date is told with, not the whole sentence.</summary>
    public const int Reach = 2;

    /// <summary>Capitalised names of people, organisations and places the sentence names (lower case words, titles aside).</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>The concepts (<see cref="Paraphrases.Concept"/>) of the words just before the date phrase, or just after it where it opens its clause.</summary>
    public IReadOnlySet<string> AtDate { get; }

    /// <summary>The reported events the sentence tells anywhere (<see cref="Paraphrases.IsEvent"/>), by concept.</summary>
    public IReadOnlySet<string> Events { get; }

    /// <summary>
    /// The words of the sentence's short quotations ("“reckless”", "“a paper tiger”", "“Morning Desk”"), by
    /// concept: a word or two someone is quoted as using, or the programme they said it on, marks the occasion.
    /// </summary>
    public IReadOnlySet<string> Coined => coined ??= CoinedOf();

    /// <summary>
    /// Who and where, in the clause the date stands in: the story's people it names and the places it tells
    /// the thing done in (<see cref="PlaceNames"/>: "A man was killed Tuesday in Springfield"; not ", police said",
    /// nor an organisation that reports it, "The transit authority says"), by the same reading as <see cref="Names"/>.
    /// </summary>
    public IReadOnlySet<string> NamesAtDate => (clause ??= ClauseOf()).Names;

    /// <summary>The one sex the narration of that clause speaks of ("A woman died Sunday", "he was released on March 3"), if it tells one.</summary>
    public Gender SexAtDate => (clause ??= ClauseOf()).Sex;

    /// <summary>The most words a quotation may hold to be read as a coinage (<see cref="Coined"/>); longer speech shares everyday words by chance.</summary>
    public const int CoinageWords = 3;

    /// <param name="personWords">The words of the story's people's names and aliases (the people model), lower case.</param>
    public Occasion(DatedSentence d, IReadOnlySet<string> personWords)
    {
        var text = this.text = d.Text;
        var quotations = this.quotations = QuotedSpeech.Find(text);
        this.personWords = personWords;
        // The text is read once: its name runs and tokens serve the whole sentence and the clause of its date alike.
        // A sentence's own text its analysis has read already; a text joined with the sentences before it is read here.
        var own = d.Sentence is { } sentence && sentence.Text == text ? sentence : null;
        var runs = this.runs = own?.Names ?? NameRun.Find(text);
        IReadOnlyList<Token> tokens = this.tokens = own is null ? [.. Tokenizer.Tokens(text)] : own.Tokens;
        Names = NamesOf(text, quotations, runs, personWords, 0, text.Length);
        var at = this.at = d.Mention.Index + d.Mention.Phrase.Length <= text.Length && string.CompareOrdinal(text, d.Mention.Index, d.Mention.Phrase, 0, d.Mention.Phrase.Length) == 0
            ? d.Mention.Index
            : text.LastIndexOf(d.Mention.Phrase, StringComparison.Ordinal); // the sentence told after the one it points back to
        // The thing done is told in common words: a capitalised word is a name, a title ("Governor") or a sentence's first word.
        // Only the words nearest the date are read for their concepts: back from it, else on from it.
        var compounds = Tokenizer.Compounds(text, tokens).ToList();
        var atDate = new HashSet<string>(StringComparer.Ordinal);
        var (before, after, end) = (0, 0, at + d.Mention.Phrase.Length);
        for (var i = compounds.Count - 1; i >= 0 && before < Reach; i--)
            if (compounds[i].Start < at && AtDateConcept(compounds[i], at, end) is { } concept) { atDate.Add(concept); before++; }
        for (var i = 0; i < compounds.Count && before == 0 && after < Reach; i++)
            if (compounds[i].Start > at && AtDateConcept(compounds[i], at, end) is { } concept) { atDate.Add(concept); after++; }
        AtDate = atDate;
        Events = d.Words.Stems.Where(Paraphrases.IsEvent).Select(Paraphrases.Concept).ToHashSet(StringComparer.Ordinal);
    }

    // What the coinages and the clause of the date are read from, when first asked: most pairs of tellings are settled without them.
    private readonly string text;
    private readonly ImmutableArray<Quotation> quotations;
    private readonly ImmutableArray<NameRun> runs;
    private readonly IReadOnlyList<Token> tokens;
    private readonly IReadOnlySet<string> personWords;
    private readonly int at;
    private IReadOnlySet<string>? coined;
    private (IReadOnlySet<string> Names, Gender Sex)? clause;

    private IReadOnlySet<string> CoinedOf() => quotations.Where(q => !q.OpenedBefore && !q.RunsOn)
        .Select(q => Tokenizer.Compounds(text[q.Start..Math.Min(q.End + 1, text.Length)]).ToList())
        .Where(words => words.Count <= CoinageWords)
        .SelectMany(words => words.Select(t => ConceptOf(t.Lower)).OfType<string>())
        .ToHashSet(StringComparer.Ordinal);

    private (IReadOnlySet<string> Names, Gender Sex) ClauseOf()
    {
        var (from, to) = ClauseAt(text, tokens, Math.Max(at, 0));
        // The clause starts and ends at tokens, so its tokens are the text's between the two.
        return (NamesOf(text, quotations, runs, personWords, from, to, whoOrWhere: true),
            GenderEvidence.OneSexOf(tokens.Where(t => t.Start >= from && t.Start < to && !QuotedSpeech.Inside(quotations, t.Start)).Select(t => t.Lower)));
    }

    /// <summary>
    /// The concept a word outside the date phrase (<paramref name="at"/> to <paramref name="end"/>) tells the thing done at the
    /// date with: a common word's, not a name's; null for any other word.
    /// </summary>
    private string? AtDateConcept(Token t, int at, int end)
    {
        if (t.IsCapitalised || at >= 0 && t.End > at && t.Start < end) return null;
        var lower = t.Lower;
        var stem = WordStemmer.Stem(lower);
        var concept = stem == Report ? Report : ConceptOf(lower, stem);
        return concept is not null && !Names.Contains(concept) ? concept : null;
    }

    /// <summary>Where the clause holding <paramref name="at"/> begins and ends in the text (<see cref="ClauseBreaks"/>), read word by word.</summary>
    private static (int From, int To) ClauseAt(string text, IReadOnlyList<Token> tokens, int at)
    {
        var breaks = new ClauseBreaks(text);
        for (var i = 0; i < tokens.Count; i++)
            breaks.Read(tokens[i], i);
        var (from, to) = (0, text.Length);
        foreach (var start in breaks.Starts)
        {
            var begins = tokens[start.Index].Start;
            if (begins <= at) from = begins;
            else { to = begins; break; }
        }
        return (from, to);
    }

    /// <summary>
    /// Each tells a different incident at the date: the clauses of the date name different people or places and
    /// none in common ("killed Tuesday in Springfield" / "killed Tuesday in Shelbyville"), or speak of a woman in
    /// one and a man in the other ("A woman died Sunday" / "A boy died Sunday").
    /// </summary>
    private static bool Apart(Occasion a, Occasion b) =>
        (a.NamesAtDate.Count > 0 && b.NamesAtDate.Count > 0 && !a.NamesAtDate.Overlaps(b.NamesAtDate))
        || GenderEvidence.Opposite(a.SexAtDate, b.SexAtDate);

    /// <summary>
    /// Two sentences of one date tell one event when they name someone in common and tell the same thing at
    /// the date ("issued a statement on Friday afternoon" / "In his statement on Friday afternoon"), or quote
    /// the same coinage ("called the plan … “reckless”" / "arguing that … was “reckless”"), or, from
    /// different outlets, the same reported event anywhere ("was killed on Tuesday" / "was shot several times
    /// … Tuesday"). A reported event told right at the same day by both ("was released from the hospital Nov. 3"
    /// / "being released on November 3") is one without a name, since the pronoun names no one, unless the two
    /// show two incidents (<see cref="Apart"/>: "A man was killed Tuesday in Springfield" / "A woman was killed
    /// Tuesday in Shelbyville"). Sharing a
    /// name and a date alone is never enough: a day of news holds several events of the same people.
    /// </summary>
    public static bool Same(Occasion a, Occasion b, bool sameOutlet, bool dayPrecision)
    {
        // Whether the two are apart is asked last: it reads the clause of the date, which most pairs never need.
        if (dayPrecision && a.AtDate.Any(c => b.AtDate.Contains(c) && a.Events.Contains(c) && b.Events.Contains(c)) && !Apart(a, b)) return true;
        if (!a.Names.Overlaps(b.Names)) return false;
        return a.AtDate.Overlaps(b.AtDate) || (!sameOutlet && a.Events.Overlaps(b.Events)) || a.Coined.Overlaps(b.Coined);
    }

    /// <summary>
    /// "Reported" is a reporting verb, and so not a content word, but at a date it tells an event of its own:
    /// an outlet published something ("The Gazette reported Friday", "first reported in the Gazette on
    /// Friday"). "Said", "told", "added" are how news credits nearly every fact, and tell no event by themselves.
    /// </summary>
    private static readonly string Report = WordStemmer.Stem("reported");

    /// <summary>The concept of a content word of four letters or more, as <see cref="SentenceWords.Stems"/> reads words; null for any other.</summary>
    private static string? ConceptOf(string lower, string? stem = null) =>
        lower.Length >= 4 && ContentWords.IsContentWord(lower) ? Paraphrases.Concept(stem ?? WordStemmer.Stem(lower)) : null;

    /// <summary>
    /// The words of the sentence's names outside quoted speech: every run of capitals but a single word opening the sentence
    /// ("Police say", "BERLIN"), which is a name only when it is one of the story's people ("Alleyne died").
    /// Compared as concepts of the words, so that a name is never also read as the thing told at the date.
    /// </summary>
    /// <param name="whoOrWhere">Only the names of the story's people and of places (<see cref="NamesAtDate"/>).</param>
    private static HashSet<string> NamesOf(string text, ImmutableArray<Quotation> quotations, ImmutableArray<NameRun> runs, IReadOnlySet<string> personWords,
        int from, int to, bool whoOrWhere = false)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            if (run.Start < from || run.Start >= to || QuotedSpeech.Inside(quotations, run.Start)) continue;
            if (whoOrWhere && !run.Words.Any(w => personWords.Contains(w.ToLowerInvariant()))
                && !(PlaceNames.AfterIn(text, run.Start) && !PlaceNames.Describes(text, run.End))) continue; // a name in quoted speech is the speaker's topic, not who acted
            var opening = run.Words.Length == 1 && text[..run.Start].All(c => !char.IsLetterOrDigit(c));
            foreach (var word in run.Words)
            {
                var lower = word.ToLowerInvariant();
                if (opening && !personWords.Contains(lower)) continue;
                if (ConceptOf(lower) is { } concept) names.Add(concept);
                else if (lower.Contains('.') || ContentWords.Of(lower).Count > 0) names.Add(lower); // initials ("T.J."), short names ("Lee")
            }
        }
        return names;
    }
}
