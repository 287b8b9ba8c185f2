using System.Collections.Immutable;

namespace Digest.Core.Import;

/// <summary>
/// What an importer found in a raw article: metadata (null when the source does not say) and the
/// body as plain-text paragraphs, verbatim apart from collapsed white space.
/// </summary>
public sealed record ImportedArticle(
    string Title,
    string? Outlet,
    DateOnly? Date,
    string? Url,
    string? Author,
    ImmutableArray<string> Paragraphs);

/// <summary>An importer's answer: the article, or why there is none; and a warning when the article may not be whole.</summary>
public sealed record ImportResult(ImportedArticle? Article, string? Error, string? Warning = null)
{
    public static ImportResult Ok(ImportedArticle article, string? warning = null) => new(article, null, warning);
    public static ImportResult Fail(string error) => new(null, error);
}
