using System.Collections.Immutable;

namespace Digest.Core.Load;

/// <summary>A value written in an override file, with where it was written (for warnings).</summary>
public sealed record OverrideValue(string Text, int Line, int Column);

/// <summary>An editor's speaker for a quotation: <paramref name="Quote"/> is its text or a unique part of it; a null speaker means nobody is named.</summary>
public sealed record SpeakerOverride(string Quote, string? Speaker, int Line, int Column);

/// <summary>
/// An editor's decisions about one story, from <c>content/&lt;story&gt;/_story.yml</c> or an entry of
/// the site's <c>stories.yml</c>. Article paths are resolved to the loaded articles' paths.
/// </summary>
/// <param name="File">The override file, relative to the site folder.</param>
/// <param name="Folder">For a <c>_story.yml</c>: the story folder below <c>content/</c> it sits in; else null.</param>
/// <param name="Articles">Articles that make up the story (a <c>stories.yml</c> entry's <c>articles:</c>).</param>
/// <param name="Include">Articles forced into this story, wherever they are.</param>
/// <param name="ExcludeArticles">Articles forced out of this story.</param>
/// <param name="Exclude">Sentences kept out of the digest: exact text or a unique part of one.</param>
/// <param name="Speakers">Who spoke a quotation, where the editor knows better than the text's speech tags.</param>
/// <param name="Note">The editor's note, Markdown.</param>
public sealed record StoryOverride(
    string File,
    int Line,
    int Column,
    string? Folder,
    string? Headline,
    ImmutableArray<string> Articles,
    ImmutableArray<string> Include,
    ImmutableArray<string> ExcludeArticles,
    ImmutableArray<OverrideValue> Exclude,
    ImmutableArray<SpeakerOverride> Speakers,
    string? Note)
{
    /// <summary>Every article this override puts into its story.</summary>
    public IEnumerable<string> Members => Articles.Concat(Include);
}
