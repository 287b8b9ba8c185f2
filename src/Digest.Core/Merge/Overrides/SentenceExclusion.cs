using System.Collections.Immutable;
using Digest.Core.Clean;
using Digest.Core.Group;

namespace Digest.Core.Merge.Overrides;

/// <summary>
/// Takes the sentences an editor excluded out of a story's articles before the merge, and keeps
/// them aside as removed (reason <see cref="Reason"/>), so that every sentence is still accounted for.
/// </summary>
public static class SentenceExclusion
{
    public const string Reason = "excluded by the editor";

    public static (Story Story, ImmutableArray<Diagnostic> Diagnostics) Apply(Story story)
    {
        if (story.Override is not { Exclude.Length: > 0 } o)
            return (story, []);

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var keys = story.Articles.SelectMany(a => a.Sentences).Select(s => TextKey.Of(s.Text))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var removedKeys = story.Articles.SelectMany(a => a.Removed).Select(r => TextKey.Of(r.Text)).ToArray();
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
                    $"'exclude' text '{value.Text}' is part of {matches.Length} different sentences of story '{story.Slug}', so none is excluded: quote more of the one you mean"));
            else if (!removedKeys.Any(k => k.Contains(wanted, StringComparison.Ordinal)))
                diagnostics.Add(Diagnostic.Warning(o.File, value.Line, value.Column,
                    $"'exclude' names a sentence that is not in story '{story.Slug}': copy its text from the article"));
        }
        if (excluded.Count == 0)
            return (story, diagnostics.ToImmutable());

        var articles = story.Articles.Select(a => Without(a, excluded)).ToImmutableArray();
        return (story with { Articles = articles }, diagnostics.ToImmutable());
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
