using System.Collections.Immutable;
using Digest.Core.Load;

namespace Digest.Core.Merge;

/// <summary>The editor's overrides as applied to a digest, for <c>digest.json</c> and the story page.</summary>
/// <param name="File">The override file.</param>
/// <param name="Headline">The pinned headline, or null.</param>
/// <param name="Excluded">The sentences kept out of the digest, as the editor wrote them.</param>
/// <param name="Speakers">The quotations' speakers the editor set.</param>
/// <param name="Note">The editor's note, Markdown.</param>
public sealed record DigestOverrides(
    string File,
    string? Headline,
    ImmutableArray<string> Include,
    ImmutableArray<string> ExcludeArticles,
    ImmutableArray<string> Excluded,
    ImmutableArray<SpeakerOverride> Speakers,
    string? Note);

/// <summary>The overrides applied after the merge: the pinned headline, the quotations' speakers and the editor's note.</summary>
internal static class EditorialOverrides
{
    public static StoryDigest Apply(StoryDigest digest, StoryOverride? o) => o is null ? digest : digest with
    {
        Title = o.Headline ?? digest.Title,
        Quotes = [.. digest.Quotes.Select(q => o.Speakers.LastOrDefault(s => Holds(q, s.Quote)) is { } set ? q with { Speaker = set.Speaker } : q)],
        Editorial = new DigestOverrides(o.File, o.Headline, o.Include, o.ExcludeArticles, [.. o.Exclude.Select(e => e.Text)], o.Speakers, o.Note),
    };

    /// <summary>
    /// A speaker set for a quotation the story does not hold is a warning at its line: checked against the
    /// story's sentences, where every quotation stands.
    /// </summary>
    public static ImmutableArray<Diagnostic> UnmatchedSpeakers(IEnumerable<string> sentences, StoryOverride? o, string storySlug)
    {
        if (o is not { Speakers.Length: > 0 }) return [];
        var keys = sentences.Select(TextKey.Of).ToList();
        return [.. o.Speakers.Where(s => !keys.Any(k => k.Contains(TextKey.Of(s.Quote), StringComparison.Ordinal)))
            .Select(s => Diagnostic.Warning(o.File, s.Line, s.Column,
                $"'speakers' names a quotation that is not in story '{storySlug}': copy its words from the article"))];
    }

    /// <summary>The quotation, in its shown wording or another outlet's, contains the editor's words.</summary>
    private static bool Holds(DigestQuote quote, string words)
    {
        var key = TextKey.Of(words);
        return key.Length > 0 && quote.Variants.Select(v => v.Text).Prepend(quote.Text).Any(t => TextKey.Of(t).Contains(key, StringComparison.Ordinal));
    }
}
