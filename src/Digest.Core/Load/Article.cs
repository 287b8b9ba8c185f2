using System.Collections.Immutable;

namespace Digest.Core.Load;

/// <summary>One sentence of an article body, as the outlet wrote it.</summary>
/// <param name="Text">The sentence text, verbatim (inline Markdown markup removed).</param>
/// <param name="Line">1-based line in the content file where the sentence's paragraph starts.</param>
public sealed record Sentence(string Text, int Line);

/// <summary>A paragraph of an article body: a run of sentences.</summary>
public sealed record Paragraph(int Line, ImmutableArray<Sentence> Sentences);

/// <summary>
/// One content file: front matter plus a body split into paragraphs and sentences.
/// </summary>
/// <param name="Id">Source id, unique within a story: the file name without extension, as a slug.</param>
/// <param name="Path">Path relative to the site folder, with forward slashes (for example <c>content/x/et.md</c>).</param>
/// <param name="Folder">The folder below <c>content/</c> that holds the file, or empty for a flat content folder.</param>
/// <param name="Extra">Front matter fields Digest does not know, kept for templates.</param>
public sealed record Article(
    string Id,
    string Path,
    string Folder,
    string Title,
    string Outlet,
    DateOnly? Date,
    string? Url,
    string? Author,
    string? Story,
    ImmutableArray<string> Tags,
    bool Draft,
    ImmutableSortedDictionary<string, object?> Extra,
    ImmutableArray<Paragraph> Paragraphs)
{
    public IEnumerable<Sentence> Sentences => Paragraphs.SelectMany(p => p.Sentences);
}
