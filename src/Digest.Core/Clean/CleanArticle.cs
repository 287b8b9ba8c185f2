using System.Collections.Immutable;
using Digest.Core.Load;

namespace Digest.Core.Clean;

/// <summary>A sentence taken out of an article body, kept aside so that nothing is lost silently.</summary>
public sealed record RemovedSentence(string Source, string Text, string Reason);

/// <summary>An article with its boilerplate taken out: <see cref="Paragraphs"/> hold only real prose.</summary>
public sealed record CleanArticle(Article Article, ImmutableArray<Paragraph> Paragraphs, ImmutableArray<RemovedSentence> Removed)
{
    public string Id => Article.Id;
    public IEnumerable<Sentence> Sentences => Paragraphs.SelectMany(p => p.Sentences);
}
