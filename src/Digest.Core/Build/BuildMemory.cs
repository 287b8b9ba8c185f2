using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Digest.Core.Clean;
using Digest.Core.Group;
using Digest.Core.Load;
using Digest.Core.Merge;

namespace Digest.Core.Build;

/// <summary>
/// What a long-running process (<c>digest serve</c>) keeps between its builds, so a rebuild after
/// an edit redoes only what the edit touched: each content file as read (read again only when its
/// size or modification time changed), each article as cleaned (cleaned again only when it was read
/// again, the site's boilerplate patterns changed, or other articles made its outlet's footers
/// differ in it), and each story as merged (under the cache's keys). Only the last build's are kept.
/// </summary>
public sealed class BuildMemory
{
    private readonly ConcurrentDictionary<string, StoryDigest> _digests = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (string Stamp, (Article? Article, ImmutableArray<Diagnostic> Diagnostics) Result)> _files = new(StringComparer.Ordinal);
    private ConditionalWeakTable<Article, Cleaned> _cleaned = new();
    private string _patterns = "";
    private int _filesRead;

    private sealed record Cleaned(string Footers, CleanArticle Article);

    /// <summary>Stories kept.</summary>
    public int Count => _digests.Count;

    internal StoryDigest? Find(string key) => _digests.TryGetValue(key, out var digest) ? digest : null;

    internal void Keep(string key, StoryDigest digest) => _digests[key] = digest;

    private readonly ConcurrentDictionary<string, (Story Story, string Settings, string Key)> _storyKeys = new(StringComparer.Ordinal);

    /// <summary>
    /// The key <paramref name="story"/> was hashed to last time, if it is made of the very same cleaned articles (immutable
    /// records: the same object holds the same values) with an equal override, under the same <paramref name="settings"/>.
    /// </summary>
    internal string? StoryKey(Story story, string settings) =>
        _storyKeys.TryGetValue(story.Slug, out var kept) && kept.Settings == settings && Equals(kept.Story.Override, story.Override)
        && kept.Story.Articles.Length == story.Articles.Length
        && kept.Story.Articles.Zip(story.Articles).All(pair => ReferenceEquals(pair.First, pair.Second))
            ? kept.Key : null;

    internal void KeepStoryKey(Story story, string settings, string key) => _storyKeys[story.Slug] = (story, settings, key);

    private (string Key, Write.OutputManifest Manifest)? _written;

    /// <summary>What the last build wrote to the output folder keyed <paramref name="key"/>, if this process built it.</summary>
    internal Write.OutputManifest? Written(string key) => _written is { } w && w.Key == key ? w.Manifest : null;

    internal void Wrote(string key, Write.OutputManifest manifest) => _written = (key, manifest);

    /// <summary>Forgets every digest but those of <paramref name="keys"/>.</summary>
    internal void Retain(IEnumerable<string> keys)
    {
        var keep = keys.ToHashSet(StringComparer.Ordinal);
        foreach (var key in _digests.Keys)
            if (!keep.Contains(key))
                _digests.TryRemove(key, out _);
        foreach (var (slug, kept) in _storyKeys)
            if (!keep.Contains(kept.Key))
                _storyKeys.TryRemove(slug, out _);
    }

    /// <summary>Each outlet's footers as the last build found them, with the very articles they were found in.</summary>
    private ConcurrentDictionary<string, (ImmutableArray<Article> Articles, OutletFooters.OutletLines Lines)> _footers = new(StringComparer.Ordinal);

    /// <summary>Starts a build: files not seen in it are forgotten; articles are cleaned again if the site's patterns changed.</summary>
    /// <returns>How to load a file, and how to find an outlet's footers and clean an article (see <see cref="BoilerplateCleaner.CleanReuse"/>).</returns>
    internal (Func<string, string, (Article?, ImmutableArray<Diagnostic>)> LoadFile,
        Func<string, ImmutableArray<Article>, Func<OutletFooters.OutletLines>, OutletFooters.OutletLines> Footers,
        Func<Article, string, Func<Article, CleanArticle>, CleanArticle> Clean) Begin(
        string siteFolder, ImmutableArray<string> boilerplatePatterns)
    {
        var previous = _files;
        _files = new(StringComparer.Ordinal);
        var footersBefore = _footers;
        var footersNow = _footers = new(StringComparer.Ordinal);
        var patterns = string.Join('\n', boilerplatePatterns);
        if (patterns != _patterns)
            _cleaned = new();
        _patterns = patterns;
        _filesRead = 0;
        var cleaned = _cleaned;

        (Article?, ImmutableArray<Diagnostic>) LoadFile(string site, string relativePath)
        {
            var stamp = Stamp(Path.Combine(site, relativePath));
            var result = stamp is not null && previous.TryGetValue(relativePath, out var kept) && kept.Stamp == stamp
                ? kept.Result
                : Read(site, relativePath);
            if (stamp is not null)
                _files[relativePath] = (stamp, result);
            return result;
        }

        // An outlet's footers depend on its articles alone: the same records (immutable) in the same order find the same.
        OutletFooters.OutletLines Footers(string outlet, ImmutableArray<Article> articles, Func<OutletFooters.OutletLines> find)
        {
            var lines = footersBefore.TryGetValue(outlet, out var kept) && kept.Articles.Length == articles.Length
                && kept.Articles.Zip(articles).All(pair => ReferenceEquals(pair.First, pair.Second))
                    ? kept.Lines : find();
            footersNow[outlet] = (articles, lines);
            return lines;
        }

        CleanArticle Clean(Article article, string footers, Func<Article, CleanArticle> clean)
        {
            if (cleaned.TryGetValue(article, out var kept) && kept.Footers == footers)
                return kept.Article;
            var fresh = clean(article);
            cleaned.AddOrUpdate(article, new Cleaned(footers, fresh));
            return fresh;
        }

        return (LoadFile, Footers, Clean);
    }

    /// <summary>Content files read (parsed) by the last build; the others were unchanged.</summary>
    internal int FilesRead => _filesRead;

    private (Article?, ImmutableArray<Diagnostic>) Read(string siteFolder, string relativePath)
    {
        Interlocked.Increment(ref _filesRead);
        return ContentLoader.LoadFile(siteFolder, relativePath);
    }

    /// <summary>The file's size and modification time (its target's, for a link, with where the link leads); null if it cannot be seen.</summary>
    private static string? Stamp(string path)
    {
        try
        {
            var info = new FileInfo(path);
            // One look at a plain file (its attributes say whether it is a link); only a link is asked where it leads.
            var link = info.Attributes.HasFlag(FileAttributes.ReparsePoint) ? info.LinkTarget : null;
            if (link is not null)
                info = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
            return info.Exists ? $"{link}|{info.Length}|{info.LastWriteTimeUtc.Ticks}" : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
