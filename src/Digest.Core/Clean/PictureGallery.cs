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

    /// <summary>The paragraph's first <see cref="TitleWords"/> words (as cut at single spaces), where more follow; else null.</summary>
    private static string? Title(Paragraph paragraph)
    {
        // Cut at the space after the title's last word, rather than splitting and joining every paragraph.
        var text = paragraph.Sentences[0].Text;
        var end = -1;
        for (var n = 0; n < TitleWords; n++)
        {
            var next = text.IndexOf(' ', end + 1);
            if (next < 0)
                return null;
            end = next;
        }
        return text[..end];
    }
}
