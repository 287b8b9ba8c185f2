using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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

    /// <summary>Each outlet's footer lines, by outlet key.</summary>
    private readonly Dictionary<string, HashSet<string>> _footers;

    /// <summary>The footer lines each article found with them prints (<see cref="LinesIn"/>), by the very article record.</summary>
    private readonly Dictionary<Article, string> _linesIn;

    // What each article contributes, kept while the article lives: a long-running process (serve)
    // hands every build the very same article records for the files it did not read again, so a
    // rebuild after an edit reads the lines of the edited articles only. An article is an immutable
    // record, so the same object always gives the same lines.
    private static readonly ConditionalWeakTable<Article, ArticleLines> Contributions = new();

    private OutletFooters(Dictionary<string, HashSet<string>> footers, Dictionary<Article, string> linesIn) => (_footers, _linesIn) = (footers, linesIn);

    public static OutletFooters None { get; } = new(new Dictionary<string, HashSet<string>>(StringComparer.Ordinal), new(ReferenceEqualityComparer.Instance));

    /// <summary>One outlet's footer lines (in ordinal order), and the lines of them each of its articles prints (<see cref="LinesIn"/>), in the articles' order.</summary>
    public sealed record OutletLines(ImmutableArray<string> Lines, ImmutableArray<string> LinesIn);

    /// <summary>
    /// Finds each outlet's footers. An outlet's depend only on its own articles, so each is found on its own, and where
    /// <paramref name="reuse"/> is given it may give back what was found before for the very same articles (the cache,
    /// a serve session): a rebuild after one edit reads the lines of one outlet's articles, not of the whole site.
    /// </summary>
    /// <param name="reuse">Given an outlet's key, its articles in the site's order and the way to find its footers, gives them back.</param>
    /// <param name="whole">Gives an article with its paragraphs (a stand-in a cache gave is read again); null where all are whole.</param>
    public static OutletFooters Find(IEnumerable<Article> articles,
        Func<string, ImmutableArray<Article>, Func<OutletLines>, OutletLines>? reuse = null, Func<Article, Article>? whole = null)
    {
        var footers = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var linesIn = new Dictionary<Article, string>(ReferenceEqualityComparer.Instance);
        foreach (var outlet in articles.GroupBy(OutletKey, StringComparer.Ordinal))
        {
            ImmutableArray<Article> own = [.. outlet];
            var found = reuse is null ? FindIn(own, whole) : reuse(outlet.Key, own, () => FindIn(own, whole));
            if (found.Lines.Length > 0)
                footers[outlet.Key] = found.Lines.ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < own.Length; i++)
                linesIn[own[i]] = found.LinesIn[i];
        }
        return new(footers, linesIn);
    }

    /// <summary>The footer lines of one outlet's articles (given in the site's order).</summary>
    private static OutletLines FindIn(ImmutableArray<Article> given, Func<Article, Article>? whole)
    {
        // Reading an article's lines (and the names in them) is the work, done on all cores; the
        // lines are then counted in the articles' order, so the result does not depend on threads.
        var lines = given.AsParallel().AsOrdered().Select(a => whole is null ? a : whole(a))
            .Select(article => (Article: article, Lines: Contributions.GetValue(article, LinesOf))).ToList();
        // The outlet's lines by text, so a line's text is hashed once per sentence (not again to rule it out).
        var byText = new Dictionary<string, Carriers>(StringComparer.Ordinal);
        foreach (var (article, articleLines) in lines)
        {
            foreach (var (text, ruled) in articleLines.Lines)
            {
                if (!byText.TryGetValue(text, out var carriers))
                    byText[text] = carriers = new();
                if (carriers.Articles.Count == 0 || !ReferenceEquals(carriers.Articles[^1], article))
                    carriers.Articles.Add(article); // once per article, however often it repeats the line
                carriers.RuledOut |= ruled;
            }
        }
        IReadOnlySet<string> TextsOf(Article a) => Contributions.GetValue(a, LinesOf).Texts;
        bool DifferentStories(Article a, Article b) =>
            (StoryKey.Of(a) ?? a.Path) != (StoryKey.Of(b) ?? b.Path)
            && TextsOf(a).Count(TextsOf(b).Contains) < SameStoryOverlap * Math.Min(TextsOf(a).Count, TextsOf(b).Count);
        var footers = byText
            .Where(e => !e.Value.RuledOut && e.Value.Articles.Skip(1).Any(other => DifferentStories(e.Value.Articles[0], other)))
            .Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        return new([.. footers.Order(StringComparer.Ordinal)], [.. lines.Select(l => LinesIn(l.Article, footers))]);
    }

    /// <summary>The articles of one outlet that print a line, in the site's order, and whether any of them rules it out as a footer.</summary>
    private sealed class Carriers
    {
        public List<Article> Articles { get; } = [];

        public bool RuledOut { get; set; }
    }

    /// <summary>
    /// Each sentence of the article, in order, and whether it is ruled out as a footer here: it sits
    /// inside a longer paragraph, or names what the headline names.
    /// </summary>
    private static ArticleLines LinesOf(Article article)
    {
        var headline = NamesIn(article.Title, skipFirst: false);
        var lines = ImmutableArray.CreateBuilder<(string, bool)>();
        for (var p = 0; p < article.Paragraphs.Length; p++)
        {
            var paragraph = article.Paragraphs[p];
            var placed = paragraph.Sentences.Length <= 2 || p == article.Paragraphs.Length - 1;
            foreach (var sentence in paragraph.Sentences)
                lines.Add((sentence.Text, !placed || NamesIn(sentence.Text, skipFirst: true).Overlaps(headline)));
        }
        return new ArticleLines(lines.ToImmutable(), new Lazy<IReadOnlySet<string>>(() => article.Sentences.Select(s => s.Text).ToHashSet()));
    }

    /// <summary>An article's sentences as <see cref="LinesOf"/> reads them, and their texts as a set (made when first asked for).</summary>
    private sealed record ArticleLines(ImmutableArray<(string Text, bool RuledOut)> Lines, Lazy<IReadOnlySet<string>> TextSet)
    {
        public IReadOnlySet<string> Texts => TextSet.Value;
    }

    /// <summary>
    /// Gives the reason to remove a sentence of <paramref name="article"/>, or null to keep it. The outlet is looked up
    /// once per article, not for every sentence (its key is a new upper-case string each time).
    /// </summary>
    public Func<string, string?> ReasonFor(Article article)
    {
        if (!_footers.TryGetValue(OutletKey(article), out var lines))
            return _ => null;
        var reason = $"boilerplate: repeated across {article.Outlet} articles";
        return text => lines.Contains(text) ? reason : null;
    }

    /// <summary>
    /// The footer lines <paramref name="article"/> prints, in order, one a line: what its cleaning depends on from the other
    /// articles. Its outlet is looked up once, not per sentence: this runs over every sentence of the site on every rebuild.
    /// </summary>
    public string LinesIn(Article article) =>
        _linesIn.TryGetValue(article, out var found) ? found
        : _footers.TryGetValue(OutletKey(article), out var lines) ? LinesIn(article, lines)
        : "";

    private static string LinesIn(Article article, HashSet<string> lines) =>
        lines.Count == 0 ? "" : string.Join('\n', article.Sentences.Select(s => s.Text).Where(lines.Contains));

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
