using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Digest.Core.Text;

/// <summary>
/// Verbs that attribute words to someone ("said", "told", "captioned"), with the forms news copy
/// writes them in. Quotation attribution and speaker cues look for these forms; the comparer weighs
/// the verbs little, because they frame a fact rather than state one; grouping ignores them; a
/// reporting verb also starts a new clause when reading a date's tense ("will go, he said Friday").
/// </summary>
internal static class SpeechVerbs
{
    /// <summary>
    /// Each verb: its base form, then the forms that attribute speech. A present form that is mostly a
    /// noun in news copy ("posts", "notes", "shares") is left out.
    /// </summary>
    private static readonly ImmutableArray<string[]> Verbs =
    [
        ["say", "said", "says"], ["tell", "told", "tells"], ["write", "wrote", "writes"], ["add", "added", "adds"],
        ["caption", "captioned"], ["explain", "explained"], ["continue", "continued"], ["note", "noted"],
        ["recall", "recalled"], ["tweet", "tweeted"], ["post", "posted"], ["insist", "insisted"], ["reply", "replied"],
        ["ask", "asked"], ["state", "stated"], ["declare", "declared"], ["joke", "joked"], ["admit", "admitted"],
        ["reveal", "revealed"], ["gush", "gushed"], ["reflect", "reflected"], ["share", "shared"], ["remark", "remarked"],
        ["warn", "warned"], ["recount", "recounted"], ["testify", "testified"], ["announce", "announced"],
        ["report", "reported"], ["claim", "claimed"], ["respond", "responded"], ["quote", "quoted"],
    ];

    /// <summary>Every attributing form ("said", "tells", "captioned"), not the base forms.</summary>
    public static readonly ImmutableArray<string> Forms = [.. Verbs.SelectMany(v => v.Skip(1))];

    public static readonly FrozenSet<string> FormSet = Forms.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The verbs the sentence comparer weighs little, matched against word stems. Written as base forms,
    /// so only those whose base is its own stem take effect ("say", "add", "ask", "explain"); "tell",
    /// "write" or "note" stem to "tel", "writ", "not". Matching the stems of every verb above merges three
    /// more repeats of the development set but hides a merged detail ("Instagram") until a merged
    /// sentence shows what it adds, so it waits for that work.
    /// </summary>
    public static readonly FrozenSet<string> Stems = new[]
    {
        "say", "tell", "add", "write", "caption", "explain", "note", "state", "continue", "report", "claim", "remark",
        "reply", "respond", "insist", "recall", "ask", "tweet", "quote",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The attributing forms as a regex alternation ("said|says|told|…").</summary>
    public static string Alternation => string.Join('|', Forms);

    /// <summary>
    /// Forms that tag a quotation with its speaker besides <see cref="Forms"/>: verbs news copy uses
    /// mostly before or after a quotation ("argued", "quipped") and participles that carry one
    /// ("…, saying, '…'"). Kept apart from <see cref="Forms"/>, which grouping and comparing also read.
    /// </summary>
    public static readonly ImmutableArray<string> TagForms =
    [
        .. Forms, "summarized", "summarised", "argued", "countered", "conceded", "acknowledged", "stressed", "urged",
        "predicted", "vowed", "complained", "cautioned", "concluded", "quipped", "maintained", "observed", "suggested",
        "saying", "writing", "adding", "noting", "asking", "telling", "claiming", "declaring", "arguing", "warning",
        "explaining", "insisting", "suggesting", "made clear", "made it clear",
    ];

    /// <summary><see cref="TagForms"/> as a regex alternation, longest first so that "says" is not read as "say".</summary>
    public static string TagAlternation => string.Join('|', TagForms.OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal));
}
