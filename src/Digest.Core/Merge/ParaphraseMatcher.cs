using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Digest.Core.Merge;

/// <summary>
/// Decides whether two outlets' sentences tell the same fact in their own words, where neither says
/// all that the other does ("was killed on Tuesday" / "died Tuesday after being shot"). Such a pair
/// becomes one entry: the fuller wording shown, the other outlet credited in part, and what its
/// sentence adds shown with it, so nothing is lost (see <see cref="EntrySupport"/>).
/// <para>
/// The test is deliberately conservative, because a wrong merge makes an attribution false while a
/// missed one only repeats a fact: the two must share much of their weighted content (names and
/// numbers alone are not enough: two sentences about the same person are not the same fact), and
/// must not disagree on anything a reader would call a different fact: a number, what a number
/// counts, a negation, a name, a weekday, or an event verb swapped for another.
/// </para>
/// </summary>
internal sealed class ParaphraseMatcher
{
    private readonly SentenceComparer comparer;
    private readonly ClauseParaphrase _clauses;

    public ParaphraseMatcher(SentenceComparer comparer) => (this.comparer, _clauses) = (comparer, new ClauseParaphrase(comparer, this));

    /// <summary>Weighted share of the two sentences' content they have in common (Dice).</summary>
    public const double SharedThreshold = 0.4;

    /// <summary>Of the words that are neither names nor numbers, the share the shorter sentence has in the other.</summary>
    public const double WordingThreshold = 0.35;

    /// <summary>
    /// Less shared content suffices where the shared part is mostly wording rather than names ("She
    /// thought her Christmas lights had done something wacky" / "She suspected that her family had put
    /// up their Christmas lights wrong"): at least this share of the content…
    /// </summary>
    public const double CloseWordingSharedThreshold = 0.33;

    /// <summary>…with this share of the shorter sentence's other words found in the longer.</summary>
    public const double CloseWordingThreshold = 0.45;

    /// <summary>Two outlets' openings: a lede tells the story's main fact, so less shared wording suffices.</summary>
    public const double OpeningThreshold = 0.25;

    /// <summary>Two openings naming this many of the same people or places…</summary>
    public const int OpeningNamesShared = 2;

    /// <summary>…need only this weighted share of their content in common.</summary>
    public const double OpeningNamesThreshold = 0.15;

    /// <summary>Two openings with this many content words in common, whoever they name…</summary>
    public const int OpeningWordsShared = 5;

    /// <summary>…need this weighted share of their content in common.</summary>
    public const double OpeningWordsThreshold = 0.2;

    /// <summary>
    /// The shorter sentence, said within a longer one: this weighted share of its content is in the other,
    /// with all its names and numbers ("The surgery took three hours." in "… a three-hour surgery …").
    /// </summary>
    public const double ContainedThreshold = 0.7;

    /// <summary>Of the shorter sentence's words that are neither names nor numbers, the share the longer must have.</summary>
    public const double ContainedWording = 0.5;

    /// <summary>The same quotation: at least this many of its words quoted in both sentences…</summary>
    public const int QuotedWordsShared = 3;

    /// <summary>…making this share of each sentence's quoted words.</summary>
    public const double QuotedShare = 0.8;

    /// <summary>One outlet quotes more of the remark: this many shared words, the shorter quotation's share of them as above.</summary>
    public const int QuotedWithinShared = 5;

    /// <summary>The same quoted words in the same order, this many content words long, are one remark quoted twice.</summary>
    public const int QuotedRun = 4;

    /// <summary>Two wordings of one event (<see cref="TellsSameEvent"/>) need less shared content.</summary>
    public const double AlignedThreshold = 0.25;

    /// <summary>Two wordings that give the same distinctive number (a sum, a score, a year) need less shared wording.</summary>
    public const double AnchoredThreshold = 0.25;

    /// <summary>
    /// Two wordings that give the same exact figure (cents, or five digits or more: "$284.46",
    /// "$28,156") need still less: such a figure is the fact itself, not one of many like it.
    /// </summary>
    public const double ExactFigureThreshold = 0.15;

    /// <summary>
    /// Score of a pair that tells the same fact (higher is closer), or null when it does not: much
    /// weighted content shared; or the shorter said within the longer; or the same quotation; or the
    /// same distinctive number with some shared wording. Never when they disagree on a fact.
    /// </summary>
    public double? Score(SentenceFeatures a, SentenceFeatures b) =>
        // Every kind of evidence needs two sentences that do not disagree: that is asked once.
        Disagree(a, b) ? null : ScoreAgreeing(a, b);

    /// <summary><see cref="Score(SentenceFeatures, SentenceFeatures)"/> of a pair known not to <see cref="Disagree"/>.</summary>
    public double? ScoreAgreeing(SentenceFeatures a, SentenceFeatures b)
    {
        if (a.IsEmpty || b.IsEmpty)
            return null;
        // Whether all the two share is a speaker is asked last, of a pair with evidence: most pairs scored have
        // none, and the question reads every word of both (asked first, it was 43% of what scoring cost).
        return Evidence(a, b) is { } score && !SharesOnlySpeaker(a, b) ? score : null;
    }

    /// <summary>The score the evidence gives a pair of non-empty sentences that do not <see cref="Disagree"/>, before <see cref="SharesOnlySpeaker"/> is asked.</summary>
    private double? Evidence(SentenceFeatures a, SentenceFeatures b)
    {
        if (Overlap(a, b) is { Shared: >= 3 } overlap
            && ((overlap.Dice >= SharedThreshold && overlap.Wording >= WordingThreshold)
                || (overlap.Dice >= CloseWordingSharedThreshold && overlap.Wording >= CloseWordingThreshold)))
            return overlap.Dice;
        // The share in common is worked out only for a pair with other evidence: most pairs have none.
        if (SameQuotation(a, b) || QuotedStatement.TellSameRemark(a, b) || ReportedSpeech.Retells(a, b) || Contained(a, b) >= ContainedThreshold)
            return Dice(a, b);
        if (SharesAnchor(a, b) && Dice(a, b) is var dice
            && (dice >= AnchoredThreshold || (dice >= ExactFigureThreshold && SharesExactFigure(a, b))))
            return dice;
        if (TellsSameEvent(a, b) && Dice(a, b) is var aligned && aligned >= AlignedThreshold)
            return aligned;
        return _clauses.Score(a, b);
    }

    /// <summary>
    /// All the two share is who speaks: one run of words, a speaker's title and name, that one of them
    /// at least has beside a verb of speech ("AARP policy director Ann Lee said on radio that …" /
    /// "AARP policy director Ann Lee told reporters that …"). That is two things one person said, and
    /// a long title weighs enough to pass for a shared fact.
    /// </summary>
    private bool SharesOnlySpeaker(SentenceFeatures a, SentenceFeatures b)
    {
        var (ra, rb) = (ReadingOf(a), ReadingOf(b));
        int first = -1, last = -1;
        for (var i = 0; i < a.Content.Length; i++)
        {
            var t = a.Content[i];
            if (SpeechVerbs.Stems.Contains(t) || !(b.Set.Contains(t) || rb.ConceptSet.Contains(ra.ContentConcepts[i])))
                continue;
            // A quoted word in common is the speaker's own words told twice: more than who speaks.
            if (a.Quoted?.Contains(t) == true || (first >= 0 && i != last + 1))
                return false;
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0)
            return false;
        for (var i = first; i <= last; i++)
            if (a.Speakers.Contains(a.Content[i]) || b.Speakers.Contains(a.Content[i])
                || SpeaksAfter(a, a.Content[i]) || SpeaksAfter(b, a.Content[i]))
                return true;
        return false;
    }

    /// <summary>
    /// A word of <paramref name="s"/> beginning with <paramref name="stem"/> is followed by a form of a verb of
    /// speech ("Muntz told", "Lee tells"): the end of a speaker's name, as <see cref="SentenceFeatures.Speakers"/>
    /// reads only the verbs whose stem is their base ("said", "adds").
    /// </summary>
    private static bool SpeaksAfter(SentenceFeatures s, string stem)
    {
        // Read in place, without a string for " " + stem or for each word after it: asked of every word
        // of every pair whose shared words may be only a speaker.
        var words = s.Words.AsSpan();
        for (var from = 0; from < words.Length && words[from..].IndexOf(stem, StringComparison.Ordinal) is >= 0 and var found;)
        {
            var start = from + found;
            from = start + 1;
            if (start == 0 || words[start - 1] != ' ')
                continue;
            var end = words[start..].IndexOf(' ') is >= 0 and var e ? start + e : -1;
            var next = end < 0 ? -1 : words[(end + 1)..].IndexOf(' ') is >= 0 and var n ? end + 1 + n : -1;
            if (next > end && SpeechForms.Contains(words[(end + 1)..next]))
                return true;
        }
        return false;
    }

    /// <summary><see cref="SpeechVerbs.FormSet"/>, looked up with a word read in place.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechForms =
        SpeechVerbs.FormSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The two tell one event: the same day (a weekday or a month), someone or something named in
    /// both, and a phrase of two words in common ("shared photos", "began to stagger") or the same
    /// kind of reported event, each in its own words ("hit a pillar" / "the accident"): the when,
    /// the who and the what. Two events of one person on one day share the first two, not the
    /// third as well.
    /// </summary>
    private bool TellsSameEvent(SentenceFeatures a, SentenceFeatures b) =>
        SharesDay(a, b) && SharesName(a, b) && (SentenceComparer.SharedBigrams(a, b) > 0 || NameSameEvent(a, b));

    // Through the few day words of a, found once with its reading: asked of every pair scored, this looked each of
    // a's words up in the month and weekday lists every time.
    private bool SharesDay(SentenceFeatures a, SentenceFeatures b)
    {
        foreach (var t in ReadingOf(a).Days)
            if (b.Set.Contains(t))
                return true;
        return false;
    }

    private static bool SharesName(SentenceFeatures a, SentenceFeatures b)
    {
        foreach (var n in a.Names)
            if (!CalendarWords.IsFullMonthOrWeekday(n) && b.Names.Contains(n))
                return true;
        return false;
    }

    /// <summary>Whether <paramref name="s"/> has each of <paramref name="words"/> (<see cref="Has"/>).</summary>
    private static bool HasAll(SentenceFeatures s, HashSet<string> words)
    {
        foreach (var word in words)
            if (!Has(s, word))
                return false;
        return true;
    }

    /// <summary>
    /// Both name one kind of reported event (<see cref="Paraphrases.IsEvent"/>), each perhaps in its
    /// own word ("hit a pillar" / "the accident"), and neither names another kind the other lacks.
    /// </summary>
    private bool NameSameEvent(SentenceFeatures a, SentenceFeatures b)
    {
        var eventsA = ReadingOf(a).ConceptSet.Where(Paraphrases.IsEvent).ToHashSet(StringComparer.Ordinal);
        var eventsB = ReadingOf(b).ConceptSet.Where(Paraphrases.IsEvent).ToHashSet(StringComparer.Ordinal);
        return eventsA.Count > 0 && eventsA.SetEquals(eventsB);
    }

    /// <summary>Weighted share of the two sentences' content they have in common, synonyms counted.</summary>
    public double Dice(SentenceFeatures a, SentenceFeatures b)
    {
        double shared = 0, total = 0;
        var (ra, rb) = (ReadingOf(a), ReadingOf(b));
        // One running total over both sentences, in this order, as the score depends on it to the last bit.
        for (var i = 0; i < ra.Weights.Length; i++)
        {
            total += ra.Weights[i];
            if (InOther(a, ra, i, b, rb)) shared += ra.Weights[i];
        }
        for (var i = 0; i < rb.Weights.Length; i++)
        {
            total += rb.Weights[i];
            if (InOther(b, rb, i, a, ra)) shared += rb.Weights[i];
        }
        return total == 0 ? 0 : shared / total;
    }

    /// <summary>
    /// Weighted share of the shorter sentence's content found in the longer (synonyms counted), or 0
    /// when the shorter has under three content words or a name or number the longer lacks.
    /// </summary>
    private double Contained(SentenceFeatures a, SentenceFeatures b)
    {
        var (small, large) = comparer.Information(a) <= comparer.Information(b) ? (a, b) : (b, a);
        if (small.Distinct.Length < 3 || !HasAll(large, small.Names))
            return 0;
        var (rs, rl) = (ReadingOf(small), ReadingOf(large));
        if (!small.Values.IsSubsetOf(large.Values))
            return 0;
        double found = 0, wordsFound = 0;
        var (total, words) = (rs.Total, rs.PlainTotal);
        for (var i = 0; i < rs.Weights.Length; i++)
        {
            if (!InOther(small, rs, i, large, rl)) continue;
            found += rs.Weights[i];
            if (rs.Plain[i]) wordsFound += rs.Weights[i];
        }
        // Names and numbers weigh much, but the same people and day are not the same fact: what the
        // shorter says of them must be in the longer too ("Alleyne, 21, was killed Tuesday" is not
        // "posted photos with 21-year-old Alleyne on Tuesday").
        return total == 0 || wordsFound < ContainedWording * words ? 0 : found / total;
    }

    /// <summary>
    /// Both sentences quote the same words as speech (each has a verb that reports it): one quotation
    /// told with two attributions, one outlet perhaps quoting more of it than the other. A quoted name
    /// ("the 'don't ask, don't tell' policy") is not speech. Or both quote the same run of words
    /// (<see cref="SharesQuotedRun"/>), whatever else each quotes around it.
    /// </summary>
    private static bool SameQuotation(SentenceFeatures a, SentenceFeatures b)
    {
        if (a.Quoted is not { Count: >= QuotedWordsShared } qa || b.Quoted is not { Count: >= QuotedWordsShared } qb)
            return false;
        if (SharesQuotedRun(a, b))
            return true;
        if (!ReportsSpeech(a) || !ReportsSpeech(b))
            return false;
        var shared = qa.Count(qb.Contains);
        var (shorter, longer) = qa.Count <= qb.Count ? (qa.Count, qb.Count) : (qb.Count, qa.Count);
        // The shorter quotation within the longer needs more words in common than two alike ones.
        return shared >= QuotedWordsShared && shared >= QuotedShare * shorter
            && (shared >= QuotedShare * longer || shared >= QuotedWithinShared);
    }

    /// <summary>
    /// Both quote the same words in the same order, <see cref="QuotedRun"/> content words or more of
    /// which most are not names: a speaker's own sentence, which two outlets quote from the same
    /// remark ("…you don't do is engage in a land war in Afghanistan…"), where the title of a plan or
    /// a show ("Safe Streets, Safe Schools") is names.
    /// </summary>
    private static bool SharesQuotedRun(SentenceFeatures a, SentenceFeatures b, int length = QuotedRun)
    {
        var runA = QuotedContent(a);
        var runB = QuotedContent(b);
        // Longest common run, by dynamic programming over the two (short) sequences.
        var previous = new int[runB.Count + 1];
        var current = new int[runB.Count + 1];
        for (var i = 1; i <= runA.Count; i++)
        {
            for (var j = 1; j <= runB.Count; j++)
            {
                current[j] = runA[i - 1] is { } x && x == runB[j - 1] ? previous[j - 1] + 1 : 0;
                if (current[j] >= length)
                {
                    var run = runA.GetRange(i - current[j], current[j]);
                    if (run.Count(w => !a.Names.Contains(w!)) > run.Count / 2)
                        return true;
                }
            }
            (previous, current) = (current, previous);
        }
        return false;
    }

    /// <summary>The sentence's content words in order, each that is not quoted replaced by null, which no run crosses.</summary>
    private static List<string?> QuotedContent(SentenceFeatures s) =>
        [.. s.Content.Select(w => s.Quoted!.Contains(w) ? w : null)];

    /// <summary>A verb that reports speech outside the quoted words ("said", "told"; not the "tell" of "don't ask, don't tell").</summary>
    private static bool ReportsSpeech(SentenceFeatures s) =>
        s.Words.Split(' ').Any(w => (SpeechVerbs.FormSet.Contains(w) || SpeechVerbs.Stems.Contains(w))
            && s.Quoted?.Contains(WordStemmer.Stem(w)) != true);

    /// <summary>
    /// Both give the same distinctive number: one of three digits or more, or written with a point, a comma
    /// or a dash ("$284.46", "34-6", "2036"), as a count, an age or a yard line ("three people", "21",
    /// "10-yard") is not.
    /// </summary>
    private bool SharesAnchor(SentenceFeatures a, SentenceFeatures b)
    {
        var valuesB = b.Values;
        foreach (var n in a.Values)
            if (valuesB.Contains(n) && (DigitCount(n) >= 3 || n.AsSpan().IndexOfAny(".,-") > 0))
                return true;
        return SharesShare(a, b);
    }

    /// <summary>
    /// Both give the same exact figure: a sum to the cent ("284.46") or a number of five digits or more
    /// ("28156"), not a year. A round or short number recurs for other facts; an exact one rarely does.
    /// </summary>
    private bool SharesExactFigure(SentenceFeatures a, SentenceFeatures b)
    {
        var valuesB = b.Values;
        foreach (var n in a.Values)
            if (valuesB.Contains(n) && IsExact(n))
                return true;
        return false;
    }

    /// <summary>A sum to the cent or a number of five digits or more, as a sentence's numbers are written ("284.46", "28156").</summary>
    public static bool IsExact(string number)
    {
        if (number.Length == 0 || !char.IsDigit(number[0]))
            return false;
        var point = number.IndexOf('.');
        if (point >= 0)
            return number.Length - point - 1 == 2 && DigitCount(number) >= 3;
        return number.Length >= 5 && DigitCount(number) == number.Length;
    }

    /// <summary>How many digits <paramref name="number"/> has (a loop: Count reads a string through a boxed enumerator).</summary>
    private static int DigitCount(string number)
    {
        var digits = 0;
        foreach (var c in number)
            if (char.IsDigit(c)) digits++;
        return digits;
    }

    /// <summary>Besides the number and what it counts, the words two tellings of one count must share.</summary>
    public const int CountWordsShared = 2;

    /// <summary>
    /// Both give the same share ("a 3 percent chance of survival" / "chances of survival were as little
    /// as three per cent"), and <see cref="CountWordsShared"/> words besides (synonyms counted): a
    /// percentage with what it is a share of. A count of things is no such anchor: one story counts
    /// yards, people or days again and again for different facts.
    /// </summary>
    private bool SharesShare(SentenceFeatures a, SentenceFeatures b)
    {
        if (a.Units is not { Count: > 0 } ua || b.Units is not { Count: > 0 } ub)
            return false;
        var conceptsB = ReadingOf(b).ConceptSet;
        foreach (var (number, unit) in ua)
            if (unit == SentenceFeaturizer.Percent && ub.TryGetValue(number, out var other) && other == unit
                && WordsBesides(a, number, unit, b, conceptsB) >= CountWordsShared)
                return true;
        return false;
    }

    /// <summary>
    /// How many of <paramref name="a"/>'s words other than the number, its unit and names <paramref name="b"/>
    /// has (<see cref="InOther(SentenceFeatures, string, SentenceFeatures, HashSet{string})"/>): a method of
    /// its own, as a lambda's closure on the two sentences was made for every pair asked.
    /// </summary>
    private static int WordsBesides(SentenceFeatures a, string number, string unit, SentenceFeatures b, HashSet<string> conceptsB)
    {
        var count = 0;
        foreach (var t in a.Distinct)
            if (t != number && t != unit && !a.Names.Contains(t) && InOther(a, t, b, conceptsB))
                count++;
        return count;
    }

    /// <summary>True when the two quote one remark (<see cref="SameQuotation"/>) and disagree on nothing.</summary>
    public static bool QuoteSameRemark(SentenceFeatures a, SentenceFeatures b) =>
        a.Quoted is { Count: >= QuotedWordsShared } && b.Quoted is { Count: >= QuotedWordsShared }
        && SameQuotation(a, b) && !Disagree(a, b);

    /// <summary>True when two outlets' opening sentences tell the same news.</summary>
    public bool SameOpening(SentenceFeatures a, SentenceFeatures b) =>
        Score(a, b, OpeningThreshold, OpeningThreshold) is not null || SameNewsAbout(a, b);

    /// <summary>
    /// Two outlets' first sentences name the same people or places (<see cref="OpeningNamesShared"/>
    /// of them) and share some content besides: each outlet opens with the story's news, in words
    /// of its own ("drew fierce criticism" / "offered swift, negative reactions"), so that is enough
    /// unless they disagree. So are openings that put the news in many of the same words
    /// (<see cref="OpeningWordsShared"/>) though one calls who it is about by a description
    /// ("the nation's largest union of nurses" / "the nurses' union"). Openings that name no one in
    /// common and share few words ("You ever get the electric bill…?" / "You can't blame Mary
    /// Smith…") stay apart.
    /// </summary>
    private bool SameNewsAbout(SentenceFeatures a, SentenceFeatures b)
    {
        if (a.IsEmpty || b.IsEmpty || Disagree(a, b))
            return false;
        var names = a.Names.Count(n => !CalendarWords.IsFullMonthOrWeekday(n) && Has(b, n));
        var dice = Dice(a, b);
        return (names >= OpeningNamesShared && dice >= OpeningNamesThreshold)
            || (dice >= OpeningWordsThreshold && a.Distinct.Count(b.Set.Contains) >= OpeningWordsShared);
    }

    private double? Score(SentenceFeatures a, SentenceFeatures b, double sharedThreshold, double wordingThreshold)
    {
        if (a.IsEmpty || b.IsEmpty || Disagree(a, b))
            return null;
        return Overlap(a, b) is { Shared: >= 3 } overlap && overlap.Dice >= sharedThreshold && overlap.Wording >= wordingThreshold
            && !SharesOnlySpeaker(a, b) ? overlap.Dice : null;
    }

    /// <summary>
    /// How many of <paramref name="a"/>'s words <paramref name="b"/> has (synonyms counted), their weighted
    /// share of both sentences' content (Dice), and of the shorter's words that are neither names nor numbers,
    /// the share in common; null when the two have no weight.
    /// </summary>
    private (int Shared, double Dice, double Wording)? Overlap(SentenceFeatures a, SentenceFeatures b)
    {
        double shared = 0, wordsShared = 0;
        var sharedCount = 0;
        var (ra, rb) = (ReadingOf(a), ReadingOf(b));
        var (totalA, wordsA, totalB, wordsB) = (ra.Total, ra.PlainTotal, rb.Total, rb.PlainTotal);
        for (var i = 0; i < ra.Weights.Length; i++)
        {
            if (!InOther(a, ra, i, b, rb)) continue;
            shared += ra.Weights[i];
            sharedCount++;
            if (ra.Plain[i]) wordsShared += ra.Weights[i];
        }
        if (totalA + totalB == 0)
            return null;
        var dice = 2 * shared / (totalA + totalB);
        var wording = Math.Min(wordsA, wordsB) == 0 ? 0 : wordsShared / Math.Min(wordsA, wordsB);
        return (sharedCount, dice, wording);
    }

    /// <summary>
    /// True when the two differ in a fact: each has numbers and they share none; a number counts
    /// different things ("3 percent" / "3 hours", neither sentence having the other's word); a word
    /// is negated in one and said plainly in the other; a name is swapped for another ("Tom Brooks" /
    /// "Dan Brooks"); they name different weekdays; or an event verb of one is swapped for another.
    /// </summary>
    public static bool Disagree(SentenceFeatures a, SentenceFeatures b)
    {
        if (a.Numbers.Count > 0 && b.Numbers.Count > 0 && ComparableValues(a, b) is { Count: > 0 } va
            && ComparableValues(b, a) is { Count: > 0 } vb && !va.Overlaps(vb))
            return true;
        if (a.Units is { Count: > 0 } ua && b.Units is { Count: > 0 } ub)
            foreach (var (number, unit) in ua)
                if (ub.TryGetValue(number, out var other) && other != unit && !b.Set.Contains(unit) && !a.Set.Contains(other))
                    return true;
        if (NegatesOther(a, b) || NegatesOther(b, a))
            return true;
        if (SwapsName(a, b) || InOtherPlaces(a, b) || GenderEvidence.Opposite(a.Sex, b.Sex))
            return true;
        if (NamesWeekday(a) && NamesWeekday(b) && !SharesWeekday(a, b))
            return true;
        return SwapsEvent(a, b) && !QuoteTheSameWords(a, b);
    }

    /// <summary>Quoted words in common, in the same order, that make the verbs around them ways of reporting one remark.</summary>
    public const int IntroducedRun = 2;

    /// <summary>
    /// Both quote the same <see cref="IntroducedRun"/> words or more in a row: their verbs ("described
    /// what he called the 'paper tiger'" / "dismissed it as 'a paper tiger'") are each outlet's
    /// way of bringing in the same words, not two events.
    /// </summary>
    private static bool QuoteTheSameWords(SentenceFeatures a, SentenceFeatures b) =>
        a.Quoted is { Count: >= IntroducedRun } && b.Quoted is { Count: >= IntroducedRun } && SharesQuotedRun(a, b, IntroducedRun);

    // Asked of every pair compared, so without building sets of their weekdays.
    private static bool NamesWeekday(SentenceFeatures s)
    {
        foreach (var t in s.Distinct)
            if (CalendarWords.WeekdaySet.Contains(t))
                return true;
        return false;
    }

    private static bool SharesWeekday(SentenceFeatures a, SentenceFeatures b)
    {
        foreach (var t in a.Distinct)
            if (CalendarWords.WeekdaySet.Contains(t) && b.Set.Contains(t))
                return true;
        return false;
    }

    /// <summary>
    /// <paramref name="a"/>'s <see cref="SentenceFeatures.Values"/> less the ages it gives people <paramref name="b"/>
    /// gives no age, unless <paramref name="b"/> gives the same number ("the 29-year-old singer" /
    /// "21-year-old Tavon Alleyne"): two people's ages are not two accounts of one number.
    /// </summary>
    private static HashSet<string> ComparableValues(SentenceFeatures a, SentenceFeatures b)
    {
        var values = a.Values;
        if (AgesOf(a) is not { } ages)
            return values;
        var agedInB = AgesOf(b)?.Values.ToHashSet(StringComparer.Ordinal) ?? [];
        var valuesB = b.Values;
        var kept = new HashSet<string>(values, StringComparer.Ordinal);
        // An age the other gives too is kept, whatever each calls the person ("35-year-old model" /
        // "35-year-old cookbook author").
        foreach (var (age, who) in ages)
            if (!agedInB.Contains(who) && !valuesB.Contains(age))
                kept.Remove(age);
        return kept;
    }

    /// <summary>
    /// Ages written "N-year-old X", each number with the word after it: whose age it is; null for a
    /// sentence that gives none, most of them (a table was made for every pair with numbers).
    /// </summary>
    private static Dictionary<string, string>? AgesOf(SentenceFeatures s)
    {
        Dictionary<string, string>? ages = null;
        var c = s.Content;
        for (var i = 0; i + 3 < c.Length; i++)
            if (char.IsDigit(c[i][0]) && c[i + 1] == "year" && c[i + 2] == "old")
                (ages ??= new(StringComparer.Ordinal)).TryAdd(c[i], c[i + 3]);
        return ages;
    }

    /// <summary>
    /// A name beside a shared name in one sentence, and another beside the same shared name in the
    /// other: "Officer Tom Brooks" / "Officer Dan Brooks", "Kim Jong Un" / "Kim Yo Jong".
    /// </summary>
    private static bool SwapsName(SentenceFeatures a, SentenceFeatures b)
    {
        // Each side's pairs are read in place, not gathered into a set per side: asked of every pair
        // compared, and most sentences name someone in full.
        if (a.NamePairs.IsDefaultOrEmpty || b.NamePairs.IsDefaultOrEmpty)
            return false;
        foreach (var (x, y) in a.NamePairs)
            if ((BesideShared(x, y, b) && IsBesideShared(b, x, a)) || (BesideShared(y, x, b) && IsBesideShared(b, y, a)))
                return true;
        return false;
    }

    /// <summary>
    /// Each tells its fact in a place the other does not name at all ("was shot in Springfield" / "was shot
    /// in Shelbyville"): two incidents of one kind, however alike the words. A place inside the other
    /// ("in Springfield, Illinois" / "in Illinois") names it, and so does not count.
    /// </summary>
    private static bool InOtherPlaces(SentenceFeatures a, SentenceFeatures b) =>
        a.Places is { Count: > 0 } pa && b.Places is { Count: > 0 } pb && !HasAny(b, pa) && !HasAny(a, pb);

    /// <summary>Whether <paramref name="s"/> has any of <paramref name="words"/> (<see cref="Has"/>).</summary>
    private static bool HasAny(SentenceFeatures s, HashSet<string> words)
    {
        foreach (var word in words)
            if (Has(s, word))
                return true;
        return false;
    }

    /// <summary>
    /// <paramref name="name"/>, a name <paramref name="other"/> shares, stands beside <paramref name="beside"/>,
    /// a name <paramref name="other"/> lacks. A title written with capitals ("Chief Executive Nora Vance" /
    /// "CEO Nora Vance") says what the person is, not who: it is never the other name.
    /// </summary>
    private static bool BesideShared(string name, string beside, SentenceFeatures other) =>
        other.Names.Contains(name) && !HasName(other, beside) && !TitleStems.Contains(beside);

    /// <summary>Whether <paramref name="name"/> stands in a pair of <paramref name="s"/> beside a name <paramref name="other"/> lacks (<see cref="BesideShared"/>).</summary>
    private static bool IsBesideShared(SentenceFeatures s, string name, SentenceFeatures other)
    {
        foreach (var (x, y) in s.NamePairs)
            if ((x == name && BesideShared(x, y, other)) || (y == name && BesideShared(y, x, other)))
                return true;
        return false;
    }

    /// <summary>The stems of role words and titles (<see cref="NameLists.RoleWords"/>, "Gov.", "CEO"), as a sentence's names are written.</summary>
    private static readonly FrozenSet<string> TitleStems =
        NameLists.RoleWords.Split('|')
            .Concat(NameLists.TitleAbbreviations.Replace(@"\.", "", StringComparison.Ordinal).Split('|'))
            .Concat(["ceo", "cfo", "coo", "cto", "general", "vice", "deputy", "assistant", "acting", "senior"])
            .Select(w => WordStemmer.Stem(w.ToLowerInvariant()))
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The name <paramref name="name"/> in <paramref name="s"/> (<see cref="Has"/>), or another form of the same given name ("Bill" for "William").</summary>
    private static bool HasName(SentenceFeatures s, string name)
    {
        if (Has(s, name))
            return true;
        if (Paraphrases.FullGivenName(name) is not { } full)
            return false;
        foreach (var n in s.Names)
            if (Paraphrases.FullGivenName(n) == full)
                return true;
        return false;
    }

    /// <summary>
    /// True when <paramref name="s"/> has the word or a longer or shorter form of it ("Christian" for
    /// "Christianity", "Texan" for "Texans"): a name written in another form is not another name.
    /// </summary>
    private static bool Has(SentenceFeatures s, string word)
    {
        if (s.Set.Contains(word))
            return true;
        // A loop, not Any: its closure on the word was made on every call, the word in the set or not.
        foreach (var n in s.Names)
            if (Math.Min(n.Length, word.Length) >= 5
                && (n.StartsWith(word, StringComparison.Ordinal) || word.StartsWith(n, StringComparison.Ordinal)))
                return true;
        return false;
    }

    /// <summary>
    /// What the matcher reads of a sentence again and again, worked out once: a sentence is compared
    /// with many. Each of its distinct words' weight, concept (<see cref="ConceptIn"/>) and whether it
    /// is plain (neither a name nor a number), in the order of <see cref="SentenceFeatures.Distinct"/>;
    /// the sums of those weights, added in that order; the concept of each word of its content.
    /// </summary>
    private sealed class Reading
    {
        public Reading(SentenceFeatures s, SentenceComparer comparer)
        {
            var n = s.Distinct.Length;
            // The comparer has the weights of a story sentence's words already, in this order.
            (Weights, Concepts, Plain) = (comparer.DistinctWeights(s), new string[n], new bool[n]);
            // Room for every concept at once: a set grown word by word is copied at each doubling.
            ConceptSet = new HashSet<string>(n, StringComparer.Ordinal);
            List<string>? days = null;
            for (var i = 0; i < n; i++)
            {
                var t = s.Distinct[i];
                if (CalendarWords.IsFullMonthOrWeekday(t)) (days ??= []).Add(t);
                Concepts[i] = ConceptIn(s, t);
                ConceptSet.Add(Concepts[i]);
                Plain[i] = !s.Names.Contains(t) && !s.Numbers.Contains(t);
                Total += Weights[i];
                if (Plain[i]) PlainTotal += Weights[i];
            }
            // The distinct words are the content's in order of first occurrence: a word that is the next of
            // them has its concept already, only a repeat is looked up again.
            Days = days is null ? [] : [.. days];
            ContentConcepts = new string[s.Content.Length];
            var next = 0;
            for (var i = 0; i < ContentConcepts.Length; i++)
                ContentConcepts[i] = next < n && s.Content[i] == s.Distinct[next] ? Concepts[next++] : ConceptIn(s, s.Content[i]);
        }

        public double[] Weights { get; }
        public string[] Concepts { get; }
        public bool[] Plain { get; }
        public double Total { get; }
        public double PlainTotal { get; }
        public HashSet<string> ConceptSet { get; }
        public string[] ContentConcepts { get; }
        /// <summary>The distinct words that name a month or a weekday in full, in order: most sentences have none.</summary>
        public string[] Days { get; }
    }

    /// <summary>Each story sentence's <see cref="Reading"/> by its id (with the sentence, to tell it from another of that id), and those of clauses, which have none, by reference.</summary>
    private (SentenceFeatures Of, Reading Reading)?[] _readings = [];
    private readonly Dictionary<SentenceFeatures, Reading> _clauseReadings = new(ReferenceEqualityComparer.Instance);

    private Reading ReadingOf(SentenceFeatures s)
    {
        if (s.Id < 0)
        {
            if (!_clauseReadings.TryGetValue(s, out var clause))
                _clauseReadings[s] = clause = new Reading(s, comparer);
            return clause;
        }
        if (s.Id >= _readings.Length)
            Array.Resize(ref _readings, Math.Max(s.Id + 1, 2 * _readings.Length));
        if (_readings[s.Id] is { } known && ReferenceEquals(known.Of, s))
            return known.Reading;
        var reading = new Reading(s, comparer);
        _readings[s.Id] = (s, reading);
        return reading;
    }

    /// <summary>Whether the <paramref name="i"/>th distinct word of <paramref name="s"/> is in <paramref name="other"/>, as written or as a concept.</summary>
    private static bool InOther(SentenceFeatures s, Reading rs, int i, SentenceFeatures other, Reading rOther) =>
        other.Set.Contains(s.Distinct[i]) || rOther.ConceptSet.Contains(rs.Concepts[i]);

    /// <summary>
    /// Whether <paramref name="word"/> of <paramref name="s"/> is in <paramref name="other"/>, as written or as
    /// a concept (<see cref="ConceptIn"/>) of <paramref name="otherConcepts"/>, the other's <see cref="Reading.ConceptSet"/>.
    /// </summary>
    private static bool InOther(SentenceFeatures s, string word, SentenceFeatures other, HashSet<string> otherConcepts) =>
        other.Set.Contains(word) || otherConcepts.Contains(ConceptIn(s, word));

    /// <summary>Whether <paramref name="word"/> of <paramref name="s"/> is in <paramref name="other"/>, as written or as a concept.</summary>
    public bool InOther(SentenceFeatures s, string word, SentenceFeatures other) => InOther(s, word, other, ReadingOf(other).ConceptSet);

    /// <summary>
    /// What <paramref name="word"/> of <paramref name="s"/> stands for: a given name as its full form
    /// ("Bill" is "William", only where it is a name: a bill is not), any other word its <see cref="Paraphrases"/> concept.
    /// </summary>
    private static string ConceptIn(SentenceFeatures s, string word) =>
        s.Names.Contains(word) && Paraphrases.FullGivenName(word) is { } full ? full : Paraphrases.Concept(word);

    /// <summary>
    /// A cheap first look: two wordings of one fact share at least two words as written, or an exact
    /// figure (<see cref="IsExact"/>), which may be all they share ("corrected to $284.46" / "owed $284.46").
    /// </summary>
    public static bool MayMatch(SentenceFeatures a, SentenceFeatures b)
    {
        var shared = 0;
        foreach (var t in a.Distinct)
            if (b.Set.Contains(t) && (++shared >= 2 || IsExact(t)))
                return true;
        return false;
    }

    /// <summary>
    /// The word a negation governs in <paramref name="a"/> ("did not derail", "never questioned") said
    /// plainly in <paramref name="b"/>. Only the governed word counts: the rest of a negated clause
    /// ("never questioned the president's faith and repeatedly said...") is not denied by it.
    /// </summary>
    private static bool NegatesOther(SentenceFeatures a, SentenceFeatures b)
    {
        // A loop, not Any: asked of every pair compared, and most sentences negate nothing.
        if (a.Negated.Count == 0)
            return false;
        foreach (var t in a.Negated)
            if (b.Set.Contains(t) && !b.Negated.Contains(t))
                return true;
        return false;
    }

    /// <summary>
    /// True when verb <paramref name="va"/> stands in <paramref name="a"/> beside a word that stands on the
    /// same side of <paramref name="vb"/> in <paramref name="b"/> ("people [killed] crash" / "people
    /// [injured] crash", "[released] hospital" / "[taken] hospital"):
    /// one event put in the other's place, not two wordings built around different verbs.
    /// </summary>
    private static bool SameSlot(SentenceFeatures a, string va, SentenceFeatures b, string vb)
    {
        static (string? Before, string? After) Around(ImmutableArray<string> c, string v)
        {
            var i = c.IndexOf(v);
            return (i > 0 ? c[i - 1] : null, i + 1 < c.Length ? c[i + 1] : null);
        }
        static bool Same(string? x, string? y) => x == y || (x is not null && y is not null && Paraphrases.Concept(x) == Paraphrases.Concept(y));
        var (beforeA, afterA) = Around(a.Content, va);
        var (beforeB, afterB) = Around(b.Content, vb);
        return Same(beforeA, beforeB) || Same(afterA, afterB);
    }

    /// <summary>
    /// An event verb of <paramref name="a"/> missing from <paramref name="b"/> while <paramref name="b"/>
    /// has one of its own in its place, around mostly the same other words: "four people were released
    /// from hospital" / "four people were taken to hospital". Paraphrases differ in many words, so a
    /// different verb among them says nothing.
    /// </summary>
    private static bool SwapsEvent(SentenceFeatures a, SentenceFeatures b)
    {
        // Asked of every pair compared: most have no event verb on one side, and then swap none.
        return a.Verbs.Count > 0 && b.Verbs.Count > 0 && SwapsVerb(a, b);
    }

    /// <summary>
    /// <see cref="SwapsEvent"/> of two sentences that each have an event verb. Loops, not LINQ: most pairs
    /// with verbs share one or swap none, and lambdas made a closure and two lists for each.
    /// </summary>
    private static bool SwapsVerb(SentenceFeatures a, SentenceFeatures b)
    {
        foreach (var v in a.Verbs)
            if (HasConcept(b.Verbs, Paraphrases.Concept(v)))
                return false;
        if (!SwapsOne(a, b))
            return false;
        // The words other than each side's verbs: how many of a's the other has, against the fewer of the two.
        var (restA, restB, shared) = (0, 0, 0);
        foreach (var t in a.Distinct)
            if (!a.Verbs.Contains(t))
            {
                restA++;
                if (b.Set.Contains(t)) shared++;
            }
        foreach (var t in b.Distinct)
            if (!b.Verbs.Contains(t))
                restB++;
        return shared * 2 >= Math.Min(restA, restB);

        // A verb of a that b lacks, with a verb of b that a lacks in its place.
        static bool SwapsOne(SentenceFeatures a, SentenceFeatures b)
        {
            foreach (var v in a.Verbs)
                if (Lacks(b, v))
                    foreach (var u in b.Verbs)
                        if (Lacks(a, u) && SameSlot(a, v, b, u))
                            return true;
            return false;
        }

        static bool HasConcept(HashSet<string> verbs, string concept)
        {
            foreach (var u in verbs)
                if (Paraphrases.Concept(u) == concept)
                    return true;
            return false;
        }

        static bool Lacks(SentenceFeatures s, string verb)
        {
            if (s.Set.Contains(verb))
                return false;
            var concept = Paraphrases.Concept(verb);
            foreach (var t in s.Distinct)
                if (Paraphrases.Concept(t) == concept)
                    return false;
            return true;
        }
    }
}
