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
        // Reading an article's lines (and the names in them) is the work, done on all cores; the
        // lines are then counted in the articles' order, so the result does not depend on threads.
        var lines = articles.AsParallel().AsOrdered().Select(article => (Article: article, Lines: LinesOf(article))).ToList();
        var carriers = new Dictionary<(string Outlet, string Text), List<Article>>();
        var ruledOut = new HashSet<(string, string)>();
        foreach (var (article, articleLines) in lines)
        {
            var outlet = OutletKey(article);
            foreach (var (text, ruled) in articleLines)
            {
                var key = (outlet, text);
                if (!carriers.TryGetValue(key, out var list))
                    carriers[key] = list = [];
                if (list.Count == 0 || !ReferenceEquals(list[^1], article))
                    list.Add(article); // once per article, however often it repeats the line
                if (ruled)
                    ruledOut.Add(key);
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

    /// <summary>
    /// Each sentence of the article, in order, and whether it is ruled out as a footer here: it sits
    /// inside a longer paragraph, or names what the headline names.
    /// </summary>
    private static List<(string Text, bool RuledOut)> LinesOf(Article article)
    {
        var headline = NamesIn(article.Title, skipFirst: false);
        var lines = new List<(string, bool)>();
        for (var p = 0; p < article.Paragraphs.Length; p++)
        {
            var paragraph = article.Paragraphs[p];
            var placed = paragraph.Sentences.Length <= 2 || p == article.Paragraphs.Length - 1;
            foreach (var sentence in paragraph.Sentences)
                lines.Add((sentence.Text, !placed || NamesIn(sentence.Text, skipFirst: true).Overlaps(headline)));
        }
        return lines;
    }

    /// <summary>The reason to remove <paramref name="text"/> from <paramref name="article"/>, or null to keep it.</summary>
    public string? ReasonFor(Article article, string text) =>
        _footers.Contains((OutletKey(article), text)) ? $"boilerplate: repeated across {article.Outlet} articles" : null;

    private static string OutletKey(Article article) => article.Outlet.Trim().ToUpperInvariant();

    /// <summary>Capitalised words of four letters or more ("Teigen", "NAACP"), lower-cased; a sentence's first word is skipped.</summary>
    private static HashSet<string> NamesIn(string text, bool skipFirst)
    {
        var names = new HashSet<string>();
        var skip = skipFirst;
        foreach (var range in text.AsSpan().Split(' '))
        {
            if (skip)
            {
                skip = false;
                continue;
            }
            var word = text.AsSpan(range);
            var letters = 0;
            while (letters < word.Length && char.IsLetter(word[letters]))
                letters++;
            if (letters >= 4 && char.IsUpper(word[0]))
                names.Add(word[..letters].ToString().ToLowerInvariant());
        }
        return names;
    }
}
