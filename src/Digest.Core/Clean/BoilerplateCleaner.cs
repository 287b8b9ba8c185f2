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
internal sealed class BoilerplateCleaner
{
    private readonly IReadOnlyList<BoilerplateRules.Rule> _sentenceRules;

    public BoilerplateCleaner(IEnumerable<string> publisherPatterns)
    {
        _sentenceRules = [.. BoilerplateRules.Sentence, .. publisherPatterns.Select(p =>
            new BoilerplateRules.Rule("boilerplate: site.yml pattern", new Regex(p, SiteConfig.BoilerplateOptions)))];
    }

    /// <summary>
    /// Cleans every article of the site: an outlet's footers are found across all of them. Articles
    /// are cleaned on all cores, each on its own, and come back in the order given.
    /// </summary>
    /// <param name="reuse">Earlier work to use again (a cache, a long-running process); null cleans every article.</param>
    public ImmutableArray<CleanArticle> Clean(ImmutableArray<Article> articles, CleanReuse? reuse = null)
    {
        var footers = OutletFooters.Find(articles, reuse?.Footers, reuse?.Whole);
        return [.. articles.AsParallel().AsOrdered().Select(a => reuse is null
            ? Clean(a, footers)
            : reuse.Article(a, footers.LinesIn(a), whole => Clean(whole, footers)))];
    }

    /// <summary>What a cache or a long-running process gives back of earlier work.</summary>
    /// <param name="Footers">Given an outlet's key, its articles and the way to find its footers, gives them back (see <see cref="OutletFooters.Find"/>).</param>
    /// <param name="Article">Given an article, the footer lines found in it this time and the way to clean it (given it whole), gives back
    /// its earlier cleaning if the same article had the same footer lines.</param>
    /// <param name="Whole">Gives an article with its paragraphs, where it may have been given without (a stand-in a cache gave).</param>
    public sealed record CleanReuse(
        Func<string, ImmutableArray<Article>, Func<OutletFooters.OutletLines>, OutletFooters.OutletLines> Footers,
        Func<Article, string, Func<Article, CleanArticle>, CleanArticle> Article,
        Func<Article, Article> Whole);

    public CleanArticle Clean(Article article) => Clean(article, OutletFooters.None);

    private CleanArticle Clean(Article article, OutletFooters footers)
    {
        var removed = ImmutableArray.CreateBuilder<RemovedSentence>();
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var gallery = PictureGallery.Find(article);
        var n = article.Paragraphs.Length;
        var texts = new string[n];
        var ruleReasons = new string?[n];
        var sentenceReasons = new string?[n][];
        var endMarkers = new HashSet<int>();
        var footerReason = footers.ReasonFor(article);
        for (var p = 0; p < n; p++)
        {
            var paragraph = article.Paragraphs[p];
            texts[p] = string.Join(' ', paragraph.Sentences.Select(s => s.Text));
            var sentenceRules = paragraph.Sentences.Select(s => RuleFor(Unbracketed(s.Text))).ToArray();
            // A one-line paragraph a sentence rule names ("Credit: …") keeps that rule's more precise reason.
            var paragraphRule = sentenceRules is [{ }] ? null : BoilerplateRules.Paragraph.FirstOrDefault(r => r.Matches(texts[p]));
            ruleReasons[p] = gallery.Contains(p) ? "boilerplate: picture gallery" : paragraphRule?.Reason;
            sentenceReasons[p] = [.. sentenceRules.Select(r => r?.Reason)];
            if (paragraphRule?.EndsArticle == true || sentenceRules.Any(r => r?.EndsArticle == true))
                endMarkers.Add(p);
        }
        var transcript = sentenceReasons.Any(rs => rs.Contains("boilerplate: transcript label"));
        var paragraphReasons = PageLayout.ParagraphReasons(article, texts, ruleReasons, sentenceReasons, endMarkers);

        // Looked up by the sentence's text as it stands, so that a key is made only for a sentence kept.
        var earlier = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        for (var p = 0; p < n; p++)
        {
            var paragraph = article.Paragraphs[p];
            var kept = ImmutableArray.CreateBuilder<Sentence>();
            for (var i = 0; i < paragraph.Sentences.Length; i++)
            {
                var sentence = paragraph.Sentences[i];
                var reason = ruleReasons[p]
                    ?? sentenceReasons[p][i]
                    ?? (paragraph.Sentences.Length == 1 && SameLine(sentence.Text, article.Title) ? "boilerplate: repeats the headline" : null)
                    ?? RepeatReason(sentence.Text, earlier)
                    ?? paragraphReasons[p]
                    ?? (transcript && PageLayout.IsSignOn(sentence.Text) ? "boilerplate: broadcast sign-on" : null)
                    ?? footerReason(sentence.Text);
                if (reason is null)
                {
                    kept.Add(sentence);
                    earlier.Add(RepeatKey(sentence.Text));
                }
                else
                    removed.Add(new RemovedSentence(article.Id, sentence.Text, reason));
            }
            if (kept.Count > 0)
                paragraphs.Add(paragraph with { Sentences = kept.ToImmutable() });
        }
        return new CleanArticle(article, paragraphs.ToImmutable(), removed.ToImmutable());
    }

    private BoilerplateRules.Rule? RuleFor(string line) => _sentenceRules.FirstOrDefault(r => r.Matches(line));

    /// <summary>
    /// A line without the bracket that opens or closes a note set in brackets: "(Copyright 2025 WTNX. All
    /// rights reserved.)" reaches the rules as two sentences, "(Copyright 2025 WTNX." and "All rights
    /// reserved.)", each of which a rule must know without the bracket the other half holds.
    /// </summary>
    private static string Unbracketed(string text)
    {
        if (text.StartsWith('(') && !text.Contains(')')) return text[1..];
        // Read in place: nearly every sentence ends in a full stop, and trimming it off made a new string of each.
        var end = text.AsSpan().TrimEnd(". ");
        if (end.EndsWith(')') && !text.Contains('(')) return text[..(end.Length - 1)] + text[end.Length..];
        return text;
    }

    /// <summary>
    /// A sentence of six words or more that the article already printed and kept (a picture
    /// caption or pull quote repeating the text, often without its full stop) is removed the
    /// second time.
    /// </summary>
    private static string? RepeatReason(string text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> earlier)
    {
        var key = RepeatKey(text);
        // Six words or more: five spaces or more, counted without splitting every sentence into words.
        return key.Count(' ') + 1 >= 6 && earlier.Contains(key) ? "caption: repeats an earlier sentence of this article" : null;
    }

    private static ReadOnlySpan<char> RepeatKey(string text) => text.AsSpan().TrimEnd(".!? ");

    private static bool SameLine(string a, string b) =>
        string.Equals(a.TrimEnd('.', '!', '?', ' '), b.Trim().TrimEnd('.', '!', '?', ' '), StringComparison.OrdinalIgnoreCase);
}
