using System.Collections.Frozen;

namespace Digest.Core.Merge;

/// <summary>
/// Words news prose uses for the same thing ("struck" / "hit" / "collided", "theft" / "stealing",
/// "dressed" / "wore"), so that two outlets' wordings of one fact are seen to agree. Each group maps
/// to its first word. Kept to everyday news vocabulary, and used only to recognise a paraphrase:
/// what a sentence shows and what it adds are its own words.
/// </summary>
internal static class Paraphrases
{
    private static readonly string[][] Groups =
    [
        ["hit", "strike", "struck", "crash", "collide", "smash", "ram"],
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
    ];

    private static readonly FrozenDictionary<string, string> ConceptOf = Groups
        .SelectMany(g => g.Select(w => (Stem: WordStemmer.Stem(w), Concept: WordStemmer.Stem(g[0]))))
        .DistinctBy(p => p.Stem)
        .ToFrozenDictionary(p => p.Stem, p => p.Concept, StringComparer.Ordinal);

    /// <summary>The stem that stands for <paramref name="stem"/>'s group, or the stem itself.</summary>
    public static string Concept(string stem) => ConceptOf.TryGetValue(stem, out var c) ? c : stem;
}
