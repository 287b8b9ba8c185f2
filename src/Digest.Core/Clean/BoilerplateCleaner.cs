using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Digest.Core.Load;

namespace Digest.Core.Clean;

/// <summary>Takes boilerplate sentences out of articles; each one removed is kept with its reason.</summary>
public sealed class BoilerplateCleaner
{
    private readonly IReadOnlyList<BoilerplateRules.Rule> _rules;

    public BoilerplateCleaner(IEnumerable<string> publisherPatterns)
    {
        _rules = [.. BoilerplateRules.Generic, .. publisherPatterns.Select(p =>
            new BoilerplateRules.Rule("boilerplate: site.yml pattern", new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))];
    }

    public ImmutableArray<CleanArticle> Clean(ImmutableArray<Article> articles) => [.. articles.Select(Clean)];

    public CleanArticle Clean(Article article)
    {
        var removed = ImmutableArray.CreateBuilder<RemovedSentence>();
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        foreach (var paragraph in article.Paragraphs)
        {
            var kept = ImmutableArray.CreateBuilder<Sentence>();
            foreach (var sentence in paragraph.Sentences)
            {
                var rule = _rules.FirstOrDefault(r => r.Pattern.IsMatch(sentence.Text));
                if (rule is null)
                    kept.Add(sentence);
                else
                    removed.Add(new RemovedSentence(article.Id, sentence.Text, rule.Reason));
            }
            if (kept.Count > 0)
                paragraphs.Add(paragraph with { Sentences = kept.ToImmutable() });
        }
        return new CleanArticle(article, paragraphs.ToImmutable(), removed.ToImmutable());
    }
}
