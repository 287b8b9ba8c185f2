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

/// <summary>An importer's answer: the article, or why there is none.</summary>
public sealed record ImportResult(ImportedArticle? Article, string? Error)
{
    public static ImportResult Ok(ImportedArticle article) => new(article, null);
    public static ImportResult Fail(string error) => new(null, error);
}
