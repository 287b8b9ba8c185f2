using Digest.Core.Import;
using Digest.Core.Load;
using Digest.Tests.Support;

namespace Digest.Tests.Import;

public class TextArticleReaderTests
{
    [Fact]
    public void Headline_then_paragraphs_without_a_date()
    {
        var article = Read("Town Hall Clock Stops\n\nThe clock stopped at noon.\nIt had run for a century.\n\nRepairs start Monday.\n");
        Assert.Equal("Town Hall Clock Stops", article.Title);
        Assert.Null(article.Date);
        Assert.Null(article.Outlet);
        Assert.Equal(["The clock stopped at noon. It had run for a century.", "Repairs start Monday."], article.Paragraphs);
    }

    [Fact]
    public void A_date_glued_before_the_headline_is_taken_off_it()
    {
        var article = Read(" date 2023-03-14 Town Hall Clock Stops After a Century\n\nThe clock stopped at noon.\n");
        Assert.Equal("Town Hall Clock Stops After a Century", article.Title);
        Assert.Equal(new DateOnly(2023, 3, 14), article.Date);
        Assert.Equal(["The clock stopped at noon."], article.Paragraphs);
    }

    [Theory]
    [InlineData("date 2023-03-14\nTown Hall Clock Stops\n\nThe clock stopped at noon.\n")]
    [InlineData("Town Hall Clock Stops\ndate 2023-03-14\n\nThe clock stopped at noon.\n")]
    [InlineData("Town Hall Clock Stops\n\ndate 2023-03-14\n\nThe clock stopped at noon.\n")]
    [InlineData("\uFEFF\r\ndate 2023-03-14\r\n\r\nTown Hall Clock Stops\r\n\r\nThe clock stopped at noon.\r\n")]
    public void A_date_line_before_or_after_the_headline(string text)
    {
        var article = Read(text);
        Assert.Equal("Town Hall Clock Stops", article.Title);
        Assert.Equal(new DateOnly(2023, 3, 14), article.Date);
        Assert.Equal(["The clock stopped at noon."], article.Paragraphs);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n\n", "empty")]
    [InlineData("Only a headline\n", "no article text")]
    [InlineData("date 2023-02-30 Clock Stops\n\nText.\n", "not a date")]
    public void Unusable_text_is_an_error_that_says_why(string text, string expected)
    {
        var result = TextArticleReader.Read(text);
        Assert.Null(result.Article);
        Assert.Contains(expected, result.Error);
    }

    /// <summary>The seed files, imported, read back exactly as the hand-made seed story in content/ does.</summary>
    [Theory]
    [InlineData("000_60567d66df40948c.txt", "et", "ET")]
    [InlineData("001_41468cabd20aac02.txt", "people", "PEOPLE")]
    public void Seed_files_import_to_the_same_article_as_the_seed_story(string seed, string id, string outlet)
    {
        var file = Path.Combine(Paths.Seeds, seed);
        if (!File.Exists(file))
            Assert.Skip($"{file} is absent");
        var imported = ArticleImporter.Read(File.ReadAllText(file), seed).Article!;
        var (planned, error) = ArticleImporter.Plan(imported, "chrissy-teigen-son-memorial", outlet);
        Assert.Null(error);
        Assert.Equal($"content/chrissy-teigen-son-memorial/{id}.md", planned!.RelativePath);

        var (fromImport, diagnostics) = ContentLoader.Parse(planned.Text, planned.RelativePath);
        Assert.Empty(diagnostics);
        var (seedStory, _) = ContentLoader.LoadFile(Paths.Repository, planned.RelativePath);
        Assert.Equal(seedStory!.Title, fromImport!.Title);
        Assert.Equal(seedStory.Date, fromImport.Date);
        Assert.Equal(seedStory.Outlet, fromImport.Outlet);
        Assert.Equal(seedStory.Sentences.Select(s => s.Text), fromImport.Sentences.Select(s => s.Text));
    }

    private static ImportedArticle Read(string text)
    {
        var result = TextArticleReader.Read(text);
        Assert.Null(result.Error);
        return result.Article!;
    }
}
