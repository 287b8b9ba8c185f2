using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Digest.Core.Merge;

namespace Digest.Core.Render;

/// <summary>
/// JSON-LD <c>NewsArticle</c> for a story page (https://schema.org/NewsArticle), with <c>isBasedOn</c>
/// naming each source article. It is inlined in a script element, so the encoder escapes
/// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes: no article text can close the element.
/// </summary>
internal static class StructuredData
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <param name="url">The page's absolute URL, or null when base_url is empty.</param>
    public static string NewsArticle(StoryDigest digest, string? url, string siteTitle)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "NewsArticle");
            json.WriteString("headline", digest.Title);
            if (url is not null)
            {
                json.WriteString("url", url);
                json.WriteString("mainEntityOfPage", url);
            }
            if (ViewModels.IsoDate(digest.Date) is { } date)
                json.WriteString("datePublished", date);
            if (!digest.Body.IsEmpty)
                json.WriteString("description", digest.Lede);
            if (digest.Tags.Length > 0)
                json.WriteString("keywords", string.Join(", ", digest.Tags));
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", siteTitle);
            json.WriteEndObject();
            if (digest.People.Length > 0)
            {
                json.WriteStartArray("mentions");
                foreach (var person in digest.People)
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "Person");
                    json.WriteString("name", person.Name);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteStartArray("isBasedOn");
            foreach (var source in digest.Sources)
            {
                json.WriteStartObject();
                json.WriteString("@type", "NewsArticle");
                json.WriteString("headline", source.Title);
                if (ViewModels.SafeUrl(source.Url) is { } sourceUrl) json.WriteString("url", sourceUrl);
                if (ViewModels.IsoDate(source.Published) is { } published) json.WriteString("datePublished", published);
                json.WriteStartObject("publisher");
                json.WriteString("@type", "Organization");
                json.WriteString("name", source.Outlet);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The CSP hash of the inline script ('sha256-…'), so the page's policy allows exactly that one.</summary>
    public static string Sha256(string script) =>
        Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script)));
}
