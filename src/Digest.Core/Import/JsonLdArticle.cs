using System.Text.Json;
using AngleSharp.Dom;

namespace Digest.Core.Import;

/// <summary>The fields of a page's JSON-LD article object (schema.org NewsArticle and kin) that an import uses.</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Author, string? Publisher, string? Url)
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.Ordinal)
    {
        "NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle", "WebPage",
    };

    /// <summary>The first article object in the page's JSON-LD scripts; broken JSON is skipped, not fatal.</summary>
    public static JsonLdArticle? Find(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                var found = Objects(json.RootElement)
                    .Where(o => TypesOf(o).Any(ArticleTypes.Contains))
                    .OrderBy(o => TypesOf(o).Contains("WebPage") ? 1 : 0)
                    .Select(o => new JsonLdArticle(String(o, "headline"), String(o, "datePublished"), Name(o, "author"), Name(o, "publisher"),
                        String(o, "url") ?? Name(o, "mainEntityOfPage")))
                    .FirstOrDefault();
                if (found is not null)
                    return found;
            }
            catch (JsonException)
            {
            }
        }
        return null;
    }

    private static IEnumerable<JsonElement> Objects(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
            return element.EnumerateArray().SelectMany(Objects);
        if (element.ValueKind != JsonValueKind.Object)
            return [];
        return element.TryGetProperty("@graph", out var graph) ? [element, .. Objects(graph)] : [element];
    }

    private static IEnumerable<string> TypesOf(JsonElement o) =>
        !o.TryGetProperty("@type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)
        : type.ValueKind == JsonValueKind.String ? [type.GetString()!] : [];

    private static string? String(JsonElement o, string name) =>
        o.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s.Trim() : null;

    /// <summary>A name given as a string, an object with "name" or "@id", or a list of those (the first).</summary>
    private static string? Name(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Array)
            value = value.EnumerateArray().FirstOrDefault();
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => String(value, "name") ?? String(value, "@id"),
            _ => null,
        };
    }
}
