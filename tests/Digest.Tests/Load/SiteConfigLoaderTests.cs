using Digest.Core.Load;

namespace Digest.Tests.Load;

public class SiteConfigLoaderTests
{
    [Fact]
    public void Defaults_apply_to_missing_keys()
    {
        var (config, diagnostics) = SiteConfigLoader.Parse("title: Memorials\n", "site.yml");
        Assert.Empty(diagnostics);
        Assert.Equal("Memorials", config.Title);
        Assert.Equal("public", config.Output);
        Assert.Equal("en", config.Language);
    }

    [Fact]
    public void Reads_every_key()
    {
        var (config, _) = SiteConfigLoader.Parse(
            "title: T\ndescription: D\nbase_url: https://x.org/news/\nlanguage: fr\noutput: out\nboilerplate:\n  - '^Follow us'\n", "site.yml");
        Assert.Equal(("T", "D", "https://x.org/news", "fr", "out"), (config.Title, config.Description, config.BaseUrl, config.Language, config.Output));
        Assert.Equal(["^Follow us"], config.Boilerplate);
    }

    [Fact]
    public void Broken_yaml_is_reported_with_position()
    {
        var (config, diagnostics) = SiteConfigLoader.Parse("title: [unclosed\n", "site.yml");
        Assert.Equal("Digest", config.Title);
        Assert.StartsWith("site.yml:", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_boilerplate_pattern_that_is_not_a_regular_expression_is_reported_and_left_out()
    {
        var (config, diagnostics) = SiteConfigLoader.Parse("boilerplate:\n  - '^Follow us'\n  - '^Share (this'\n", "site.yml");
        Assert.Equal(["^Follow us"], config.Boilerplate);
        Assert.StartsWith("site.yml:3:5: error: boilerplate pattern is not a valid regular expression", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_boilerplate_pattern_the_linear_time_engine_cannot_run_is_reported_at_its_line()
    {
        var (config, diagnostics) = SiteConfigLoader.Parse("boilerplate:\n  - '^Follow us'\n  - '^(\\w+) \\1$'\n", "site.yml");
        Assert.Equal(["^Follow us"], config.Boilerplate);
        Assert.Contains("backreferences", Assert.Single(diagnostics).ToString());
        Assert.StartsWith("site.yml:3:5: error:", diagnostics[0].ToString());
    }
}
