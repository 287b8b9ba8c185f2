using Digest.Core.Load;

namespace Digest.Core.Clean;

/// <summary>
/// Lines an outlet prints around every article whatever the story (a footer, a plug, a
/// disclaimer): a sentence that one outlet's articles in two or more different stories share,
/// verbatim. Real prose repeated across stories (a background sentence) usually sits inside a
/// longer paragraph, so a sentence counts only if, wherever it occurs, it is a paragraph of at
/// most two sentences or the article's last paragraph.
/// </summary>
public sealed class OutletFooters
{
    private readonly HashSet<(string Outlet, string Text)> _footers;

    private OutletFooters(HashSet<(string, string)> footers) => _footers = footers;

    public static OutletFooters None { get; } = new([]);

    public static OutletFooters Find(IEnumerable<Article> articles)
    {
        var stories = new Dictionary<(string Outlet, string Text), HashSet<string>>();
        var buried = new HashSet<(string, string)>();
        foreach (var article in articles)
        {
            var story = StoryKey(article);
            for (var p = 0; p < article.Paragraphs.Length; p++)
            {
                var paragraph = article.Paragraphs[p];
                var placed = paragraph.Sentences.Length <= 2 || p == article.Paragraphs.Length - 1;
                foreach (var sentence in paragraph.Sentences)
                {
                    var key = (OutletKey(article), sentence.Text);
                    if (!stories.TryGetValue(key, out var set))
                        stories[key] = set = new HashSet<string>(StringComparer.Ordinal);
                    set.Add(story);
                    if (!placed)
                        buried.Add(key);
                }
            }
        }
        return new([.. stories.Where(e => e.Value.Count >= 2 && !buried.Contains(e.Key)).Select(e => e.Key)]);
    }

    /// <summary>The reason to remove <paramref name="text"/> from <paramref name="article"/>, or null to keep it.</summary>
    public string? ReasonFor(Article article, string text) =>
        _footers.Contains((OutletKey(article), text)) ? $"boilerplate: repeated across {article.Outlet} articles" : null;

    private static string OutletKey(Article article) => article.Outlet.Trim().ToUpperInvariant();

    /// <summary>The story as the Group stage first sees it: the <c>story:</c> key, else the folder, else the file.</summary>
    private static string StoryKey(Article article) =>
        article.Story is { } story ? Slug.From(story) : article.Folder.Length > 0 ? Slug.From(article.Folder) : article.Path;
}
