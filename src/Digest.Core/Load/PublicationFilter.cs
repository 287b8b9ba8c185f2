using System.Collections.Immutable;

namespace Digest.Core.Load;

/// <summary>
/// Leaves out drafts (<c>draft: true</c>) and scheduled articles (dated after <c>today</c>) unless
/// asked for. <c>today</c> is passed in, never read from the clock here, so that a build's output
/// depends on the date only through which articles it includes.
/// </summary>
public static class PublicationFilter
{
    public static ImmutableArray<Article> Apply(ImmutableArray<Article> articles, bool includeDrafts, bool includeFuture, DateOnly today) =>
        [.. articles.Where(a => (includeDrafts || !a.Draft) && (includeFuture || !IsScheduled(a, today)))];

    public static bool IsScheduled(Article article, DateOnly today) => article.Date is { } date && date > today;

    /// <summary>Today in UTC: the default for builds run from the command line.</summary>
    public static DateOnly UtcToday(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
