using CsCheck;
using Digest.Core.Import;

namespace Digest.Tests.Import;

/// <summary>The importer over generated input: any bytes are either read as an article, or refused with a reason; never an exception.</summary>
public class ImporterFuzzTests
{
    /// <summary>Fragments of real pages, shuffled: tags half-closed, entities, scripts, JSON-LD, paragraphs.</summary>
    private static readonly string[] PagePieces =
    [
        "<!DOCTYPE html>", "<html>", "<head>", "<meta charset=\"latin1\">", "<meta property=\"og:title\" content=\"Dunes & \"open\"",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-13-45\"", "</script>",
        "<article>", "<div class=\"ad\">", "<p>", "</p>", "<br><br>", "The dunes opened on Friday.", "&amp;", "&#x0;", "&bogus;",
        "<h1>", "</h1>", "</div>", "<!--", "-->", "<link rel=canonical href=\"javascript:alert(1)\">", "<time datetime=\"yesterday\">",
        "\u00e9", "\uFFFD", "\n", "date 2023-09-02", "# heading", "1. item",
    ];

    [Fact]
    public void Any_bytes_are_read_as_an_article_or_refused_with_a_reason()
    {
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            var (text, error) = ImportedText.Decode(bytes);
            if (text is null)
                return !string.IsNullOrWhiteSpace(error);
            var read = ArticleImporter.Read(text, "page.html");
            return read.Article is not null || !string.IsNullOrWhiteSpace(read.Error);
        }, iter: 2000);
    }

    [Fact]
    public void Any_jumble_of_page_pieces_is_read_or_refused_and_a_read_article_plans_a_content_file()
    {
        Gen.Int[0, PagePieces.Length - 1].Array[0, 40].Sample(pieces =>
        {
            var page = string.Concat(pieces.Select(i => PagePieces[i]));
            foreach (var name in new[] { "page.html", "page.txt" })
            {
                var read = ArticleImporter.Read(page, name);
                if (read.Article is null)
                {
                    if (string.IsNullOrWhiteSpace(read.Error)) return false;
                    continue;
                }
                var (planned, error) = ArticleImporter.Plan(read.Article, "dunes", "Bay FM");
                if (planned is null || error is not null || !planned.RelativePath.StartsWith("content/dunes/", StringComparison.Ordinal))
                    return false;
            }
            return true;
        }, iter: 1000);
    }
}
