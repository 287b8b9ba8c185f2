using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Digest.Core.Clean;
using Digest.Core.Load;

namespace Digest.Core.Build;

/// <summary>
/// The content files as last loaded, and each outlet's footer lines: at 10k articles, parsing every
/// article again and reading every sentence of the site for footers was most of a rebuild after one
/// edit. A file whose bytes hash as recorded is given as its article without paragraphs (a stand-in),
/// made whole (<see cref="Whole(Article)"/>, read and parsed again) only where its text is read: its
/// story is merged, or its outlet's footers are looked for again.
/// </summary>
public sealed partial class DigestCache
{
    /// <summary>One entry, under a hash of the format and engine: every content file's <see cref="LoadedFile"/>, by path.</summary>
    private const string LoadedFolder = "loaded";

    /// <summary>Each outlet's <see cref="OutletFooters.OutletLines"/>, under a hash of the outlet and all its articles.</summary>
    private const string FootersFolder = "footers";

    /// <summary>What one content file loaded as, with no diagnostics: the SHA-256 of its bytes, its article without
    /// paragraphs, a hash of all it holds (<see cref="ArticleHash"/>), and its sentences counted.</summary>
    internal sealed record LoadedFile(string Bytes, Article Article, string Hash, int Sentences);

    internal sealed record LoadedFiles(ImmutableSortedDictionary<string, LoadedFile> Files);

    private readonly Lazy<LoadedFiles> _loadedBefore;
    private readonly ConcurrentDictionary<string, LoadedFile> _loadedNow = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<Article, LoadedFile> _standIns = new();
    private readonly ConditionalWeakTable<Article, Lazy<Article>> _wholes = new();
    private readonly ConditionalWeakTable<Article, string> _articleHashes = new();
    private int _parsed;

    private string LoadedKey => CacheJson.Hash(Encoding.UTF8.GetBytes(Format + " " + LoadedFolder), Encoding.UTF8.GetBytes(_engine));

    private LoadedFiles ReadLoaded()
    {
        _used[LoadedKey] = true;
        return Find<LoadedFiles>(LoadedFolder, LoadedKey) is { Files: not null } found ? found : new LoadedFiles(ImmutableSortedDictionary<string, LoadedFile>.Empty);
    }

    /// <summary>Content files parsed in this build: changed since the last, or made whole to be read.</summary>
    public int FilesParsed => Volatile.Read(ref _parsed);

    /// <summary>
    /// Loads one content file as <see cref="ContentLoader.LoadFile"/> does, but a file whose bytes are those last loaded
    /// (by their SHA-256) comes as a stand-in: its article without paragraphs, the very record this cache gave.
    /// </summary>
    public (Article? Article, ImmutableArray<Diagnostic> Diagnostics) LoadFile(string siteFolder, string relativePath)
    {
        var (bytes, error) = TextFile.ReadBytes(Path.Combine(siteFolder, relativePath), relativePath);
        if (error is not null)
            return (null, [error]);
        var sum = Convert.ToHexStringLower(SHA256.HashData(bytes!));
        if (_loadedBefore.Value.Files.TryGetValue(relativePath, out var kept) && kept.Bytes == sum
            && kept.Article is { Paragraphs.IsDefault: true } standIn && standIn.Path == relativePath)
        {
            _standIns.AddOrUpdate(standIn, kept);
            _loadedNow[relativePath] = kept;
            return (standIn, []);
        }
        Interlocked.Increment(ref _parsed);
        var (article, diagnostics) = ContentLoader.LoadBytes(bytes!, relativePath);
        if (article is null)
            return (null, diagnostics);
        // The article is made from its bytes and path alone (by this engine, which every key names): their hash says all it holds,
        // without writing it out again to hash it.
        var hash = CacheJson.Hash(Encoding.UTF8.GetBytes(Format + " file"), Encoding.UTF8.GetBytes(relativePath), Encoding.UTF8.GetBytes(sum));
        _articleHashes.AddOrUpdate(article, hash);
        if (diagnostics.IsEmpty)
            _loadedNow[relativePath] = new LoadedFile(sum, article with { Paragraphs = default }, hash, article.Sentences.Count());
        return (article, diagnostics);
    }

    /// <summary>Keeps what this build loaded for the next, if it differs from what the cache held.</summary>
    public void KeepLoaded()
    {
        var before = _loadedBefore.Value.Files;
        if (before.Count == _loadedNow.Count && _loadedNow.All(f => before.TryGetValue(f.Key, out var kept) && ReferenceEquals(kept, f.Value)))
            return;
        Store(LoadedFolder, LoadedKey, new LoadedFiles(_loadedNow.ToImmutableSortedDictionary(StringComparer.Ordinal)));
    }

    /// <summary>Whether <paramref name="article"/> is a stand-in this cache gave for a file loaded as before (no paragraphs).</summary>
    public bool IsStandIn(Article article) => _standIns.TryGetValue(article, out _);

    /// <summary>The sentences of <paramref name="article"/>, counted; a stand-in's as recorded.</summary>
    public int SentenceCount(Article article) => _standIns.TryGetValue(article, out var kept) ? kept.Sentences : article.Sentences.Count();

    /// <summary>
    /// <paramref name="article"/> with its paragraphs: a stand-in read and parsed again (once), anything else as it is. A file
    /// whose bytes are no longer those loaded (changed while the site was built) fails the build rather than mix two versions.
    /// </summary>
    public Article Whole(Article article)
    {
        if (!_standIns.TryGetValue(article, out var kept))
            return article;
        return _wholes.GetValue(article, _ => new Lazy<Article>(() => Reload(kept))).Value;
    }

    private Article Reload(LoadedFile kept)
    {
        var path = kept.Article.Path;
        var (bytes, error) = TextFile.ReadBytes(Path.Combine(_site, path), path);
        if (error is null && Convert.ToHexStringLower(SHA256.HashData(bytes!)) == kept.Bytes
            && ContentLoader.LoadBytes(bytes!, path) is ({ } article, { IsEmpty: true }))
        {
            Interlocked.Increment(ref _parsed);
            _articleHashes.AddOrUpdate(article, kept.Hash);
            return article;
        }
        throw new IOException($"{path}: the file changed while the site was built; build again once it is saved");
    }

    /// <summary>A hash of everything <paramref name="article"/> holds: of its file's bytes and path where this cache loaded it (a stand-in's as
    /// recorded), else of the whole article as the cache writes it, worked out once per record.</summary>
    private string ArticleHash(Article article)
    {
        if (_standIns.TryGetValue(article, out var kept))
            return kept.Hash;
        if (article.Paragraphs.IsDefault)
            throw new InvalidOperationException($"{article.Path}: a stand-in for an article loaded as before was copied");
        return _articleHashes.GetValue(article, a => CacheJson.Hash(CacheJson.Serialize(a)));
    }

    /// <summary>
    /// The footer lines of <paramref name="outlet"/> as found before for the very same articles (by everything each holds, in the
    /// same order), or as <paramref name="find"/> finds them now, kept for the next build.
    /// </summary>
    internal OutletFooters.OutletLines Footers(string outlet, ImmutableArray<Article> articles, Func<OutletFooters.OutletLines> find)
    {
        var parts = new List<byte[]>(articles.Length + 3) { Encoding.UTF8.GetBytes(Format + " " + FootersFolder), Encoding.UTF8.GetBytes(_engine), Encoding.UTF8.GetBytes(outlet) };
        foreach (var article in articles)
            parts.Add(Encoding.UTF8.GetBytes(article.Path + "\n" + ArticleHash(article)));
        var key = CacheJson.Hash([.. parts]);
        _used[key] = true;
        if (Find<OutletFooters.OutletLines>(FootersFolder, key) is { Lines.IsDefault: false, LinesIn.IsDefault: false } kept && kept.LinesIn.Length == articles.Length)
            return kept;
        var found = find();
        Store(FootersFolder, key, found);
        return found;
    }
}
