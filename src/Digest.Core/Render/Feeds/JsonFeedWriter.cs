using System.Text.Encodings.Web;
using System.Text.Json;

namespace Digest.Core.Render.Feeds;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1).</summary>
internal static class JsonFeedWriter
{
    public const string FileName = "feed.json";
    public const string Version = "https://jsonfeed.org/version/1.1";

    public static byte[] Write(Feed feed)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteString("title", feed.Title);
            json.WriteString("home_page_url", feed.HomeUrl);
            json.WriteString("feed_url", feed.Absolute(FileName));
            if (feed.Description.Length > 0) json.WriteString("description", feed.Description);
            json.WriteString("language", feed.Language);
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", feed.Title);
            json.WriteString("url", feed.HomeUrl);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("items");
            foreach (var entry in feed.Entries)
            {
                json.WriteStartObject();
                json.WriteString("id", entry.Url);
                json.WriteString("url", entry.Url);
                json.WriteString("title", entry.Title);
                json.WriteString("content_text", entry.Text);
                json.WriteString("content_html", entry.Html);
                json.WriteString("summary", entry.Summary);
                if (entry.Date is { } date) json.WriteString("date_published", FeedFormat.Rfc3339(date));
                if (entry.Tags.Length > 0)
                {
                    json.WriteStartArray("tags");
                    foreach (var tag in entry.Tags) json.WriteStringValue(tag);
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
