using Digest.Core.Import;
using Digest.Core.Load;

namespace Digest.Tests.Import;

public class ContentFileWriterTests
{
    [Fact]
    public void Text_that_looks_like_markup_reads_back_verbatim()
    {
        string[] paragraphs =
        [
            "1. This is not a list item, it is a sentence.",
            "# Not a heading either.",
            "- Nor a bullet.",
            "> Nor a quote block.",
            "Stars *around* words, snake_case_names and __dunders__ stay.",
            "Brackets [like this](and this) and <b>tags</b> are text.",
            "Entities &amp; and &#169; stay as typed, backslash \\ too.",
            "Code `ticks` remain.",
        ];
        var article = new ImportedArticle("Title: with # and \"quotes\" and 'apostrophes'", "A \\ Outlet", new DateOnly(2024, 2, 29),
            "https://example.com/a?b=1#c", "Jo: Doe", [.. paragraphs]);

        var text = ContentFileWriter.Format(article, "A \\ Outlet", "a-story");
        var (loaded, diagnostics) = ContentLoader.Parse(text, "content/a-story/a-outlet.md");

        Assert.Empty(diagnostics);
        Assert.Equal(article.Title, loaded!.Title);
        Assert.Equal("A \\ Outlet", loaded.Outlet);
        Assert.Equal(article.Date, loaded.Date);
        Assert.Equal(article.Url, loaded.Url);
        Assert.Equal("Jo: Doe", loaded.Author);
        Assert.Equal("a-story", loaded.Story);
        Assert.Equal(paragraphs, loaded.Paragraphs.Select(p => string.Join(' ', p.Sentences.Select(s => s.Text))));
    }
}
