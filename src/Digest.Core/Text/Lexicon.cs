using System.Collections.Frozen;

namespace Digest.Core.Text;

/// <summary>
/// The small English word lists the merge needs to compare two sentences: words that carry no
/// content, negations, pronouns and irregular forms. Kept deliberately small: each list is what news
/// prose needs, not a dictionary. Speech verbs, months and number words have their own homes
/// (<see cref="SpeechVerbs"/>, <see cref="CalendarWords"/>, <see cref="NumberWords"/>), as do the
/// words around names (<see cref="NameLists"/>).
/// </summary>
internal static class Lexicon
{
    // Negations, numbers and reporting verbs are NOT stop words here: the merge compares them
    // (a "not" or a different number means a different fact). Beyond function words it ignores
    // contraction fragments and conversational fillers.
    public static readonly FrozenSet<string> StopWords = FunctionWords.With(
        "shall", "onto", "along", "alongside", "among", "via", "really", "one's", "s", "t", "d", "ll", "m",
        "re", "ve", "'s", "another", "several", "gotten", "let", "lets", "although", "oh", "yeah");

    public static readonly FrozenSet<string> Negations = Set(
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "nowhere");

    public static readonly FrozenSet<string> Pronouns = Set("he", "she", "they");

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

    /// <summary>
    /// Nouns news makes of a verb and its particle, by the stem of the verb and the particle ("work out"
    /// -> the stem of "workout"), so that "laid off" meets "layoffs" and "took over" meets "takeover".
    /// A list, not a rule: most verbs with "off" or "over" after them ("jumped off the bridge") are no such noun.
    /// </summary>
    public static readonly FrozenDictionary<string, string> PhrasalNouns = new[]
    {
        "workout", "layoff", "shutdown", "lockdown", "crackdown", "takeover", "bailout", "breakdown", "breakup",
        "walkout", "turnout", "turnover", "standoff", "shootout", "blackout", "lockout", "cleanup", "checkup",
        "payout", "payoff", "selloff", "sellout", "dropout", "takeoff", "rollout", "runoff", "meltdown",
        "showdown", "handover", "cutoff", "knockout", "setup", "holdup", "cover-up",
    }.Select(n => n.Replace("-", "", StringComparison.Ordinal))
     .Select(n => (Noun: n, Particle: new[] { "out", "up", "down", "off", "over" }.First(p => n.EndsWith(p, StringComparison.Ordinal))))
     .ToFrozenDictionary(x => WordStemmer.Stem(x.Noun[..^x.Particle.Length]) + " " + x.Particle, x => WordStemmer.Stem(x.Noun), StringComparer.Ordinal);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, string> Pairs(params string[] pairs) =>
        pairs.Select(p => p.Split(' ')).ToFrozenDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}
