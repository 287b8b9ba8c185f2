using System.Text.Encodings.Web;
using System.Text.Json;
using Digest.Core.Merge;

namespace Digest.Core.Render;

/// <summary>
/// <c>search-index.json</c>, read by <c>assets/search.js</c> on the search page: one entry per story
/// with its title, people, outlets, tags and body text. URLs are relative to the site root.
/// </summary>
internal static class SearchIndexWriter
{
    public const string FileName = "search-index.json";

    /// <param name="stories">Each story's digest (a summary will do), its path and its <see cref="Text"/>.</param>
    public static byte[] Write(IEnumerable<(StoryDigest Digest, string Path, string Text)> stories)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var (digest, path, text) in stories)
            {
                json.WriteStartObject();
                json.WriteString("title", digest.Title);
                json.WriteString("url", path);
                json.WriteString("date", ViewModels.IsoDate(digest.Date));
                json.WriteString("date_display", ViewModels.DisplayDate(digest.Date));
                DigestJsonWriter.Strings(json, "people", digest.People.SelectMany(p => p.Aliases.Prepend(p.Name)).Distinct(StringComparer.Ordinal));
                DigestJsonWriter.Strings(json, "outlets", digest.Sources.Select(s => s.Outlet).Distinct(StringComparer.Ordinal));
                DigestJsonWriter.Strings(json, "tags", digest.Tags);
                json.WriteString("text", text);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>The text of a story's whole body, as the index holds it.</summary>
    public static string Text(StoryDigest digest) => string.Join(" ", digest.Body.Select(b => b.Text));
}
