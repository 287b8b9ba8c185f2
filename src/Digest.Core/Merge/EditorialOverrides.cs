using System.Collections.Immutable;
using Digest.Core.Load;

namespace Digest.Core.Merge;

/// <summary>The editor's overrides as applied to a digest, for <c>digest.json</c> and the story page.</summary>
/// <param name="File">The override file.</param>
/// <param name="Headline">The pinned headline, or null.</param>
/// <param name="Excluded">The sentences kept out of the digest, as the editor wrote them.</param>
/// <param name="Note">The editor's note, Markdown.</param>
public sealed record DigestOverrides(
    string File,
    string? Headline,
    ImmutableArray<string> Include,
    ImmutableArray<string> ExcludeArticles,
    ImmutableArray<string> Excluded,
    string? Note);

/// <summary>The overrides applied after the merge: the pinned headline and the editor's note.</summary>
internal static class EditorialOverrides
{
    public static StoryDigest Apply(StoryDigest digest, StoryOverride? o) => o is null ? digest : digest with
    {
        Title = o.Headline ?? digest.Title,
        Editorial = new DigestOverrides(o.File, o.Headline, o.Include, o.ExcludeArticles, [.. o.Exclude.Select(e => e.Text)], o.Note),
    };
}
