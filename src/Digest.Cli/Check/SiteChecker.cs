using System.Collections.Immutable;
using Digest.Core;
using Digest.Core.Build;
using Digest.Core.Load;
using Digest.Core.Render;
using Digest.Core.Render.Templates;

namespace Digest.Cli.Check;

/// <summary>
/// Everything <c>digest check</c> reports, without writing a file: the build's own diagnostics
/// (config, front matter, dates, templates), then what a build lets pass silently: duplicate
/// source ids and story slugs, scheduled articles, broken internal links. (Broken override files
/// are the build's own errors: Load reads them.)
/// </summary>
public sealed record CheckResult(ImmutableArray<Diagnostic> Diagnostics, int ArticleCount, int StoryCount)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

public static class SiteChecker
{
    public static CheckResult Check(string siteFolder, DateOnly today)
    {
        var diagnostics = new List<Diagnostic>();
        BuildResult? plan = null;
        try
        {
            // Drafts and scheduled articles are checked too: they will be published one day.
            plan = SiteBuilder.Plan(new BuildOptions(siteFolder, IncludeDrafts: true, IncludeFuture: true, Today: today));
            diagnostics.AddRange(plan.Diagnostics);
        }
        catch (TemplateException e)
        {
            diagnostics.AddRange(e.Diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(Diagnostic.Error("templates", 1, 1, $"the site cannot be rendered: {e.Message.TrimEnd('.')}"));
        }

        var articles = ContentLoader.Load(siteFolder).Articles;
        diagnostics.AddRange(DuplicateChecks.SourceIds(articles));
        diagnostics.AddRange(DuplicateChecks.StorySlugs(articles));
        diagnostics.AddRange(DuplicateChecks.Urls(articles));
        diagnostics.AddRange(articles.Where(a => PublicationFilter.IsScheduled(a, today)).Select(a =>
            Diagnostic.Warning(a.Path, 2, 1, $"dated {a.Date:yyyy-MM-dd}, after today ({today:yyyy-MM-dd}): left out of builds until then unless --future")));
        var outputPaths = plan?.Files.Select(f => f.Path).ToImmutableHashSet(StringComparer.Ordinal) ?? [];
        var pages = plan is null ? ImmutableDictionary<string, string>.Empty : StoryPages(siteFolder, plan);
        foreach (var article in articles)
            diagnostics.AddRange(LinkChecker.Check(siteFolder, article, pages.GetValueOrDefault(article.Path), outputPaths));

        var ordered = diagnostics.Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToImmutableArray();
        return new CheckResult(ordered, articles.Length, plan?.Digests.Length ?? 0);
    }

    /// <summary>Each article's story page folder (per the site's permalinks), which its relative links start from.</summary>
    private static ImmutableDictionary<string, string> StoryPages(string siteFolder, BuildResult plan)
    {
        var index = new SiteIndex(plan.Digests, SiteConfigLoader.Load(siteFolder).Config.Permalinks);
        return plan.Digests
            .SelectMany(d => d.Sources.Select(s => (s.Path, Page: index.StoryPath(d))))
            .GroupBy(x => x.Path, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.First().Page, StringComparer.Ordinal);
    }
}
