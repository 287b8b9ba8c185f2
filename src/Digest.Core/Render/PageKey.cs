using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Digest.Core.Render.Templates;

namespace Digest.Core.Render;

/// <summary>
/// The key of a page: a SHA-256 of everything its bytes are made from, namely the template rendered,
/// the whole model handed to it (read value by value, in the order the template would read it) and
/// what every page shares (the engine, the theme's files: <see cref="Of(string, IEnumerable{KeyValuePair{string, byte[]}})"/>).
/// A page the previous build made under the same key has the same bytes, so it is kept instead of
/// rendered. A model holding a value this does not know how to read gets no key (null): that page
/// is always rendered.
/// </summary>
internal sealed class PageKey
{
    private readonly byte[] _shared;
    private readonly IReadOnlyDictionary<Merge.StoryDigest, string> _stories;

    private PageKey(byte[] shared, IReadOnlyDictionary<Merge.StoryDigest, string> stories) => (_shared, _stories) = (shared, stories);

    /// <summary>The keys of one build: <paramref name="engine"/> names the code that renders, <paramref name="theme"/> the templates it renders with.</summary>
    /// <param name="stories">The cache key each digest was merged (or found) under, by reference: everything the digest is made from.</param>
    public static PageKey Of(string engine, IEnumerable<KeyValuePair<string, byte[]>> theme, IReadOnlyDictionary<Merge.StoryDigest, string> stories)
    {
        var writer = new Writer();
        writer.Text("digest-page 1");
        writer.Text(engine);
        writer.Text(typeof(Scriban.Template).Assembly.FullName ?? "");
        foreach (var (path, bytes) in theme.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            writer.Text(path);
            writer.Bytes(bytes);
        }
        return new PageKey(SHA256.HashData(writer.Written), stories);
    }

    /// <summary>
    /// The key of a file made from <paramref name="digest"/> alone (its <c>digest.json</c>), named <paramref name="name"/>:
    /// the digest's own cache key says everything it holds, so the file needs no reading of it; null for a digest without one.
    /// </summary>
    public string? ForDigest(string name, Merge.StoryDigest digest)
    {
        if (!_stories.TryGetValue(digest, out var story))
            return null;
        var writer = new Writer();
        writer.Bytes(_shared);
        writer.Text(name);
        writer.Text(story);
        return Convert.ToHexStringLower(SHA256.HashData(writer.Written));
    }

    /// <summary>
    /// The key of a page at <paramref name="path"/> made from <paramref name="stories"/> (a story's own page, or a page listing
    /// them), found without building its model: the page reads only those digests (each said whole by its cache key, and in
    /// this order), where they and the pages it links (outlets, people, tags, months) live, the site's title, description,
    /// base URL and language, and the page's own <paramref name="parameters"/> (its name, its number among the home pages).
    /// Null if a digest has no cache key.
    /// </summary>
    /// <remarks>A page that comes to read anything more (another story, another setting) must add it here, or it is kept stale.</remarks>
    public string? ForStories(string template, string path, IEnumerable<Merge.StoryDigest> stories, Load.SiteConfig config, params string[] parameters)
    {
        var writer = new Writer();
        writer.Bytes(_shared);
        writer.Text("page of stories");
        writer.Text(template);
        writer.Text(path);
        var links = config.Permalinks;
        foreach (var setting in new[] { config.Title, config.Description, config.BaseUrl, config.Language, links.Story, links.Outlet, links.Person, links.Tag, links.Archive })
            writer.Text(setting);
        writer.Text(parameters.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var parameter in parameters)
            writer.Text(parameter);
        foreach (var digest in stories)
        {
            if (!_stories.TryGetValue(digest, out var story))
                return null;
            writer.Text(story);
        }
        return Convert.ToHexStringLower(SHA256.HashData(writer.Written));
    }

    /// <summary>The key of <paramref name="template"/> rendered with <paramref name="model"/>, or null if the model holds a value it cannot read.</summary>
    public string? For(string template, object model)
    {
        var writer = new Writer();
        writer.Bytes(_shared);
        writer.Text(template);
        return writer.Value(model) ? Convert.ToHexStringLower(SHA256.HashData(writer.Written)) : null;
    }

    /// <summary>Writes values with a tag before each and a length before each text, so no two different models write the same bytes.</summary>
    private sealed class Writer
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(4096);

        public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

        public bool Value(object? value)
        {
            switch (value)
            {
                case null:
                    Tag('n');
                    return true;
                case string text:
                    Tag('s');
                    Text(text);
                    return true;
                case bool flag:
                    Tag(flag ? 't' : 'f');
                    return true;
                case int number:
                    Tag('i');
                    Long(number);
                    return true;
                case long number:
                    Tag('l');
                    Long(number);
                    return true;
                case TrustedHtml html:
                    Tag('h');
                    Text(html.Html);
                    return true;
                case IEnumerable<KeyValuePair<string, object?>> map:
                    Tag('m');
                    foreach (var (key, item) in map)
                    {
                        Tag('k');
                        Text(key);
                        if (!Value(item))
                            return false;
                    }
                    Tag('e');
                    return true;
                case IEnumerable list and not IDictionary:
                    Tag('a');
                    foreach (var item in list)
                        if (!Value(item))
                            return false;
                    Tag('e');
                    return true;
                default:
                    return false; // a value not known here: the page is rendered, never kept on a guess
            }
        }

        public void Text(string text) => Bytes(MemoryMarshal.AsBytes(text.AsSpan()));

        public void Bytes(ReadOnlySpan<byte> bytes)
        {
            Long(bytes.Length);
            bytes.CopyTo(_buffer.GetSpan(bytes.Length));
            _buffer.Advance(bytes.Length);
        }

        private void Tag(char tag)
        {
            _buffer.GetSpan(1)[0] = (byte)tag;
            _buffer.Advance(1);
        }

        private void Long(long value)
        {
            BinaryPrimitives.WriteInt64LittleEndian(_buffer.GetSpan(8), value);
            _buffer.Advance(8);
        }
    }
}
