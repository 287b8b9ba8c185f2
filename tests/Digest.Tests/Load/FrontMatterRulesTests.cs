using Digest.Core;
using Digest.Core.Load;

namespace Digest.Tests.Load;

/// <summary>No guessing: dates, booleans and the shape of every field are read as written or refused at their line.</summary>
public class FrontMatterRulesTests
{
    private static (Article? Article, Diagnostic? Error) Parse(string field) =>
        ContentLoader.Parse($"---\ntitle: T\noutlet: X\n{field}\n---\nText.\n", "content/s/a.md") is var (article, diagnostics)
            ? (article, diagnostics.FirstOrDefault(d => d.Severity == Severity.Error))
            : default;

    [Theory]
    [InlineData("2021-10-01", "2021-10-01")]
    [InlineData("2021-10-01T23:30:00-05:00", "2021-10-01")]
    [InlineData("2021-10-01 00:15", "2021-10-01")]
    [InlineData("2021-10-01T00:15:00Z", "2021-10-01")]
    [InlineData("\"2021-10-01\"", "2021-10-01")]
    public void A_date_is_the_calendar_date_written(string written, string expected)
    {
        var (article, error) = Parse($"date: {written}");
        Assert.Null(error);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), article!.Date);
    }

    [Theory]
    [InlineData("10:30")]
    [InlineData("May 1")]
    [InlineData("01/02/2021")]
    [InlineData("2021-13-01")]
    [InlineData("2021-02-30")]
    [InlineData("1 October 2021")]
    [InlineData("2021-10-01T25:00")]
    [InlineData("[2021-10-01]")]
    public void Anything_else_is_an_error_at_its_line(string written)
    {
        var (article, error) = Parse($"date: {written}");
        Assert.Null(article);
        Assert.Equal((4, 7), (error!.Line, error.Column));
        Assert.Contains("YYYY-MM-DD", error.Message);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("yes", true)]
    [InlineData("On", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("no", false)]
    [InlineData("off", false)]
    public void Draft_takes_the_booleans_YAML_knows(string written, bool draft)
    {
        var (article, error) = Parse($"draft: {written}");
        Assert.Null(error);
        Assert.Equal(draft, article!.Draft);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("1")]
    [InlineData("tRUe")]
    [InlineData("[true]")]
    public void Any_other_draft_value_is_an_error(string written)
    {
        var (article, error) = Parse($"draft: {written}");
        Assert.Null(article);
        Assert.Equal(4, error!.Line);
        Assert.Contains("'draft' must be true or false", error.Message);
    }

    [Theory]
    [InlineData("tags: {a: 1}", "'tags' must be a list")]
    [InlineData("tags: [a, [b]]", "'tags' must be a list")]
    [InlineData("url: [a, b]", "'url' must be a single value")]
    [InlineData("story: {a: b}", "'story' must be a single value")]
    public void A_field_of_the_wrong_shape_is_an_error(string field, string message)
    {
        var (article, error) = Parse(field);
        Assert.Null(article);
        Assert.Equal(4, error!.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Site_yml_fields_of_the_wrong_shape_are_errors_and_unknown_keys_warnings()
    {
        var (config, diagnostics) = SiteConfigLoader.Parse("title: [a, b]\ntilte: News\nbase_url: news.example.org\npage_size: 5\n", "site.yml");
        Assert.Equal("Digest", config.Title);
        Assert.Equal("", config.BaseUrl);
        Assert.Equal(5, config.PageSize);
        Assert.Equal([
            "site.yml:1:8: error: 'title' must be a single value, not a list or mapping; the default is used",
            "site.yml:2:1: warning: unknown key 'tilte' is ignored: did you mean 'title'? site.yml knows title, description, base_url, language, output, boilerplate, page_size, feed_size, permalinks",
            "site.yml:3:11: error: 'base_url' must be an absolute http or https address, like https://news.example.org/; links stay relative meanwhile",
        ], diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("https://news.example.org/", "https://news.example.org")]
    [InlineData("http://example.org/memorials", "http://example.org/memorials")]
    [InlineData("javascript:alert(1)", "")]
    [InlineData("//example.org", "")]
    [InlineData("ftp://example.org", "")]
    public void Base_url_is_an_absolute_http_address(string written, string expected) =>
        Assert.Equal(expected, SiteConfigLoader.Parse($"base_url: \"{written}\"\n", "site.yml").Config.BaseUrl);
}
