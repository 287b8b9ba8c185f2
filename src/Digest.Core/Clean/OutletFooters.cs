using Digest.Core.Load;

namespace Digest.Core.Clean;

/// <summary>
/// Lines an outlet prints around every article whatever the story (a footer, a plug, a
/// disclaimer): a sentence that one outlet's articles in two or more different stories share,
/// verbatim. Real prose an outlet reuses across stories (a background sentence) is told apart
/// three ways: it sits inside a longer paragraph (a footer stands in a paragraph of at most two
/// sentences, or the last one); it names what the article's headline names (a footer is about
/// the outlet, not the story); and two versions of one wire story share most of their text, so
/// they count as one story whatever their folders.
/// </summary>
internal sealed class OutletFooters
{
    private const double SameStoryOverlap = 0.5;

    private readonly HashSet<(string Outlet, string Text)> _footers;

    private OutletFooters(HashSet<(string, string)> footers) => _footers = footers;

    public static OutletFooters None { get; } = new([]);

    public static OutletFooters Find(IEnumerable<Article> articles)
    {
        var carriers = new Dictionary<(string Outlet, string Text), List<Article>>();
        var ruledOut = new HashSet<(string, string)>();
        foreach (var article in articles)
        {
            var headline = NamesIn(article.Title, skipFirst: false);
            for (var p = 0; p < article.Paragraphs.Length; p++)
            {
                var paragraph = article.Paragraphs[p];
                var placed = paragraph.Sentences.Length <= 2 || p == article.Paragraphs.Length - 1;
                foreach (var sentence in paragraph.Sentences)
                {
                    var key = (OutletKey(article), sentence.Text);
                    if (!carriers.TryGetValue(key, out var list))
                        carriers[key] = list = [];
                    if (list.Count == 0 || !ReferenceEquals(list[^1], article))
                        list.Add(article); // once per article, however often it repeats the line
                    if (!placed || NamesIn(sentence.Text, skipFirst: true).Overlaps(headline))
                        ruledOut.Add(key);
                }
            }
        }
        var texts = new Dictionary<Article, HashSet<string>>(ReferenceEqualityComparer.Instance);
        HashSet<string> TextsOf(Article a) =>
            texts.TryGetValue(a, out var set) ? set : texts[a] = [.. a.Sentences.Select(s => s.Text)];
        bool DifferentStories(Article a, Article b) =>
            (StoryKey.Of(a) ?? a.Path) != (StoryKey.Of(b) ?? b.Path)
            && TextsOf(a).Count(TextsOf(b).Contains) < SameStoryOverlap * Math.Min(TextsOf(a).Count, TextsOf(b).Count);
        return new([.. carriers
            .Where(e => !ruledOut.Contains(e.Key) && e.Value.Skip(1).Any(other => DifferentStories(e.Value[0], other)))
            .Select(e => e.Key)]);
    }

    /// <summary>The reason to remove <paramref name="text"/> from <paramref name="article"/>, or null to keep it.</summary>
    public string? ReasonFor(Article article, string text) =>
        _footers.Contains((OutletKey(article), text)) ? $"boilerplate: repeated across {article.Outlet} articles" : null;

    private static string OutletKey(Article article) => article.Outlet.Trim().ToUpperInvariant();

    /// <summary>Capitalised words of four letters or more ("Teigen", "NAACP"), lower-cased; a sentence's first word is skipped.</summary>
    private static HashSet<string> NamesIn(string text, bool skipFirst) =>
        [.. text.Split(' ').Skip(skipFirst ? 1 : 0)
            .Select(w => new string([.. w.TakeWhile(char.IsLetter)]))
            .Where(w => w.Length >= 4 && char.IsUpper(w[0]))
            .Select(w => w.ToLowerInvariant())];
}
