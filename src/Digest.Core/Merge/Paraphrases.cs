using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Digest.Core.Merge;

/// <summary>
/// Words news prose uses for the same thing ("struck" / "hit" / "collided", "theft" / "stealing",
/// "dressed" / "wore"), and words made from one another ("legislation" / "legislative"), so that two
/// outlets' wordings of one fact are seen to agree. Each group maps to its first word, each word
/// first to its <see cref="Root"/>. Kept to everyday news vocabulary, and used only to recognise a
/// paraphrase: what a sentence shows and what it adds are its own words.
/// </summary>
internal static class Paraphrases
{
    private static readonly string[][] Groups =
    [
        ["hit", "strike", "struck", "crash", "collide", "collision", "smash", "ram", "bump", "accident"],
        ["die", "death", "dead", "kill", "killing", "murder", "slay", "fatal"],
        ["injure", "injury", "hurt", "wound"],
        ["shoot", "shot", "gunfire", "gunshot"],
        ["ship", "boat", "vessel"],
        ["car", "vehicle"],
        ["plane", "aircraft", "jet", "airliner"],
        ["think", "suspect", "believe", "wonder", "assume", "guess"],
        ["wear", "dress"],
        ["apologize", "apologise", "apology", "sorry"],
        ["arrest", "detain"],
        ["charge", "indict", "indictment"],
        ["sue", "lawsuit"],
        ["release", "discharge", "free"],
        ["hospital", "hospitalize", "hospitalise"],
        ["doctor", "physician"],
        ["start", "begin", "launch"],
        ["finish", "end", "conclude"],
        ["buy", "purchase"],
        ["correct", "fix", "amend"],
        ["error", "mistake", "glitch"],
        ["retire", "retirement"],
        ["survive", "survival"],
        ["surgery", "operation"],
        ["stagger", "stumble"],
        ["post", "share", "upload"],
        ["video", "clip", "footage"],
        ["mourn", "grieve"],
        ["flee", "escape"],
        ["steal", "theft", "stolen"],
        ["give", "hand"],
        ["resign", "resignation", "quit"],
        ["vow", "pledge", "promise"],
        ["block", "halt"],
        ["win", "victory"],
        ["game", "match"],
        ["picture", "photo"],
        ["republican", "gop"],
        ["plan", "decide", "intend"],
        ["remove", "boot", "kick", "eject", "oust"],
        ["dispute", "disagreement", "argument", "altercation", "quarrel"],
        ["review", "investigate", "probe", "examine"],
        ["acknowledge", "admit", "concede"],
        ["appreciate", "thank", "grateful"],
        ["criticize", "criticise", "condemn", "slam", "denounce"],
        ["explode", "explosion", "blast"],
        ["convict", "conviction", "guilty"],
        ["sentence", "jail", "imprison"],
        ["evacuate", "evacuation"],
        ["rescue", "rescuer"],
        ["disappear", "vanish", "missing"],
        ["oppose", "opposition", "against"],
    ];

    /// <summary>Endings that make one word of another ("legislation", "legislative"), longest first.</summary>
    private static readonly string[] Derivations =
        ["ization", "isation", "ation", "ition", "ution", "ement", "ment", "ness", "ity", "ism", "ist", "ive", "iv",
         "ion", "al", "ic", "iz", "is", "or", "er", "at", "it", "y"];

    private static readonly FrozenDictionary<string, string> ConceptOf = Groups
        .SelectMany(g => g.Select(w => (Root: Root(WordStemmer.Stem(w)), Concept: Root(WordStemmer.Stem(g[0])))))
        .DistinctBy(p => p.Root)
        .ToFrozenDictionary(p => p.Root, p => p.Concept, StringComparer.Ordinal);

    /// <summary>Stems of given names, familiar forms and full, to the full form's stem ("bil", "william": "william").</summary>
    private static readonly FrozenDictionary<string, string> GivenNames = NameLists.GivenNameForms
        .SelectMany(p => new[] { (Form: p.Key, Full: p.Value), (Form: p.Value, Full: p.Value) })
        .Select(p => (Form: WordStemmer.Stem(p.Form.ToLowerInvariant()), Full: WordStemmer.Stem(p.Full.ToLowerInvariant())))
        .DistinctBy(p => p.Form)
        .ToFrozenDictionary(p => p.Form, p => p.Full, StringComparer.Ordinal);

    /// <summary>The stem of the full form of the given name whose stem is <paramref name="stem"/> ("bil": "william"), or null for a stem that is none.</summary>
    public static string? FullGivenName(string stem) => GivenNames.GetValueOrDefault(stem);

    /// <summary>The stem that stands for <paramref name="stem"/>'s group, or the stem's <see cref="Root"/>.</summary>
    public static string Concept(string stem) => Concepts.GetOrAdd(stem, ConceptOfStem);

    /// <summary>
    /// Each stem's concept, worked out once: every pair of sentences compared asks for the concept of
    /// each of their words, and taking endings off is many times a lookup. Holds one entry per word
    /// of the language met, shared by all stories and threads (the answer depends on the stem alone).
    /// </summary>
    private static readonly ConcurrentDictionary<string, string> Concepts = new(StringComparer.Ordinal);

    private static string ConceptOfStem(string stem)
    {
        var root = Root(stem);
        return ConceptOf.TryGetValue(root, out var c) ? c : root;
    }

    /// <summary>The shortest root left of a stem after derivational endings come off, never under five letters.</summary>
    public static string Root(string stem)
    {
        if (stem.Length == 0 || char.IsDigit(stem[0]))
            return stem;
        var root = stem;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var ending in Derivations)
                if (root.EndsWith(ending, StringComparison.Ordinal) && root.Length - ending.Length >= 5)
                {
                    root = root[..^ending.Length];
                    changed = true;
                    break;
                }
        }
        // "reduction" and "reduce", "introduction" and "introduce": one root.
        if (root.Length > 5 && root.EndsWith("uct", StringComparison.Ordinal))
            root = root[..^1];
        return root.Length > 5 && root[^1] == 'e' ? root[..^1] : root;
    }

    /// <summary>
    /// The groups that name an event a story reports (a crash, a death, an arrest, a charge…), by
    /// their first word: two outlets telling the same one on the same day about the same people
    /// tell one fact, however else they word it (<see cref="ParaphraseMatcher"/>).
    /// </summary>
    private static readonly string[] EventGroups =
        ["hit", "die", "injure", "shoot", "arrest", "charge", "sue", "release", "resign", "retire", "surgery", "flee", "steal",
         "apologize", "explode", "convict", "sentence", "evacuate", "rescue", "disappear"];

    private static readonly FrozenSet<string> EventConcepts =
        EventGroups.Select(w => Root(WordStemmer.Stem(w))).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="stem"/> names a reported event (<see cref="EventGroups"/>): its concept is one of theirs.</summary>
    public static bool IsEvent(string stem) => EventConcepts.Contains(Concept(stem));
}
