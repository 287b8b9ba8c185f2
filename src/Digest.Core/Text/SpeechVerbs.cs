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
    /// Every attributing form ("said", "tells", "captioned"), not the base forms, as a regex alternation:
    /// a constant, so that the patterns built on it are generated at compile time. A present form that is
    /// mostly a noun in news copy ("posts", "notes", "shares") is left out.
    /// </summary>
    public const string Alternation =
        "said|says|told|tells|wrote|writes|added|adds|captioned|explained|continued|noted|recalled|tweeted|posted|" +
        "insisted|replied|asked|stated|declared|joked|admitted|revealed|gushed|reflected|shared|remarked|warned|" +
        "recounted|testified|announced|reported|claimed|responded|quoted";

    /// <summary>The forms of <see cref="Alternation"/>.</summary>
    public static readonly ImmutableArray<string> Forms = [.. Alternation.Split('|')];

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

    /// <summary>
    /// <see cref="Alternation"/> and the forms that tag a quotation with its speaker besides it: verbs news
    /// copy uses mostly before or after a quotation ("argued", "quipped") and participles that carry one
    /// ("…, saying, '…'"). Kept apart from <see cref="Forms"/>, which grouping and comparing also read. No
    /// form starts another, so the order of the alternatives does not change what a pattern matches.
    /// </summary>
    public const string TagAlternation = Alternation + "|" +
        "summarized|summarised|argued|countered|conceded|acknowledged|stressed|urged|predicted|vowed|complained|" +
        "cautioned|concluded|quipped|maintained|observed|suggested|saying|writing|adding|noting|asking|telling|" +
        "claiming|declaring|arguing|warning|explaining|insisting|suggesting|made clear|made it clear";

    /// <summary>The forms of <see cref="TagAlternation"/>.</summary>
    public static readonly ImmutableArray<string> TagForms = [.. TagAlternation.Split('|')];
}
