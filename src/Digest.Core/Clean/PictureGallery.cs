using Digest.Core.Load;

namespace Digest.Core.Clean;

/// <summary>
/// A picture gallery as a crawler flattens it: three or more paragraphs that all open with the
/// gallery's title ("Port of Duisburg turns 300 Expansion drive ..."). Prose does not open three
/// paragraphs with the same five words.
/// </summary>
internal static class PictureGallery
{
    private const int TitleWords = 5;
    private const int MinimumSlides = 3;

    /// <summary>Indexes of the article's paragraphs that are gallery slides.</summary>
    public static IReadOnlySet<int> Find(Article article)
    {
        var slides = article.Paragraphs
            .Select((p, i) => (Index: i, Title: Title(p)))
            .Where(x => x.Title is not null)
            .GroupBy(x => x.Title!, StringComparer.Ordinal)
            .Where(g => g.Count() >= MinimumSlides)
            .SelectMany(g => g.Select(x => x.Index));
        return slides.ToHashSet();
    }

    private static string? Title(Paragraph paragraph)
    {
        var words = paragraph.Sentences[0].Text.Split(' ', TitleWords + 1);
        return words.Length > TitleWords ? string.Join(' ', words.Take(TitleWords)) : null;
    }
}
