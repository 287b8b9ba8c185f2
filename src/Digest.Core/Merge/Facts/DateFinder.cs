using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Digest.Core.Text;

namespace Digest.Core.Merge.Facts;

/// <summary>A date expression found in a sentence, resolved when the text and its context allow.</summary>
/// <param name="Phrase">The words as written ("on Thursday", "Sept. 2020").</param>
/// <param name="Index">Where the phrase starts in the sentence.</param>
/// <param name="Date">The resolved date, or null when it cannot be resolved.</param>
/// <param name="Unresolved">Why the date could not be resolved; null when it was.</param>
/// <param name="Explicit">True when the text states the date itself (a year is written), false when it is relative.</param>
internal sealed record DateMention(string Phrase, int Index, FactDate? Date, string? Unresolved, bool Explicit);

/// <summary>The forms of date <see cref="DateFinder"/> finds, in the order of its <see cref="DateFinder.Pattern"/>.</summary>
internal enum DateForm
{
    IsoDate, MonthDayYear, DayMonthYear, MonthYear, MonthDay, InMonth, InYear, TheYear, HolidayName, Weekend, OnWeekday, DayWord,
    RelativePeriod, Ago, Later, Next,
}

/// <summary>A date expression as the text writes it, found once per sentence and resolved in each context that needs it.</summary>
/// <param name="Match">The match of the form's own regex: its groups are read by that regex's numbers.</param>
/// <param name="Form">Which form found it.</param>
internal sealed record DatePhrase(Match Match, DateForm Form)
{
    /// <summary>The phrase writes a month or a day with its year ("Sept. 2020", "Nov. 2, 2017", "2021-10-01"): it states the date outright.</summary>
    public bool StatesMonthOrDay => Form is DateForm.IsoDate or DateForm.MonthDayYear or DateForm.DayMonthYear or DateForm.MonthYear;
}

/// <summary>What a sentence's relative dates are resolved against.</summary>
/// <param name="Published">The article's publication date, if it has one.</param>
/// <param name="Anchor">The previous dated event of the article, for "two months later".</param>
/// <param name="YearOfMonth">
/// Given a month named without a year and the year the publication date suggests, the year to use:
/// lets the story's own "September 2020" settle a later "in September".
/// </param>
internal sealed record DateContext(DateOnly? Published, FactDate? Anchor = null, Func<int, int, int>? YearOfMonth = null);

/// <summary>
/// Finds the date expressions news text uses and resolves them. Absolute forms: "2021-10-01",
/// "Nov. 2, 2017", "2 November 2017", "Sept. 2020", "in 2019". Forms that need the publication date:
/// "in March" (the most recent March not after it), "Nov. 2", "on Thursday" (the most recent Thursday
/// on or before it), "last week", "a year ago", "earlier this month", "yesterday". Forms anchored on the
/// previous dated event: "two months later", "the next day". Quoted speech is skipped.
/// </summary>
internal static partial class DateFinder
{
    /// <summary>A month as written: "September", "Sept." or "Sept", "Sep.".</summary>
    private const string Mon = "(?:" + CalendarWords.MonthAlternation + "|" + CalendarWords.MonthAbbreviationAlternation + ")(?![A-Za-z])";

    /// <summary>How many units a relative date counts ("two months later"): up to a dozen.</summary>
    private const int MaxCount = 12;

    private const string Num = @"(?:a|an|" + NumberWords.OneToTwelve + @"|\d{1,3})";
    /// <summary>Occasions held in a month, which news names by it ("the November election", "the March deadline").</summary>
    private const string Occasion = @"(?:elections?|primary|primaries|runoff|referendum|ballot|vote|summit|deadline|trial|hearing|conference|convention)\b";

    private const string Weekday = CalendarWords.WeekdayAlternation;

    /// <summary>Every month <see cref="Mon"/> matches, full or abbreviated, begins with its month's first three letters (case as written).</summary>
    private static readonly string[] MonthPrefixes = [.. CalendarWords.MonthAlternation.Split('|').Select(m => m[..3])];

    private static readonly string[] Weekdays = CalendarWords.WeekdayAlternation.Split('|');

    /// <summary>A word of every holiday <see cref="HolidayName"/> names ("New Year's Day" has "Year", "July Fourth" "Fourth").</summary>
    private static readonly string[] HolidayWords = ["Christmas", "Year", "Boxing", "Independence", "Fourth", "Halloween", "Valentine", "Veterans", "Armistice", "Bastille"];

    /// <summary>The words, in any case, of the forms that name no month, weekday or holiday, in the order of <see cref="DateForm"/>.</summary>
    private static readonly string[] WeekendWords = ["weekend"], DayWords = ["yesterday", "tomorrow", "night", "morning", "afternoon", "evening"],
        PeriodWords = ["week", "month", "year"], AgoWords = ["ago"], LaterWords = ["later", "earlier"], NextWords = ["next", "following"];

    private static readonly Func<string, bool> MonthCue = Cue.Words(MonthPrefixes);

    private static bool DigitAndMonth(string text) => Cue.Digit(text) && MonthCue(text);

    /// <summary>
    /// A digit or a word of some form's cue in any case: true wherever any form's cue is, as each is a digit or one of these
    /// words (as written, or in any case). A sentence with none (half of them) is not asked each form's cue: asking all
    /// sixteen of every sentence cost 960 M instructions of a 1k build's 17.9 G.
    /// </summary>
    private static readonly Func<string, bool> AnyFormWord =
        Cue.WordsAnyCase([.. MonthPrefixes, .. Weekdays, .. HolidayWords, .. WeekendWords, .. DayWords, .. PeriodWords, .. AgoWords, .. LaterWords, .. NextWords]);

    /// <summary>
    /// The date forms, in the order of <see cref="DateForm"/> (a match's alternative is its form), tried in this order at each position (<see cref="Alternation"/>: one regex this size would run unoptimised),
    /// each with what any match of it contains: most sentences have no digit, month or weekday, and are not searched for those forms.
    /// </summary>
    internal static readonly Alternation Pattern = new(
        (IsoDate, Cue.Digit), (MonthDayYear, DigitAndMonth), (DayMonthYear, DigitAndMonth), (MonthYear, DigitAndMonth),
        (MonthDay, DigitAndMonth), (InMonth, MonthCue), (InYear, Cue.Digit), (TheYear, Cue.Digit), (HolidayName, Cue.Words(HolidayWords)),
        (Weekend, Cue.WordsAnyCase(WeekendWords)), (OnWeekday, Cue.Words(Weekdays)), (DayWord, Cue.WordsAnyCase(DayWords)),
        (RelativePeriod, Cue.WordsAnyCase(PeriodWords)), (Ago, Cue.WordsAnyCase(AgoWords)), (Later, Cue.WordsAnyCase(LaterWords)),
        (Next, Cue.WordsAnyCase(NextWords))); // after the words and cues it reads: static fields are set in the order written

    // Each form's groups by number, looked up once: a lookup by name hashes the name in every match read.
    private static readonly int IsoYear = Group(IsoDate, "iy"), IsoMonth = Group(IsoDate, "im"), IsoDay = Group(IsoDate, "id");
    private static readonly int MdyMonth = Group(MonthDayYear, "m1"), MdyDay = Group(MonthDayYear, "d1"), MdyYear = Group(MonthDayYear, "y1");
    private static readonly int DmyMonth = Group(DayMonthYear, "m2"), DmyDay = Group(DayMonthYear, "d2"), DmyYear = Group(DayMonthYear, "y2");
    private static readonly int MyMonth = Group(MonthYear, "m3"), MyYear = Group(MonthYear, "y3");
    private static readonly int MdMonth = Group(MonthDay, "m4"), MdDay = Group(MonthDay, "d4");
    private static readonly int InMonthPre = Group(InMonth, "mpre"), InMonthMonth = Group(InMonth, "m5");
    private static readonly int InYearYear = Group(InYear, "y6");
    private static readonly int TheYearYear = Group(TheYear, "y7");
    private static readonly int HolidayNameName = Group(HolidayName, "hol");
    private static readonly int WeekendPre = Group(Weekend, "wepre");
    private static readonly int WeekdayPre = Group(OnWeekday, "wpre"), WeekdayName = Group(OnWeekday, "w");
    private static readonly int PeriodPre = Group(RelativePeriod, "ppre"), PeriodUnit = Group(RelativePeriod, "punit");
    private static readonly int AgoCount = Group(Ago, "an"), AgoUnit = Group(Ago, "au");
    private static readonly int LaterCount = Group(Later, "ln"), LaterUnit = Group(Later, "lu"), LaterDirection = Group(Later, "ldir");
    private static readonly int NextUnit = Group(Next, "nu");

    private static int Group(Regex regex, string name) =>
        regex.GroupNumberFromName(name) is var n and > 0 ? n : throw new InvalidOperationException($"no group {name} in {regex}");

    [GeneratedRegex($@"\b(?<iso>(?<iy>(?:1[89]|20)\d{{2}})-(?<im>\d{{2}})-(?<id>\d{{2}}))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex IsoDate { get; }

    [GeneratedRegex($@"\b(?<mdy>(?<m1>{Mon})\s+(?<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<y1>(?:1[89]|20)\d{{2}}))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthDayYear { get; }

    [GeneratedRegex($@"\b(?<dmy>(?<d2>\d{{1,2}})\s+(?<m2>{Mon})\s+(?<y2>(?:1[89]|20)\d{{2}}))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DayMonthYear { get; }

    [GeneratedRegex($@"\b(?<my>(?<m3>{Mon}),?\s+(?<y3>(?:1[89]|20)\d{{2}}))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthYear { get; }

    [GeneratedRegex($@"\b(?<md>(?<m4>{Mon})\s+(?<d4>\d{{1,2}})(?:st|nd|rd|th)?)\b(?!\s*(?:,\s*\d|%|-|\.\d))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthDay { get; }

    // "the November election": a month that names a scheduled occasion, read as "in November" is.
    [GeneratedRegex($@"\b(?<m>(?<mpre>(?i:in|during|since|until|by|last|this|next|as\s+of)|[Tt]he(?=\s+{Mon}\s+{Occasion}))\s+(?:(?i:early|late|mid)-?\s*)?(?<m5>{Mon}))(?![.,]?\s*,?\s*(?:\d{{1,2}}\b(?!\s+(?:million|billion|thousand|hundred|percent|people))|\d{{4}}))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex InMonth { get; }

    [GeneratedRegex($@"\b(?<y>(?i:in|during|by|as\s+of)\s+(?:(?i:early|late|mid)-?\s*)?(?<y6>(?:19|20)\d{{2}}))\b(?![-/])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex InYear { get; }

    // "the 2012 draft", "the 2016 election": a year that names an occasion.
    [GeneratedRegex(@"\b(?<ay>(?i:the)\s+(?<y7>(?:19|20)\d{2}))\s+(?=\p{L})(?!(?i:percent|per|people|votes?)\b)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TheYear { get; }

    // Fixed-date holidays: "on Christmas Day", "Memphis's Christmas Eve game".
    [GeneratedRegex(@"\b(?<hol>Christmas\s+(?:Day|Eve)|New\s+Year['’]s\s+(?:Day|Eve)|Boxing\s+Day|Independence\s+Day|Fourth\s+of\s+July|July\s+Fourth|Halloween|Valentine['’]s\s+Day|Veterans\s+Day|Armistice\s+Day|Bastille\s+Day)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex HolidayName { get; }

    [GeneratedRegex(@"\b(?<wkend>(?<wepre>(?i:over\s+the|this|last|next|on\s+the|the\s+past))\s+(?i:weekend))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Weekend { get; }

    [GeneratedRegex($@"\b(?<wd>(?:(?<wpre>(?i:last|this\s+coming|this|next|on|early|late|coming))\s+)?(?<w>{Weekday}))(?![A-Za-z])(?!\s+[A-Z][a-z])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)] // not "Monday Market"
    private static partial Regex OnWeekday { get; }

    // "today" is left out: in narration it mostly means "nowadays" ("he is alive today").
    [GeneratedRegex(@"\b(?<day>(?i:yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DayWord { get; }

    [GeneratedRegex(@"\b(?<period>(?<ppre>(?i:earlier this|later this|this|last|next|past))\s+(?<punit>(?i:week|month|year)))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RelativePeriod { get; }

    [GeneratedRegex($@"\b(?<ago>(?<an>(?i:{Num}))\s+(?<au>(?i:day|week|month|year))s?\s+(?i:ago))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Ago { get; }

    [GeneratedRegex($@"\b(?<later>(?<ln>(?i:{Num}))\s+(?<lu>(?i:day|week|month|year))s?\s+(?<ldir>(?i:later|earlier)))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Later { get; }

    [GeneratedRegex(@"\b(?<next>(?i:the\s+(?:next|following))\s+(?<nu>(?i:day|morning|week|month|year)))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Next { get; }

    /// <summary>
    /// Words just before a month or weekday that put it in the future ("will plummet on Jan. 1", "must pass
    /// this week", "as soon as Friday ... will", "until March"): then the date is the next such one, not
    /// the last. "Must have" looks back ("must have filed the papers on Monday").
    /// </summary>
    [GeneratedRegex(@"\b(?:will|won't|shall|must(?!\s+have)|needs? to|scheduled|plans? to|expected to|set to|starting|due to|as soon as)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue { get; }

    /// <summary>How far before a date phrase a future cue is looked for.</summary>
    private const int FutureCueReach = 100;

    /// <summary>A reporting verb between the cue and the date starts a new clause: "X will go, he said Friday" is a past Friday.</summary>
    [GeneratedRegex(@"\b(?:" + SpeechVerbs.Alternation + @")\b", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Reporting { get; }

    /// <summary>
    /// Cues that must end right at the date phrase. A fixture in the present tense ("host the Browns on
    /// Sunday", "faces Leeds on Saturday") is a scheduled game; a handover "before the new Congress takes
    /// over in January" has not happened yet. What a court or a body sets, plans, puts off or moves "for" or
    /// "until" a date ("set sentencing for June 20", "postponed the vote until Friday", "the funeral is
    /// planned for Feb. 15", "slated for", "expected for", "due for") lies ahead of the setting, whatever
    /// the tense of the verb; only "for" or "until" says so ("planned the raid in March" tells when it was planned).
    /// </summary>
    [GeneratedRegex(
        @"(?:\b(?i:hosts?|visits?|faces?|plays?|meets?)\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){1,3}" +
        @"|\b(?i:set|scheduled|rescheduled|planned|slated|expected|due|earmarked|booked|postponed|delayed|adjourned|pushed\s+back)\s+(?:[^.;,]{0,40}?\s)?(?i:for|until)\s+" +
        @"|\b(?i:before|until|when|once)\s+[^.;,]{0,60}\b(?i:takes|begins|starts|convenes|opens|arrives|returns)(?:\s+(?i:over|office|effect))?\s+)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ScheduleCue { get; }

    private static bool Future(string text, int index)
    {
        // The window is read in place; the last reporting verb in it is the first match read from the right.
        var window = text.AsSpan(Math.Max(0, index - FutureCueReach), Math.Min(index, FutureCueReach));
        foreach (var r in Reporting.EnumerateMatches(window))
        {
            window = window[(r.Index + r.Length)..];
            break;
        }
        return FutureCue.IsMatch(window) || ScheduleCue.IsMatch(window);
    }

    /// <summary>Finds the dates of a sentence and resolves them in <paramref name="context"/>.</summary>
    public static ImmutableArray<DateMention> Find(string sentence, DateContext context)
    {
        var narration = QuotedSpeech.Mask(sentence, QuotedSpeech.Find(sentence));
        return Resolve(sentence, narration, Phrases(narration), context);
    }

    /// <summary>The date expressions of a sentence's narration (<see cref="QuotedSpeech"/>), as written, not yet resolved.</summary>
    public static ImmutableArray<DatePhrase> Phrases(string narration) =>
        Cue.Digit(narration) || AnyFormWord(narration) ? [.. Pattern.MatchesWithAlternative(narration).Select(m => new DatePhrase(m.Match, (DateForm)m.Alternative))] : [];

    /// <summary>Resolves the <paramref name="phrases"/> found in a sentence's <paramref name="narration"/> in <paramref name="context"/>.</summary>
    public static ImmutableArray<DateMention> Resolve(string sentence, string narration, ImmutableArray<DatePhrase> phrases, DateContext context)
    {
        var text = narration;
        var anchor = context.Anchor;
        var found = ImmutableArray.CreateBuilder<DateMention>();
        foreach (var phrase in phrases)
        {
            if (Baseline(text, phrase)) continue;
            var mention = Resolve(phrase, context with { Anchor = anchor }, text);
            if (mention is null) continue;
            if (found.Count > 0 && Alternative(found[^1], mention, sentence) is { } either)
            {
                found[^1] = either;
                if (either.Date is { } e) anchor = e;
                continue;
            }
            found.Add(mention);
            if (mention.Date is { } d) anchor = d;
        }
        // A bound ("since Dec. 23", "until after Nov. 2"), an occasion's year ("the 2012 draft") or a possessive
        // ("Sunday's incident") beside another date is not when the sentence's event happened: the other date is.
        if (found.Count > 1 && found.Any(f => !Secondary(f, text)))
            found.RemoveAll(f => Secondary(f, text));
        return found.ToImmutable();
    }

    [GeneratedRegex(@"\b(?:since|until|till|through|from)\s+(?:after\s+|before\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Bound();

    private const string Figure = @"[$€£]?\d[\d.,]*(?:\s*%|\s+(?:percent|per\s+cent|million|billion|trillion|thousand|cents?|pence|points?))*";
    private const string Compared = @"\b(?:from|(?<!\b(?:more|less|fewer|no|longer|earlier|later|sooner|better)\s+)than|compared\s+(?:with|to)|versus|vs\.|against)\s+";

    /// <summary>
    /// A comparison's other term: "to $310 million from $280 million a year earlier", "up 6% from a year ago", "down
    /// from 4.6% last year", "compared with a year earlier". The date says when the other figure stood, not when
    /// anything the sentence tells happened.
    /// </summary>
    [GeneratedRegex(@"(?:" + Compared + @"(?:(?:about|around|nearly|roughly|almost|just)\s+)?" + Figure + @"\s+(?<figure>)|" + Compared + @")$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ComparedWith { get; }

    /// <summary>How far before a date phrase the comparison it ends is looked for.</summary>
    private const int ComparedReach = 60;

    /// <summary>
    /// The date phrase is the baseline of a comparison: right after a figure compared with ("from $280 million a year
    /// earlier", "from 2.1 billion in 2019"), or, for a period counted back ("a year ago", "last year"), right after the
    /// comparing word ("up 6% from a year ago"; "from Monday" or "from next year" on its own is where a span starts, a bound).
    /// </summary>
    private static bool Baseline(string text, DatePhrase phrase)
    {
        var p = phrase.Match;
        // The window is searched in place: the match sees only it, as it would a copy ("$" is the phrase's start).
        var start = Math.Max(0, p.Index - ComparedReach);
        if (ComparedWith.Match(text, start, p.Index - start) is not { Success: true } m) return false;
        return m.Groups["figure"].Success || phrase.Form == DateForm.Ago
            || phrase.Form == DateForm.RelativePeriod && p.Groups[PeriodPre].Value.ToLowerInvariant() is "last" or "past"
            || phrase.Form == DateForm.Later && p.Groups[LaterDirection].Value.Equals("earlier", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Secondary(DateMention mention, string text) =>
        Bound().IsMatch(text.AsSpan(0, mention.Index)) || Possessive().IsMatch(text.AsSpan(mention.Index + mention.Phrase.Length)) || mention.Phrase.StartsWith("since", StringComparison.OrdinalIgnoreCase)
        || mention.Phrase.StartsWith("until", StringComparison.OrdinalIgnoreCase)
        || AttributiveYear().IsMatch(mention.Phrase);

    /// <summary>"Sunday's incident comes after …": a possessive date names an occasion the sentence refers back to.</summary>
    [GeneratedRegex(@"^['’]s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^(?i:the)\s+\d{4}$")]
    private static partial Regex AttributiveYear();

    /// <summary>"tonight or tomorrow", "as soon as Friday or possibly early next week": one event, either date.</summary>
    [GeneratedRegex(@"^\s*,?\s+or\s+(?:(?:possibly|perhaps|maybe)\s+)?(?:(?:early|late)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Or { get; }

    /// <summary>
    /// Two dates given as alternatives for one event become one date covering both, as precise as both
    /// allow (a day or the next is the month), rather than two entries that each claim the event.
    /// </summary>
    private static DateMention? Alternative(DateMention first, DateMention second, string sentence)
    {
        var end = first.Index + first.Phrase.Length;
        if (second.Index < end || !Or.IsMatch(sentence.AsSpan(end, second.Index - end))) return null;
        var phrase = sentence[first.Index..(second.Index + second.Phrase.Length)];
        if (first.Date is not { } a || second.Date is not { } b)
            return new DateMention(phrase, first.Index, null, first.Unresolved ?? second.Unresolved, false);
        var (from, to) = a.Start <= b.Start ? (a.Start, b.End > a.End ? b.End : a.End) : (b.Start, a.End > b.End ? a.End : b.End);
        var date = FactDate.Covering(from, to);
        return new DateMention(phrase, first.Index, date, date is null ? $"\"{phrase}\" could fall in two different years" : null, first.Explicit && second.Explicit);
    }

    private const string NoDate = "the article has no publication date";
    private const string NoAnchor = "no earlier dated event in the article to count from";

    private static DateMention? Resolve(DatePhrase found, DateContext ctx, string text)
    {
        var (m, form) = (found.Match, found.Form);
        var phrase = m.Value.Trim();
        var index = m.Index;
        var p = ctx.Published;
        DateMention Ok(FactDate? d, bool isExplicit = false, string why = "the date it names does not exist") =>
            new(phrase, index, d, d is null ? why : null, isExplicit);
        DateMention Needs(string why) => new(phrase, index, null, why, false);

        if (form == DateForm.IsoDate)
        {
            var day = Date(Int(m, IsoYear), Int(m, IsoMonth), Int(m, IsoDay));
            return day is null ? null : Ok(FactDate.OfDay(day.Value), true);
        }
        if (form is DateForm.MonthDayYear or DateForm.DayMonthYear)
        {
            var (mg, dg, yg) = form == DateForm.MonthDayYear ? (MdyMonth, MdyDay, MdyYear) : (DmyMonth, DmyDay, DmyYear);
            var day = Date(Int(m, yg), MonthOf(m.Groups[mg].Value), Int(m, dg));
            return day is null ? null : Ok(FactDate.OfDay(day.Value), true);
        }
        if (form == DateForm.MonthYear)
            return Ok(FactDate.OfMonth(Int(m, MyYear), MonthOf(m.Groups[MyMonth].Value)), true);
        if (form == DateForm.InYear)
            return Ok(FactDate.OfYear(Int(m, InYearYear)), true);

        if (form == DateForm.TheYear)
            return Ok(FactDate.OfYear(Int(m, TheYearYear)), true);
        if (form == DateForm.HolidayName)
        {
            if (p is not { } pub) return Needs(NoDate);
            var (month, dayOfMonth) = Holiday(m.Groups[HolidayNameName].Value);
            return Ok(FactDate.OfDay(Nearest(pub, month, dayOfMonth, Future(text, index))));
        }
        if (form == DateForm.Weekend)
        {
            if (p is not { } pub) return Needs(NoDate);
            var pre = Spaces().Replace(m.Groups[WeekendPre].Value.ToLowerInvariant(), " ");
            // The weekend just past (or under way); "next weekend", or "this weekend" ahead of a cue, the coming one.
            var saturday = pub.AddDays(-(((int)pub.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7));
            if (pub.DayOfWeek == DayOfWeek.Sunday) saturday = pub.AddDays(-1);
            if (pre == "next" || pre == "this" && Future(text, index)) saturday = saturday < pub ? saturday.AddDays(7) : saturday;
            if (pre == "last" && saturday.AddDays(1) >= pub) saturday = saturday.AddDays(-7);
            return Ok(FactDate.Covering(saturday, saturday.AddDays(1)), why: $"\"{phrase}\" spans two months");
        }
        if (form == DateForm.MonthDay)
        {
            var month = MonthOf(m.Groups[MdMonth].Value);
            var dayOfMonth = Int(m, MdDay);
            if (dayOfMonth is < 1 or > 31) return null;
            // "May 5" needs a month name that cannot be the verb.
            if (m.Groups[MdMonth].Value == "May" && index > 0 && !char.IsWhiteSpace(text[index - 1])) return null;
            if (p is not { } pub) return Needs(NoDate);
            var future = Future(text, index);
            var year = pub.Year;
            var day = Date(year, month, dayOfMonth);
            if (!future && (day is null || day > pub)) { year--; day = Date(year, month, dayOfMonth); }
            if (future && (day is null || day < pub)) { year++; day = Date(year, month, dayOfMonth); }
            return Ok(day is null ? null : FactDate.OfDay(day.Value));
        }
        if (form == DateForm.InMonth)
        {
            var month = MonthOf(m.Groups[InMonthMonth].Value);
            if (p is not { } pub) return Needs(NoDate);
            var pre = m.Groups[InMonthPre].Value.ToLowerInvariant();
            int year = pre switch
            {
                "next" => month > pub.Month ? pub.Year : pub.Year + 1,
                "last" => month < pub.Month ? pub.Year : pub.Year - 1,
                _ when Future(text, index) => month >= pub.Month ? pub.Year : pub.Year + 1,
                _ => month <= pub.Month ? pub.Year : pub.Year - 1,
            };
            if (pre is not ("next" or "last") && !Future(text, index) && ctx.YearOfMonth is { } hint) year = hint(month, year);
            return Ok(FactDate.OfMonth(year, month));
        }
        if (form == DateForm.OnWeekday)
        {
            var target = Enum.Parse<DayOfWeek>(m.Groups[WeekdayName].Value);
            if (p is not { } pub) return Needs(NoDate);
            var back = ((int)pub.DayOfWeek - (int)target + 7) % 7;
            var pre = Spaces().Replace(m.Groups[WeekdayPre].Value.ToLowerInvariant(), " ");
            var day = pre switch
            {
                "next" or "coming" or "this coming" => pub.AddDays(back == 0 ? 7 : 7 - back),
                "last" => pub.AddDays(back == 0 ? -7 : -back),
                _ when Future(text, index) => pub.AddDays((7 - back) % 7),
                _ => pub.AddDays(-back),
            };
            return Ok(FactDate.OfDay(day));
        }
        if (form == DateForm.DayWord)
        {
            if (p is not { } pub) return Needs(NoDate);
            var offset = phrase.ToLowerInvariant() switch
            {
                "yesterday" or "last night" => -1,
                "tomorrow" => 1,
                _ => 0,
            };
            return Ok(FactDate.OfDay(pub.AddDays(offset)));
        }
        if (form == DateForm.RelativePeriod)
        {
            if (p is not { } pub) return Needs(NoDate);
            var pre = m.Groups[PeriodPre].Value.ToLowerInvariant();
            var unit = m.Groups[PeriodUnit].Value.ToLowerInvariant();
            if (pre == "past") return null; // "the past week" is a span up to now, not an event date
            var (from, to) = Period(pub, unit, pre);
            // "will vote this week": the rest of the week, not the days already gone.
            if (pre == "this" && Future(text, index)) from = pub;
            if (to < from) return Needs($"\"{phrase}\" leaves no day {(pre == "later this" ? "after" : "before")} the publication date");
            return Ok(WeekWithinMonth(unit, FactDate.Covering(from, to)), why: $"\"{phrase}\" spans two months");
        }
        if (form == DateForm.Ago)
        {
            if (p is not { } pub) return Needs(NoDate);
            var n = Count(m.Groups[AgoCount].Value);
            var unit = m.Groups[AgoUnit].Value.ToLowerInvariant();
            return Ok(unit switch
            {
                "day" => FactDate.OfDay(pub.AddDays(-n)),
                "week" => WeekWithinMonth(unit, FactDate.Covering(WeekStart(pub.AddDays(-7 * n)), WeekStart(pub.AddDays(-7 * n)).AddDays(6))),
                "month" => FactDate.OfMonth(pub.AddMonths(-n).Year, pub.AddMonths(-n).Month),
                _ => FactDate.OfYear(pub.Year - n),
            }, why: $"\"{phrase}\" spans two months");
        }
        if (form is DateForm.Later or DateForm.Next)
        {
            if (ctx.Anchor is not { } a) return Needs(NoAnchor);
            int n;
            string unit;
            if (form == DateForm.Later)
            {
                n = Count(m.Groups[LaterCount].Value) * (m.Groups[LaterDirection].Value.Equals("earlier", StringComparison.OrdinalIgnoreCase) ? -1 : 1);
                unit = m.Groups[LaterUnit].Value.ToLowerInvariant();
            }
            else
            {
                n = 1;
                unit = m.Groups[NextUnit].Value.ToLowerInvariant() == "morning" ? "day" : m.Groups[NextUnit].Value.ToLowerInvariant();
            }
            DateOnly Shift(DateOnly d) => unit switch
            {
                "day" => d.AddDays(n),
                "week" => d.AddDays(7 * n),
                "month" => d.AddMonths(n),
                _ => d.AddYears(n),
            };
            // The anchor's uncertainty carries over: two months after "September" is "November", not a day.
            var shifted = FactDate.Covering(Shift(a.Start), Shift(a.End));
            // "Three days later" than "in November" could be November or December: no date rather than a vague one.
            if (shifted is { } s && s.Precision < a.Precision) shifted = null;
            return Ok(shifted, why: $"\"{phrase}\" counted from {a.Iso} could fall in two different {(a.Precision == DatePrecision.Month ? "months" : "years")}");
        }
        return null;
    }

    /// <summary>A run of white space, written as one space in a phrase read as words: compiled once, not looked up in the regex cache per phrase.</summary>
    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static (int Month, int Day) Holiday(string name)
    {
        var n = Spaces().Replace(name, " ").Replace('’', '\'');
        return n switch
        {
            "Christmas Day" => (12, 25), "Christmas Eve" => (12, 24), "New Year's Day" => (1, 1), "New Year's Eve" => (12, 31),
            "Boxing Day" => (12, 26), "Independence Day" or "Fourth of July" or "July Fourth" => (7, 4), "Halloween" => (10, 31),
            "Valentine's Day" => (2, 14), "Veterans Day" or "Armistice Day" => (11, 11), _ => (7, 14),
        };
    }

    /// <summary>The month and day nearest the publication date on the side the text points to: the last one, or with a future cue the next.</summary>
    private static DateOnly Nearest(DateOnly pub, int month, int day, bool future)
    {
        var date = new DateOnly(pub.Year, month, day);
        if (!future && date > pub) date = date.AddYears(-1);
        if (future && date < pub) date = date.AddYears(1);
        return date;
    }

    private static (DateOnly From, DateOnly To) Period(DateOnly pub, string unit, string pre)
    {
        var start = unit switch
        {
            "week" => WeekStart(pub),
            "month" => new DateOnly(pub.Year, pub.Month, 1),
            _ => new DateOnly(pub.Year, 1, 1),
        };
        DateOnly Add(DateOnly d, int k) => unit switch
        {
            "week" => d.AddDays(7 * k),
            "month" => d.AddMonths(k),
            _ => d.AddYears(k),
        };
        return pre switch
        {
            "last" => (Add(start, -1), start.AddDays(-1)),
            "next" => (Add(start, 1), Add(start, 2).AddDays(-1)),
            "earlier this" => (start, pub.AddDays(-1)),
            "later this" => (pub.AddDays(1), Add(start, 1).AddDays(-1)),
            _ => (start, Add(start, 1).AddDays(-1)),
        };
    }

    /// <summary>
    /// A week across two months is left unresolved rather than shown as a bare year: "2010" for
    /// "this week" is true but tells a reader nothing.
    /// </summary>
    private static FactDate? WeekWithinMonth(string unit, FactDate? date) =>
        unit == "week" && date is { Precision: DatePrecision.Year } ? null : date;

    /// <summary>Weeks start on Monday, as in news usage ("last week" on a Friday is the week before this one).</summary>
    private static DateOnly WeekStart(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DateOnly? Date(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static int MonthOf(string name) => CalendarWords.MonthNumber(name);

    internal static int Count(string word)
    {
        if (word.ToLowerInvariant() is "a" or "an") return 1;
        return NumberWords.TryValue(word, MaxCount, out var n) ? n : int.Parse(word, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
