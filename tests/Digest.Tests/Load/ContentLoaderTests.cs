using Digest.Core;
using Digest.Core.Load;

namespace Digest.Tests.Load;

public class ContentLoaderTests
{
    private const string Path = "content/story/et.md";

    [Fact]
    public void Reads_front_matter_fields_and_keeps_unknown_ones()
    {
        var (article, diagnostics) = ContentLoader.Parse("""
            ---
            title: "A headline"
            outlet: ET
            date: 2021-10-01
            url: https://example.com/a
            author: Jane Doe
            story: The Story
            tags: [memorial, celebrity]
            section: Culture
            ---
            First sentence. Second one.

            Another paragraph.
            """, Path);
        Assert.Empty(diagnostics);
        Assert.NotNull(article);
        Assert.Equal("et", article.Id);
        Assert.Equal("story", article.Folder);
        Assert.Equal("A headline", article.Title);
        Assert.Equal("ET", article.Outlet);
        Assert.Equal(new DateOnly(2021, 10, 1), article.Date);
        Assert.Equal("https://example.com/a", article.Url);
        Assert.Equal("Jane Doe", article.Author);
        Assert.Equal("The Story", article.Story);
        Assert.Equal(["memorial", "celebrity"], article.Tags);
        Assert.Equal("Culture", article.Extra["section"]);
        Assert.Equal(2, article.Paragraphs.Length);
        Assert.Equal(["First sentence.", "Second one."], article.Paragraphs[0].Sentences.Select(s => s.Text));
        Assert.Equal(11, article.Paragraphs[0].Line);
        Assert.Equal(13, article.Paragraphs[1].Line);
    }

    [Fact]
    public void Date_is_optional()
    {
        var (article, diagnostics) = ContentLoader.Parse("---\ntitle: T\noutlet: ET\n---\nText.\n", Path);
        Assert.Empty(diagnostics);
        Assert.Null(article!.Date);
    }

    [Fact]
    public void Missing_required_field_is_an_error_with_position_and_advice()
    {
        var (article, diagnostics) = ContentLoader.Parse("---\ntitle: T\n---\nText.\n", Path);
        Assert.Null(article);
        var d = Assert.Single(diagnostics);
        Assert.Equal("content/story/et.md:2:1: error: missing required field 'outlet': add 'outlet: ...' to the front matter", d.ToString());
    }

    [Fact]
    public void Malformed_yaml_reports_the_file_line_of_the_problem()
    {
        var (article, diagnostics) = ContentLoader.Parse("---\ntitle: T\noutlet: [ET\nurl: x\n---\nText.\n", Path);
        Assert.Null(article);
        var d = Assert.Single(diagnostics);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(Path, d.Path);
        Assert.InRange(d.Line, 3, 5);
        Assert.Contains("malformed front matter", d.Message);
    }

    [Fact]
    public void Bad_date_points_at_the_date_value()
    {
        var (_, diagnostics) = ContentLoader.Parse("---\ntitle: T\noutlet: ET\ndate: last Tuesday\n---\nText.\n", Path);
        var d = Assert.Single(diagnostics);
        Assert.Equal((4, 7), (d.Line, d.Column));
        Assert.Contains("YYYY-MM-DD", d.Message);
    }

    [Fact]
    public void File_without_front_matter_is_reported()
    {
        var (article, diagnostics) = ContentLoader.Parse("Just text.\n", Path);
        Assert.Null(article);
        Assert.Contains("missing front matter", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Inline_markdown_is_reduced_to_its_text()
    {
        var (article, _) = ContentLoader.Parse("---\ntitle: T\noutlet: ET\n---\nShe said *it* at [the club](https://x.y) <b>today</b>.\n", Path);
        Assert.Equal("She said it at the club today.", article!.Paragraphs[0].Sentences[0].Text);
    }

    [Fact]
    public void Loading_a_folder_keeps_good_files_when_one_is_bad()
    {
        using var site = new Support.Paths.TempFolder();
        site.Write("content/s/a.md", "---\ntitle: A\noutlet: X\n---\nGood.\n");
        site.Write("content/s/b.md", "---\ntitle: B\n---\nBad.\n");
        var result = ContentLoader.Load(site.Path);
        Assert.Equal(["a"], result.Articles.Select(a => a.Id));
        Assert.Equal("content/s/b.md", Assert.Single(result.Diagnostics).Path);
    }
}
