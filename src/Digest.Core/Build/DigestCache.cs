using System.Buffers;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Collections.Immutable;
using Digest.Core.Clean;
using Digest.Core.Group;
using Digest.Core.Load;
using Digest.Core.Merge;

namespace Digest.Core.Build;

/// <summary>
/// The content-hash cache in <c>.digest-cache/</c> beside <c>site.yml</c>: each story's merged digest,
/// stored under a hash of everything the merge reads (the story's cleaned articles and overrides,
/// the site's settings, the engine that merged it), so an unchanged story is never merged again.
/// An entry is trusted only when its header names this cache format and the key asked for and its
/// checksum matches its bytes; anything else (a truncated file, a stray edit, an entry copied
/// under another name) is a miss, merged again and rewritten. The folder is safe to delete.
/// </summary>
public sealed partial class DigestCache
{
    public const string FolderName = ".digest-cache";

    /// <summary>Bumped when the entry layout changes; part of every key.</summary>
    private const string Format = "digest-cache 3";

    private const string StoriesFolder = "stories";

    /// <summary>Where each story's brief was kept before (it leads the story's own entry now): no entry is read from it, and every one is pruned.</summary>
    private const string OldBriefsFolder = "briefs";

    /// <summary>Where summaries with the whole body's text were kept before: no entry is read from it, and every one is pruned.</summary>
    private const string OldSummariesFolder = "summaries";

    /// <summary>A story's <see cref="Summary"/>, and the text of its whole body as the search index holds it.</summary>
    internal sealed record Brief(StoryDigest Digest, string Text);

    /// <summary>Where each article's body as cleaned was kept before (it is cleaned again instead): no entry is read from it, and every one is pruned.</summary>
    private const string OldArticlesFolder = "articles";

    /// <summary>What the last build wrote to each output folder (<see cref="Write.OutputManifest"/>), under a hash of the folder's path.</summary>
    private const string OutputsFolder = "outputs";
    private const string EntryExtension = ".json";
    private const string TempExtension = ".tmp";

    /// <summary>The marker by which Digest knows the folder as its own (and backup tools know it as a cache: bford.info/cachedir).</summary>
    private const string TagFile = "CACHEDIR.TAG";

    private static readonly byte[] Tag = Encoding.UTF8.GetBytes(
        "Signature: 8a477f597d28d172789f06886806bc55\n# Digest's build cache: safe to delete, rebuilt by the next digest build.\n");

    private readonly string _root;

    /// <summary>The site folder, which holds the cache's folder.</summary>
    private readonly string _site;
    private readonly string _engine;
    private readonly byte[] _config;
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);
    private readonly BuildMemory? _memory;

    private DigestCache(string root, string engine, SiteConfig config, BuildMemory? memory)
    {
        _root = root;
        _site = Path.GetDirectoryName(root)!;
        _loadedBefore = new Lazy<LoadedFiles>(ReadLoaded);
        _memory = memory;
        _engine = engine;
        _config = CacheJson.Serialize(config);
        _settings = CacheJson.Hash(Encoding.UTF8.GetBytes(Format), Encoding.UTF8.GetBytes(_engine), _config);
    }

    /// <summary>A hash of what every key shares (format, engine, settings): a key a serve session remembers is reused only under the same.</summary>
    private readonly string _settings;

    /// <summary>This build of Digest: a hash of the assembly that holds the merge, so a new engine never reads an old engine's digests.</summary>
    public static string CurrentEngine { get; } = EngineOf(typeof(StoryMerger).Assembly);

    /// <summary>
    /// The cache of <paramref name="siteFolder"/>, made if missing; null, with a warning saying why,
    /// where using it could write or delete what is not Digest's: <c>.digest-cache</c> is a link or
    /// a file, holds files without Digest's marker, or is (or holds) the output folder.
    /// </summary>
    /// <param name="engine">The engine version entries are keyed on; null for <see cref="CurrentEngine"/>.</param>
    /// <param name="memory">Digests a long-running process (<c>digest serve</c>) keeps between its builds, looked in before the disk.</param>
    public static (DigestCache? Cache, Diagnostic? Warning) Open(string siteFolder, string outputFolder, SiteConfig config, string? engine = null, BuildMemory? memory = null)
    {
        var root = Path.Combine(Path.GetFullPath(siteFolder), FolderName);
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        (DigestCache?, Diagnostic?) Off(string why) =>
            (null, Diagnostic.Warning(FolderName, 1, 1, $"the build cache is off: {why}; every story is merged (delete or move it to use the cache)"));

        if (output == root || output.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || root.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return Off("the output folder is the cache folder or holds it");
        if (File.Exists(root) || IsLink(root))
            return Off($"{FolderName} is a file or a link, not a folder Digest made");
        var tag = Path.Combine(root, TagFile);
        try
        {
            if (Directory.Exists(root) && !HasTag(tag) && Directory.EnumerateFileSystemEntries(root).Any())
                return Off($"{FolderName} holds files Digest did not write");
            if (IsLink(tag))
                return Off($"{FolderName}/{TagFile} is a link");
            foreach (var kind in new[] { StoriesFolder, OutputsFolder, LoadedFolder, FootersFolder })
            {
                var folder = Path.Combine(root, kind);
                if (IsLink(folder) || File.Exists(folder))
                    return Off($"{FolderName}/{kind} is not a folder Digest made");
                Directory.CreateDirectory(folder);
            }
            if (!HasTag(tag))
                File.WriteAllBytes(tag, Tag);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Off(e.Message);
        }
        return (new DigestCache(root, engine ?? CurrentEngine, config, memory), null);
    }

    /// <summary>
    /// The key a story's digest is stored under: a hash of the cache format, the engine, the site settings and the story as merged.
    /// An article of the story that is the very record <see cref="Cleaned"/> gave is told by the key it was cleaned under, which
    /// says all it holds; any other (given a new id or shorn of excluded sentences on its way here) is written out whole. At 10k
    /// articles, writing every story out again to hash it was a third of a rebuild's Merge.
    /// </summary>
    /// A serve session hashes a story again only when its articles are not the very ones (by reference) it hashed last time.
    public string KeyOf(Story story)
    {
        if (_memory?.StoryKey(story, _settings) is { } known)
            return known;
        var parts = new List<byte[]>(story.Articles.Length + 4)
        {
            Encoding.UTF8.GetBytes(Format), Encoding.UTF8.GetBytes(_engine), _config, CacheJson.Serialize(story with { Articles = [] }),
        };
        foreach (var article in story.Articles)
            parts.Add(CleanedUnder.TryGetValue(article, out var cleaned) ? Encoding.UTF8.GetBytes(CleanedMark + cleaned) : CacheJson.Serialize(article.Article.Paragraphs.IsDefault ? article with { Article = Whole(article.Article) } : article));
        var key = CacheJson.Hash([.. parts]);
        _memory?.KeepStoryKey(story, _settings, key);
        return key;
    }

    /// <summary>
    /// The key each article record <see cref="Cleaned"/> gave was cleaned (or found) under: everything the record holds.
    /// Records are immutable, so a record found here still holds what its key says; one made from it is not found.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CleanArticle, string> CleanedUnder = new();

    /// <summary>Marks an article told by its cleaning key in a story's key (an article written out whole is JSON, never this).</summary>
    private const string CleanedMark = "cleaned ";

    /// <summary>The digest stored under <paramref name="key"/>, or null if there is none that can be trusted.</summary>
    public StoryDigest? Find(string key)
    {
        _used[key] = true;
        if (_memory?.Find(key) is { } remembered)
            return remembered;
        var digest = Find<StoryDigest>(StoriesFolder, key, WholePart);
        if (digest is not null)
            _memory?.Keep(key, digest);
        return digest;
    }

    /// <summary>Keeps <paramref name="digest"/> under <paramref name="key"/>, led by its brief (its <see cref="Summary"/> and search text).</summary>
    public void Store(string key, StoryDigest digest)
    {
        _used[key] = true;
        _memory?.Keep(key, digest);
        Store(StoriesFolder, key, Entry.Start().Add(BriefOf(digest)).Add(digest));
    }

    /// <summary>The parts of a story's entry: its brief first, which is all a story taken from the cache mostly needs, so reading stops there; then its whole digest.</summary>
    private const int BriefPart = 0, WholePart = 1;

    private static Brief BriefOf(StoryDigest digest) => new(Summary(digest), Render.SearchIndexWriter.Text(digest));

    /// <summary>
    /// The <see cref="Summary"/> of the digest stored under <paramref name="key"/> and the text of its whole body, or null if there is
    /// none that can be trusted (then <see cref="Find"/> the whole one). A serve session, which keeps whole digests in memory, is given those.
    /// </summary>
    public (StoryDigest Summary, string Text)? FindSummary(string key)
    {
        if (_memory is not null)
            return null;
        _used[key] = true;
        if (Find<Brief>(StoriesFolder, key, BriefPart) is { Digest: not null, Text: not null } brief)
            return (brief.Digest, brief.Text);
        // A damaged brief before a whole digest that holds: the entry is written again from the whole.
        if (Find<StoryDigest>(StoriesFolder, key, WholePart) is not { } whole)
            return null;
        var made = BriefOf(whole);
        Store(StoriesFolder, key, Entry.Start().Add(made).Add(whole));
        return (made.Digest, made.Text);
    }

    /// <summary>
    /// What the pages of the whole site read of a story (home pages, listings, the sitemap), but for the text of its body (the
    /// search index's, kept beside it): the digest with its lede alone as its body, without where it and each quote came from, its
    /// timeline, conflicts and removed lines. Only its own page and <c>digest.json</c> read those, and the feeds its whole body, for
    /// the newest stories alone; an unchanged story's are kept from the previous site: at 10k articles, reading every whole digest,
    /// then every body, was most of a rebuild after one edit.
    /// </summary>
    public static StoryDigest Summary(StoryDigest digest) => digest with
    {
        Body = digest.Body.IsEmpty ? [] : [digest.Body[0] with { Sources = [], From = [], Partial = [] }],
        Quotes = [.. digest.Quotes.Select(q => q with { Sources = [], Variants = [] })],
        Timeline = [],
        Conflicts = [],
        Removed = [],
        UnresolvedDates = [],
    };

    /// <summary>
    /// <paramref name="article"/> as <paramref name="clean"/> cleans it, known by a hash of the article, the footer lines found in it,
    /// the settings and the engine (what a story's key tells it by). No entry is kept: the cleaned text is needed only where its story
    /// is merged, and then its file is read and parsed again anyway, so cleaning it again costs little more than reading it back would;
    /// writing an entry for each article was most of the files a cold build with the cache made.
    /// </summary>
    /// <param name="unread">Where the article's file is as last loaded (<see cref="IsStandIn"/>), give a stand-in without paragraphs and with
    /// no removed lines (<see cref="IsUnread"/>), cleaned only if its story is merged (<see cref="Whole(CleanArticle)"/>): at 10k articles,
    /// an unchanged story needs only its articles' keys. A changed file is cleaned now: its story is merged.</param>
    /// <param name="clean">Cleans the article, given it whole (<see cref="Whole(Article)"/>).</param>
    public CleanArticle Cleaned(Article article, string footers, Func<Article, CleanArticle> clean, bool unread = false)
    {
        var key = CacheJson.Hash(Encoding.UTF8.GetBytes(Format + " cleaned"), Encoding.UTF8.GetBytes(_engine), _config,
            Encoding.UTF8.GetBytes(ArticleHash(article)), Encoding.UTF8.GetBytes(footers));
        if (unread && IsStandIn(article))
        {
            var standIn = new CleanArticle(article, default, []);
            Interlocked.Increment(ref _leftUnread);
            _unread.Add(standIn, new Lazy<CleanArticle>(() =>
            {
                Interlocked.Decrement(ref _leftUnread);
                return Cleaned(article, key, clean);
            }));
            CleanedUnder.AddOrUpdate(standIn, key);
            return standIn;
        }
        return Cleaned(article, key, clean);
    }

    private CleanArticle Cleaned(Article article, string key, Func<Article, CleanArticle> clean)
    {
        var cleaned = clean(Whole(article));
        CleanedUnder.AddOrUpdate(cleaned, key);
        return cleaned;
    }

    /// <summary>Stand-ins <see cref="Cleaned(Article, string, Func{CleanArticle}, bool)"/> gave for articles left unread, and how each is made whole.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<CleanArticle, Lazy<CleanArticle>> _unread = new();

    private int _leftUnread;

    /// <summary>Articles whose entries were left unread so far: stand-ins given and not made whole.</summary>
    public int LeftUnread => Volatile.Read(ref _leftUnread);

    /// <summary>Whether <paramref name="article"/> is a stand-in for an article left unread (no paragraphs), the very record the cache gave.</summary>
    public bool IsUnread(CleanArticle article) => _unread.TryGetValue(article, out _);

    /// <summary>
    /// <paramref name="article"/> with its paragraphs: a stand-in read from its entry now (cleaned again if the entry no
    /// longer holds it), anything else as it is. A record made from a stand-in (not the very one) is an error of the caller's.
    /// </summary>
    public CleanArticle Whole(CleanArticle article)
    {
        if (_unread.TryGetValue(article, out var whole))
            return whole.Value;
        return article.Paragraphs.IsDefault ? throw new InvalidOperationException($"{article.Article.Path}: a stand-in for an unread article was copied") : article;
    }

    /// <summary><paramref name="story"/> with every article whole (<see cref="Whole(CleanArticle)"/>).</summary>
    public Story Whole(Story story) =>
        story.Articles.Any(IsUnread) ? story with { Articles = [.. story.Articles.Select(Whole)] } : story;

    /// <summary>Whether a plain file stands at <paramref name="path"/>, in one look (<c>lstat</c>).</summary>
    private static bool Stands(string path) => new FileInfo(path) is { Exists: true } file && !file.Attributes.HasFlag(FileAttributes.ReparsePoint);

    /// <summary>What the last build with the cache wrote to <paramref name="outputFolder"/>; empty if there is no record that can be trusted.</summary>
    public Write.OutputManifest Written(string outputFolder)
    {
        var key = OutputKey(outputFolder);
        _used[key] = true;
        if (_memory?.Written(key) is { } remembered)
            return remembered;
        return Find<Write.OutputManifest>(OutputsFolder, key) is { Files: not null } found ? found : Write.OutputManifest.Empty;
    }

    /// <summary>Keeps what this build wrote to <paramref name="outputFolder"/>, for the next build.</summary>
    public void Wrote(string outputFolder, Write.OutputManifest manifest)
    {
        var key = OutputKey(outputFolder);
        _used[key] = true;
        _memory?.Wrote(key, manifest);
        Store(OutputsFolder, key, manifest);
    }

    /// <summary>The output folder's record is keyed by its path and the engine: another engine may write other bytes under the same page keys' names.</summary>
    private string OutputKey(string outputFolder) =>
        CacheJson.Hash(Encoding.UTF8.GetBytes(Format + " " + OutputsFolder), Encoding.UTF8.GetBytes(_engine), Encoding.UTF8.GetBytes(Path.GetFullPath(outputFolder)));

    /// <summary>The value in part <paramref name="part"/> of the entry under <paramref name="key"/>, or null if there is none that can be trusted.</summary>
    private T? Find<T>(string kind, string key, int part = 0) where T : class
    {
        var path = EntryPath(kind, key);
        try
        {
            // One look: a link is told by its attributes, and its entry is never read.
            if (!Stands(path))
                return null;
            return Read(path, key, part) is { } bytes ? CacheJson.Deserialize<T>(bytes) : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null; // unreadable or not an entry: made again and rewritten
        }
    }

    /// <summary>
    /// Keeps <paramref name="value"/> under <paramref name="key"/>, written straight into place, without a temporary file
    /// and a rename per entry (a cold build writes one per story): half an entry (a killed build, a reader racing this
    /// writer) fails its checksum on read, so it is a miss, made again and rewritten, never trusted; and a key names
    /// everything its value is made from, so an entry written again under it holds the same.
    /// </summary>
    private void Store<T>(string kind, string key, T value) => Store(kind, key, Entry.Start().Add(value));

    /// <summary>Keeps <paramref name="entry"/>'s parts under <paramref name="key"/> as one entry (see <see cref="Store{T}"/>), each read alone by <see cref="Read"/>.</summary>
    private void Store(string kind, string key, Entry entry)
    {
        var path = EntryPath(kind, key);
        try
        {
            using var file = Create(path);
            var header = Header(key, entry);
            RandomAccess.Write(file, header, 0);
            RandomAccess.Write(file, entry.Written, header.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs only speed; what was half written is a miss on read.
        }
    }

    /// <summary>
    /// An entry being written: its parts serialised one after another into one buffer kept per thread, checksummed and
    /// written to its file from there. A cold build writes an entry per story: an array per part, copied out of the
    /// serialiser's own buffer and then into a file stream's, was most of what storing cost besides the JSON itself.
    /// </summary>
    private sealed class Entry
    {
        /// <summary>A buffer grown past this (the loaded files' entry of a large site) is let go, not kept for the process's life.</summary>
        private const int KeptCapacity = 1 << 20;

        [ThreadStatic]
        private static Entry? _current;

        private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
        private readonly List<int> _ends = new(2);

        /// <summary>This thread's entry, emptied. Only one is written at a time on a thread: nothing a part's serialiser calls stores an entry.</summary>
        public static Entry Start()
        {
            if (_current is null || _current._buffer.Capacity > KeptCapacity)
                _current = new Entry();
            _current._buffer.ResetWrittenCount();
            _current._ends.Clear();
            return _current;
        }

        public Entry Add<T>(T value)
        {
            CacheJson.SerializeTo(_buffer, value);
            _ends.Add(_buffer.WrittenCount);
            return this;
        }

        public int Count => _ends.Count;

        public ReadOnlySpan<byte> Part(int i) => _buffer.WrittenSpan[(i == 0 ? 0 : _ends[i - 1]).._ends[i]];

        /// <summary>Every part, in order.</summary>
        public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;
    }

    /// <summary>
    /// A new file at <paramref name="path"/>, made only where nothing stands (O_EXCL), so a link planted under an entry's
    /// name is never followed; what stands there is removed first. A cold build finds nothing to remove, and does not look.
    /// </summary>
    private static Microsoft.Win32.SafeHandles.SafeFileHandle Create(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (Path.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            File.Delete(path);
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
    }

    /// <summary>An entry's header: its format, its key, and each part's checksum and length (what <see cref="Read"/> checks); the parts follow it in order.</summary>
    private static byte[] Header(string key, Entry entry)
    {
        var header = new StringBuilder(256).Append(Format).Append('\n').Append(key).Append('\n');
        for (var i = 0; i < entry.Count; i++)
        {
            var part = entry.Part(i);
            header.Append(i == 0 ? "" : " ").Append(CacheJson.Checksum(part)).Append(':').Append(part.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return Encoding.UTF8.GetBytes(header.Append('\n').ToString());
    }

    /// <summary>The longest header <see cref="Header"/> writes: format and key lines, and two parts' checksums and lengths.</summary>
    private const int HeaderLimit = 512;

    /// <summary>
    /// Part <paramref name="part"/> of the entry at <paramref name="path"/>, read alone, if the header names this format and <paramref name="key"/>
    /// and the part's checksum holds; else null. The parts after it are not read: a write cut short (a killed build) leaves the first whole.
    /// </summary>
    private static byte[]? Read(string path, string key, int part)
    {
        using var file = File.OpenHandle(path);
        var length = RandomAccess.GetLength(file);
        var head = new byte[(int)Math.Min(length, HeaderLimit)];
        if (ReadAt(file, head, 0) < head.Length)
            return null;
        var span = head.AsSpan();
        var lines = new string[3];
        for (var i = 0; i < lines.Length; i++)
        {
            var end = span.IndexOf((byte)'\n');
            if (end < 0)
                return null;
            lines[i] = Encoding.UTF8.GetString(span[..end]);
            span = span[(end + 1)..];
        }
        if (lines[0] != Format || lines[1] != key)
            return null;
        var parts = lines[2].Split(' ').Select(p => p.Split(':') is [var sum, var size] && int.TryParse(size, out var n) && n >= 0 ? (Sum: sum, Length: n) : default).ToArray();
        long offset = head.Length - span.Length;
        if (part >= parts.Length || parts.Any(p => p.Sum is null))
            return null;
        offset += parts.Take(part).Sum(p => (long)p.Length);
        var bytes = new byte[parts[part].Length];
        if (ReadAt(file, bytes, offset) < bytes.Length || CacheJson.Checksum(bytes) != parts[part].Sum)
            return null;
        return bytes;
    }

    private static int ReadAt(Microsoft.Win32.SafeHandles.SafeFileHandle file, byte[] buffer, long offset)
    {
        var read = 0;
        while (read < buffer.Length && RandomAccess.Read(file, buffer.AsSpan(read), offset + read) is > 0 and var n)
            read += n;
        return read;
    }

    /// <summary>
    /// Removes entries this build did not use (stories edited or gone, folders of an earlier layout), and temporary
    /// files earlier versions wrote, of builds no longer running. Only names the cache itself gives are touched.
    /// </summary>
    public void Prune()
    {
        _memory?.Retain(_used.Keys);
        Prune(Path.Combine(_root, StoriesFolder));
        foreach (var old in new[] { OldSummariesFolder, OldArticlesFolder, OldBriefsFolder })
            PruneOld(Path.Combine(_root, old));
        Prune(Path.Combine(_root, OutputsFolder));
        // A serve session takes unchanged articles and outlets from memory without looking for their entries, and
        // loads no file through the cache, so it cannot tell unused entries from used ones: the next digest build prunes them.
        if (_memory is null)
            foreach (var kind in new[] { FootersFolder, LoadedFolder })
                Prune(Path.Combine(_root, kind));
    }

    /// <summary>Prunes a folder of an earlier layout (no entry in it is used), and removes it once nothing else is left in it.</summary>
    private void PruneOld(string folder)
    {
        Prune(folder);
        try
        {
            if (Directory.Exists(folder) && !IsLink(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
                Directory.Delete(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private void Prune(string folder)
    {
        IEnumerable<string> files;
        try
        {
            // Open made the folders it uses (and refused links); one of an earlier layout it did not look at.
            if (IsLink(folder))
                return;
            files = [.. Directory.EnumerateFiles(folder)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(EntryExtension, StringComparison.Ordinal) && IsKey(name[..^EntryExtension.Length]))
            {
                if (!_used.ContainsKey(name[..^EntryExtension.Length]))
                    TryDelete(file);
            }
            else if (name.EndsWith(TempExtension, StringComparison.Ordinal) && name.Split('.') is [var key, var pid, _, _]
                && IsKey(key) && int.TryParse(pid, out var id) && id != Environment.ProcessId && !Write.SiteWriter.IsRunning(id))
                TryDelete(file);
        }
    }

    private string EntryPath(string kind, string key) => Path.Combine(_root, kind, key + EntryExtension);

    private static bool IsKey(string name) => name.Length == 64 && name.All(char.IsAsciiHexDigitLower);

    private static bool HasTag(string tag) => File.Exists(tag) && !IsLink(tag) && File.ReadAllBytes(tag).AsSpan().SequenceEqual(Tag);

    private static bool IsLink(string path) => new FileInfo(path) is { Exists: true, LinkTarget: not null } || new DirectoryInfo(path) is { Exists: true, LinkTarget: not null };

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("SingleFile", "IL3000",
        Justification = "An empty Location (single file, compiled ahead of time) falls back to the module version id.")]
    private static string EngineOf(Assembly assembly)
    {
        // The assembly's bytes where it is a file; in a single-file bundle or a native executable, its
        // module version id, which a deterministic build derives from the compiled code.
        var location = assembly.Location;
        return location.Length > 0 && File.Exists(location)
            ? CacheJson.Hash(File.ReadAllBytes(location))
            : assembly.ManifestModule.ModuleVersionId.ToString("N");
    }
}
