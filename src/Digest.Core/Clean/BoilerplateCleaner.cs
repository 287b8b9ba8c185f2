using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Digest.Core.Load;

namespace Digest.Core.Clean;

/// <summary>
/// Takes boilerplate out of articles; each sentence removed is kept with its reason. In order:
/// whole-paragraph widgets and captions, picture galleries, generic sentence rules, the
/// publisher's <c>site.yml</c> patterns, a repeated headline, an outlet's footers, and lines an
/// article repeats from itself (captions and pull quotes).
/// </summary>
public sealed class BoilerplateCleaner
{
    private readonly IReadOnlyList<BoilerplateRules.Rule> _sentenceRules;

    public BoilerplateCleaner(IEnumerable<string> publisherPatterns)
    {
        _sentenceRules = [.. BoilerplateRules.Sentence, .. publisherPatterns.Select(p =>
            new BoilerplateRules.Rule("boilerplate: site.yml pattern", new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))];
    }

    /// <summary>Cleans every article of the site: an outlet's footers are found across all of them.</summary>
    public ImmutableArray<CleanArticle> Clean(ImmutableArray<Article> articles)
    {
        var footers = OutletFooters.Find(articles);
        return [.. articles.Select(a => Clean(a, footers))];
    }

    public CleanArticle Clean(Article article) => Clean(article, OutletFooters.None);

    private CleanArticle Clean(Article article, OutletFooters footers)
    {
        var removed = ImmutableArray.CreateBuilder<RemovedSentence>();
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var gallery = PictureGallery.Find(article);
        var earlier = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < article.Paragraphs.Length; p++)
        {
            var paragraph = article.Paragraphs[p];
            var text = string.Join(' ', paragraph.Sentences.Select(s => s.Text));
            var paragraphReason = gallery.Contains(p) ? "boilerplate: picture gallery"
                : BoilerplateRules.Paragraph.FirstOrDefault(r => r.Pattern.IsMatch(text))?.Reason;
            var kept = ImmutableArray.CreateBuilder<Sentence>();
            foreach (var sentence in paragraph.Sentences)
            {
                var reason = paragraphReason
                    ?? _sentenceRules.FirstOrDefault(r => r.Pattern.IsMatch(sentence.Text))?.Reason
                    ?? (paragraph.Sentences.Length == 1 && SameLine(sentence.Text, article.Title) ? "boilerplate: repeats the headline" : null)
                    ?? footers.ReasonFor(article, sentence.Text)
                    ?? RepeatReason(sentence.Text, earlier);
                if (reason is null)
                    kept.Add(sentence);
                else
                    removed.Add(new RemovedSentence(article.Id, sentence.Text, reason));
            }
            if (kept.Count > 0)
                paragraphs.Add(paragraph with { Sentences = kept.ToImmutable() });
        }
        return new CleanArticle(article, paragraphs.ToImmutable(), removed.ToImmutable());
    }

    /// <summary>
    /// A sentence of six words or more that the article already printed (a picture caption or
    /// pull quote repeating the text, often without its full stop) is removed the second time.
    /// </summary>
    private static string? RepeatReason(string text, HashSet<string> earlier)
    {
        var key = text.TrimEnd('.', '!', '?', ' ');
        if (key.Split(' ').Length < 6)
            return null;
        return earlier.Add(key) ? null : "caption: repeats an earlier sentence of this article";
    }

    private static bool SameLine(string a, string b) =>
        string.Equals(a.TrimEnd('.', '!', '?', ' '), b.Trim().TrimEnd('.', '!', '?', ' '), StringComparison.OrdinalIgnoreCase);
}
