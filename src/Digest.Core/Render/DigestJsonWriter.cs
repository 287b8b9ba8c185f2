using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Digest.Core.Merge;

namespace Digest.Core.Render;

/// <summary>
/// Writes <c>digest.json</c>, the machine-readable digest of DESIGN.md. Fields are written in a fixed
/// order, so equal digests give byte-identical files.
/// </summary>
internal static class DigestJsonWriter
{
    public const int Schema = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Readable text (apostrophes, accents, emoji as themselves). The file is served as JSON,
        // never inlined into HTML, so HTML-sensitive characters need no escaping here.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The buffer a thread writes its digests into, kept from one to the next: grown once to the largest, not doubled
    /// from small per file (each doubling a new array and a copy of the JSON so far).
    /// </summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    public static byte[] Write(StoryDigest digest)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("schema", Schema);
            json.WriteString("story", digest.Slug);
            json.WriteString("title", digest.Title);
            Array(json, "sources", digest.Sources, s =>
            {
                json.WriteString("id", s.Id);
                json.WriteString("outlet", s.Outlet);
                json.WriteString("title", s.Title);
                json.WriteString("url", s.Url);
                json.WriteString("published", s.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("path", s.Path);
                json.WriteNumber("contributes", s.Contributes);
            });
            Array(json, "body", digest.Body, b =>
            {
                json.WriteString("text", b.Text);
                Strings(json, "sources", b.Sources);
                Strings(json, "partial", b.Partial);
                Array(json, "from", b.From, f =>
                {
                    json.WriteString("source", f.Source);
                    json.WriteString("text", f.Text);
                    if (!f.Adds.IsEmpty) Strings(json, "adds", f.Adds);
                });
                json.WriteNumber("paragraph", b.Paragraph);
            });
            Array(json, "quotes", digest.Quotes, q =>
            {
                json.WriteString("text", q.Text);
                json.WriteString("speaker", q.Speaker);
                Strings(json, "sources", q.Sources);
                Array(json, "variants", q.Variants, v =>
                {
                    json.WriteString("source", v.Source);
                    json.WriteString("text", v.Text);
                });
            });
            Array(json, "timeline", digest.Timeline, t =>
            {
                json.WriteString("date", t.Date.Iso);
                json.WriteString("precision", t.Date.PrecisionName);
                json.WriteString("text", t.Text);
                Strings(json, "sources", t.Sources);
                Array(json, "from", t.From, f =>
                {
                    json.WriteString("source", f.Source);
                    json.WriteString("text", f.Text);
                });
            });
            Array(json, "people", digest.People, p =>
            {
                json.WriteString("name", p.Name);
                Strings(json, "aliases", p.Aliases);
                if (p.Age is { } age) json.WriteNumber("age", age); else json.WriteNull("age");
                Strings(json, "sources", p.Sources);
                Strings(json, "relations", p.Relations);
            });
            Array(json, "conflicts", digest.Conflicts, c =>
            {
                json.WriteString("about", c.About);
                json.WriteString("kind", c.Kind.Name());
                json.WriteString("subject", c.Subject);
                Array(json, "values", c.Values, v =>
                {
                    json.WriteString("source", v.Source);
                    json.WriteString("text", v.Text);
                    json.WriteString("sentence", v.Sentence);
                });
            });
            Array(json, "unresolved_dates", digest.UnresolvedDates, u =>
            {
                json.WriteString("phrase", u.Phrase);
                json.WriteString("text", u.Text);
                Strings(json, "sources", u.Sources);
                json.WriteString("reason", u.Reason);
            });
            Array(json, "removed", digest.Removed, r =>
            {
                json.WriteString("source", r.Source);
                json.WriteString("text", r.Text);
                json.WriteString("reason", r.Reason);
            });
            if (digest.Editorial is { } editorial)
                Overrides(json, editorial);
            json.WriteEndObject();
        }
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Only on stories with an override file, so that other digests keep their shape.</summary>
    private static void Overrides(Utf8JsonWriter json, DigestOverrides editorial)
    {
        json.WriteStartObject("overrides");
        json.WriteString("file", editorial.File);
        json.WriteString("headline", editorial.Headline);
        Strings(json, "include", editorial.Include);
        Strings(json, "exclude_articles", editorial.ExcludeArticles);
        Strings(json, "exclude", editorial.Excluded);
        if (!editorial.Speakers.IsEmpty)
        {
            json.WriteStartArray("speakers");
            foreach (var s in editorial.Speakers)
            {
                json.WriteStartObject();
                json.WriteString("quote", s.Quote);
                json.WriteString("speaker", s.Speaker);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteString("note", editorial.Note);
        json.WriteEndObject();
    }

    private static void Array<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<T> writeFields)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            writeFields(item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    internal static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }
}
