using System.Collections.Frozen;

namespace Digest.Core.Merge;

/// <summary>
/// The small English word lists the merge needs: words that carry no content, speech verbs,
/// negations, irregular verb forms and number words. Kept deliberately small: each list is what
/// news prose needs to compare two sentences, not a dictionary.
/// </summary>
internal static class Lexicon
{
    // Negations, numbers and reporting verbs are NOT stop words here: the merge compares them
    // (a "not" or a different number means a different fact). Beyond function words it ignores
    // contraction fragments and conversational fillers.
    public static readonly FrozenSet<string> StopWords = FunctionWords.With(
        "shall", "onto", "along", "alongside", "among", "via", "really", "one's", "s", "t", "d", "ll", "m",
        "re", "ve", "'s", "another", "several", "gotten", "let", "lets", "although", "oh", "yeah");

    /// <summary>Verbs that frame a quotation rather than state a fact: they weigh little when comparing.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Set(
        "say", "tell", "add", "write", "caption", "explain", "note", "state", "continue", "report", "claim",
        "remark", "reply", "respond", "insist", "recall", "ask", "tweet", "quote");

    public static readonly FrozenSet<string> Negations = Set(
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "nowhere");

    public static readonly FrozenSet<string> Pronouns = Set("he", "she", "they");

    /// <summary>Descriptors that stand for the person the article last named ("the singer said").</summary>
    public static readonly FrozenSet<string> PersonDescriptors = Set(
        "singer", "model", "actress", "actor", "star", "rapper", "author", "comedian", "musician", "entertainer",
        "host", "mother", "father", "mom", "dad", "wife", "husband", "woman", "man", "homeowner", "player",
        "coach", "designer", "chef", "athlete", "victim", "politician", "lawmaker", "congressman",
        "congresswoman", "senator", "governor", "mayor", "pitcher", "quarterback", "manager", "spokesman",
        "spokeswoman", "lawyer", "attorney", "agent", "publicist", "guard", "forward", "physician", "surgeon");

    public static readonly FrozenSet<string> Months = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december");

    public static readonly FrozenSet<string> Weekdays = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    public static readonly FrozenDictionary<string, string> MonthAbbreviations = new Dictionary<string, string>
    {
        ["jan"] = "january", ["feb"] = "february", ["mar"] = "march", ["apr"] = "april", ["jun"] = "june",
        ["jul"] = "july", ["aug"] = "august", ["sep"] = "september", ["sept"] = "september", ["oct"] = "october",
        ["nov"] = "november", ["dec"] = "december",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, string> NumberWords = new Dictionary<string, string>
    {
        ["zero"] = "0", ["one"] = "1", ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5",
        ["six"] = "6", ["seven"] = "7", ["eight"] = "8", ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11",
        ["twelve"] = "12", ["thirteen"] = "13", ["fourteen"] = "14", ["fifteen"] = "15", ["sixteen"] = "16",
        ["seventeen"] = "17", ["eighteen"] = "18", ["nineteen"] = "19", ["twenty"] = "20", ["thirty"] = "30",
        ["forty"] = "40", ["fifty"] = "50", ["hundred"] = "100", ["dozen"] = "12", ["first"] = "1st",
        ["second"] = "2nd", ["third"] = "3rd", ["fourth"] = "4th", ["fifth"] = "5th",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Irregular forms to their base, so that "stood" meets "stand" and "told" meets "tell".</summary>
    public static readonly FrozenDictionary<string, string> IrregularVerbs = Pairs(
        "said say", "says say", "told tell", "wrote write", "written write", "took take", "taken take",
        "went go", "gone go", "came come", "gave give", "given give", "held hold", "stood stand", "wore wear",
        "worn wear", "ran run", "saw see", "seen see", "made make", "found find", "left leave", "lost lose",
        "felt feel", "thought think", "began begin", "begun begin", "brought bring", "bought buy",
        "caught catch", "fell fall", "fallen fall", "flew fly", "flown fly", "drove drive", "driven drive",
        "kept keep", "knew know", "known know", "led lead", "met meet", "paid pay", "sent send", "spent spend",
        "struck strike", "spoke speak", "spoken speak", "won win", "sank sink", "sunk sink", "sought seek",
        "shot shoot", "built build", "heard hear", "meant mean", "rose rise", "risen rise", "chose choose",
        "chosen choose", "broke break", "broken break", "ate eat", "eaten eat", "grew grow", "grown grow",
        "threw throw", "thrown throw", "hid hide", "hidden hide", "became become", "sold sell", "stole steal",
        "stolen steal", "swore swear", "sworn swear", "tore tear", "torn tear", "woke wake", "froze freeze",
        "frozen freeze", "drew draw", "drawn draw", "sang sing", "sung sing", "stuck stick", "fought fight",
        "taught teach", "slept sleep", "dealt deal", "fled flee", "slid slide", "hung hang", "laid lay",
        "bled bleed", "fed feed", "shone shine", "wept weep", "children child", "men man", "women woman",
        "people person", "feet foot", "teeth tooth", "mice mouse", "dead die", "death die", "died die",
        "deaths die", "killing kill", "mom mother", "mum mother", "dad father", "kids child", "kid child",
        "photographs photo", "photograph photo", "pictures photo", "picture photo", "images photo", "image photo");

    /// <summary>Past forms among <see cref="IrregularVerbs"/>: they mark a word as a verb for the substitution guard.</summary>
    public static readonly FrozenSet<string> IrregularPast = IrregularVerbs
        .Where(p => !p.Key.EndsWith('s') && p.Key is not ("children" or "men" or "women" or "people" or "feet"
            or "teeth" or "mice" or "dead" or "death" or "mom" or "mum" or "dad" or "kid" or "photograph"
            or "picture" or "image"))
        .Select(p => p.Key).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, string> Pairs(params string[] pairs) =>
        pairs.Select(p => p.Split(' ')).ToFrozenDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}
