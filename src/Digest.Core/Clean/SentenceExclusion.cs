using System.Collections.Immutable;
using Digest.Core.Load;
using Digest.Core.Merge;

namespace Digest.Core.Clean;

/// <summary>
/// Takes the sentences an editor excluded (<c>exclude:</c> of the story's override) out of the
/// story's articles, and keeps them aside as removed (reason <see cref="Reason"/>), so that every
/// sentence is still accounted for. A cleaning step, run once the override's story is known.
/// </summary>
internal static class SentenceExclusion
{
    public const string Reason = "excluded by the editor";

    /// <param name="storySlug">The story's slug, for warnings.</param>
    public static (ImmutableArray<CleanArticle> Articles, ImmutableArray<Diagnostic> Diagnostics) Apply(
        ImmutableArray<CleanArticle> articles, StoryOverride? storyOverride, string storySlug)
    {
        if (storyOverride is not { Exclude.Length: > 0 } o)
            return (articles, []);

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var keys = articles.SelectMany(a => a.Sentences).Select(s => TextKey.Of(s.Text))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var removedKeys = articles.SelectMany(a => a.Removed).Select(r => TextKey.Of(r.Text)).ToArray();
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in o.Exclude)
        {
            var wanted = TextKey.Of(value.Text);
            var matches = keys.Contains(wanted, StringComparer.Ordinal)
                ? [wanted]
                : keys.Where(k => k.Contains(wanted, StringComparison.Ordinal)).ToArray();
            if (matches.Length == 1)
                excluded.Add(matches[0]);
            else if (matches.Length > 1)
                diagnostics.Add(Diagnostic.Warning(o.File, value.Line, value.Column,
                    $"'exclude' text '{value.Text}' is part of {matches.Length} different sentences of story '{storySlug}', so none is excluded: quote more of the one you mean"));
            else if (!removedKeys.Any(k => k.Contains(wanted, StringComparison.Ordinal)))
                diagnostics.Add(Diagnostic.Warning(o.File, value.Line, value.Column,
                    $"'exclude' names a sentence that is not in story '{storySlug}': copy its text from the article"));
        }
        if (excluded.Count == 0)
            return (articles, diagnostics.ToImmutable());
        return ([.. articles.Select(a => Without(a, excluded))], diagnostics.ToImmutable());
    }

    private static CleanArticle Without(CleanArticle article, HashSet<string> excluded)
    {
        var out_ = article.Sentences.Where(s => excluded.Contains(TextKey.Of(s.Text))).ToArray();
        if (out_.Length == 0) return article;
        return article with
        {
            Paragraphs = [.. article.Paragraphs
                .Select(p => p with { Sentences = [.. p.Sentences.Where(s => !excluded.Contains(TextKey.Of(s.Text)))] })
                .Where(p => p.Sentences.Length > 0)],
            Removed = article.Removed.AddRange(out_.Select(s => new RemovedSentence(article.Id, s.Text, Reason))),
        };
    }
}
