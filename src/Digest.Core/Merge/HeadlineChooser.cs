using Digest.Core.Clean;

namespace Digest.Core.Merge;

/// <summary>
/// Picks the digest's headline among its articles' titles. A real headline (short, in title case)
/// beats a dek-like sentence ("X and Y announced that they ..."); among equals the backbone's wins.
/// </summary>
internal static class HeadlineChooser
{
    /// <summary>Longer titles read as a summary sentence rather than a headline.</summary>
    public const int MaxHeadlineWords = 16;

    /// <param name="articles">In reading order, the backbone first.</param>
    public static string Choose(IReadOnlyList<CleanArticle> articles) =>
        articles
            .Select((a, i) => (Title: a.Article.Title.Trim(), Index: i))
            .Where(t => t.Title.Length > 0)
            .OrderByDescending(t => Score(t.Title))
            .ThenBy(t => t.Index)
            .Select(t => t.Title)
            .FirstOrDefault() ?? articles[0].Article.Title;

    /// <summary>0 to 2: one point for title case, one for a headline's length.</summary>
    internal static int Score(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var long4 = words.Where(w => w.Count(char.IsLetter) > 3).ToList();
        var capitalised = long4.Count(w => char.IsUpper(w.First(char.IsLetter)));
        var titleCase = long4.Count > 0 && capitalised >= 0.75 * long4.Count;
        var shortEnough = words.Length <= MaxHeadlineWords && !title.EndsWith('.');
        return (titleCase ? 1 : 0) + (shortEnough ? 1 : 0);
    }
}
