using Digest.Core.Import;

namespace Digest.Tests.Import;

public class HtmlArticleReaderTests
{
    /// <summary>A made-up news page with the furniture real ones carry: menus, ads, share bars, captions, related links.</summary>
    private const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Ferry Returns to Service After Storm Repairs | The Coastal Ledger</title>
          <meta property="og:title" content="Ferry Returns to Service After Storm Repairs">
          <meta property="og:site_name" content="The Coastal Ledger">
          <meta property="og:url" content="https://www.coastalledger.example/news/ferry-returns?utm_source=x">
          <meta property="article:published_time" content="2024-03-08T21:15:00-05:00">
          <meta name="author" content="Ines Marlow">
          <link rel="canonical" href="https://www.coastalledger.example/news/ferry-returns">
          <script>window.dataLayer = [{"page": "article"}];</script>
          <script type="application/ld+json">
          {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "JSON-LD headline loses to og:title",
           "datePublished": "2024-03-07T10:00:00Z", "publisher": {"@type": "Organization", "name": "Ledger Media"}}
          </script>
          <style>.ad-slot { min-height: 250px; }</style>
        </head>
        <body>
          <header class="site-header">
            <a href="/">The Coastal Ledger</a>
            <nav><ul><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li></ul></nav>
          </header>
          <div class="ad-slot" id="top-leaderboard"><p>Advertisement</p></div>
          <main>
            <article>
              <header>
                <h1>Ferry Returns to Service After Storm Repairs</h1>
                <p class="byline">By Ines Marlow</p>
                <time datetime="2024-03-09">March 9</time>
              </header>
              <div class="share-bar"><button>Share on Facebook</button><p>Share this story</p></div>
              <figure>
                <img src="ferry.jpg" alt="">
                <figcaption>The ferry at the north pier. (Photo: Ledger staff)</figcaption>
              </figure>
              <p>The island ferry carried passengers again on Friday, six weeks after a storm tore its ramp loose.</p>
              <p>"We are back, and the <em>coffee</em> is still terrible," said Captain Ruth Okafor,<br>who has run the route for 20 years.</p>
              <div class="inline-ad"><p>Story continues below advertisement</p></div>
              <h2>Repairs cost more than planned</h2>
              <p>The county paid for the new ramp.</p>
              <blockquote><p>"It was the only way across for the school children."</p></blockquote>
              <aside class="related"><h3>Related</h3><p>Bridge study delayed again</p></aside>
              <div class="newsletter-signup"><p>Get the Ledger in your inbox every morning.</p></div>
            </article>
          </main>
          <footer><p>© 2024 The Coastal Ledger. All rights reserved.</p></footer>
          <script>trackPageView();</script>
        </body>
        </html>
        """;

    [Fact]
    public void Reads_metadata_from_open_graph_and_the_canonical_link()
    {
        var article = Read(NewsPage);
        Assert.Equal("Ferry Returns to Service After Storm Repairs", article.Title);
        Assert.Equal("The Coastal Ledger", article.Outlet);
        Assert.Equal(new DateOnly(2024, 3, 8), article.Date); // the page's own calendar date, not shifted to UTC
        Assert.Equal("https://www.coastalledger.example/news/ferry-returns", article.Url);
        Assert.Equal("Ines Marlow", article.Author);
    }

    [Fact]
    public void Body_is_the_article_text_without_navigation_ads_share_bars_captions_or_footer()
    {
        Assert.Equal(
        [
            "The island ferry carried passengers again on Friday, six weeks after a storm tore its ramp loose.",
            "\"We are back, and the coffee is still terrible,\" said Captain Ruth Okafor, who has run the route for 20 years.",
            "Repairs cost more than planned",
            "The county paid for the new ramp.",
            "\"It was the only way across for the school children.\"",
        ], Read(NewsPage).Paragraphs);
    }

    [Fact]
    public void Without_meta_tags_falls_back_to_json_ld_then_markup()
    {
        const string page = """
            <html><head><title>Library Reopens - Riverside Post</title>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Riverside Post"},
              {"@type": ["NewsArticle"], "headline": "Library Reopens With Longer Hours",
               "datePublished": "2022-11-30", "author": [{"@type": "Person", "name": "Theo Brandt"}],
               "publisher": {"@type": "NewsMediaOrganization", "name": "Riverside Post"},
               "mainEntityOfPage": {"@id": "https://riversidepost.example/library"}}]}
            </script></head>
            <body><div id="content"><p>The library opened its doors again on Tuesday.</p><p>It now closes at nine.</p></div></body></html>
            """;
        var article = Read(page);
        Assert.Equal("Library Reopens With Longer Hours", article.Title);
        Assert.Equal("Riverside Post", article.Outlet);
        Assert.Equal(new DateOnly(2022, 11, 30), article.Date);
        Assert.Equal("Theo Brandt", article.Author);
        Assert.Equal("https://riversidepost.example/library", article.Url);
        Assert.Equal(["The library opened its doors again on Tuesday.", "It now closes at nine."], article.Paragraphs);
    }

    [Fact]
    public void Without_an_article_element_takes_the_densest_block_and_the_outlet_from_the_canonical_host()
    {
        const string page = """
            <html><head><title>Council Votes on Parking | Hilltop Herald</title>
            <link rel="canonical" href="https://www.hilltopherald.example/council-parking"></head>
            <body>
              <div class="menu"><p>Home</p><p>Politics</p><p>Weather</p></div>
              <div class="column">
                <h1>Council Votes to Double Parking Fines</h1>
                <span>Updated <time datetime="2021-06-02T08:00:00+02:00">June 2</time></span>
                <p>The city council voted six to three on Wednesday to double parking fines downtown.</p>
                <p>The new fines take effect in August, the council said.</p>
                <p>Shop owners had asked for the change after complaints about blocked loading zones.</p>
              </div>
              <div class="sidebar-widget"><p>Most read: a short list of other stories.</p></div>
            </body></html>
            """;
        var article = Read(page);
        Assert.Equal("Council Votes to Double Parking Fines", article.Title);
        Assert.Equal("hilltopherald.example", article.Outlet);
        Assert.Equal(new DateOnly(2021, 6, 2), article.Date);
        Assert.Equal(3, article.Paragraphs.Length);
        Assert.StartsWith("The city council voted", article.Paragraphs[0]);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Most read") || p == "Home");
    }

    [Fact]
    public void A_layout_wrapper_named_like_furniture_is_not_thrown_away_with_the_story()
    {
        const string page = """
            <html><head><meta property="og:title" content="Storm Closes Schools"><meta property="og:site_name" content="Valley Voice"></head>
            <body><div class="layout has-sidebar">
              <div class="story"><p>Schools in the valley closed on Monday as the storm arrived.</p><p>They reopen on Wednesday.</p></div>
              <div class="sidebar"><p>Weather widget</p></div>
            </div></body></html>
            """;
        Assert.Equal(["Schools in the valley closed on Monday as the storm arrived.", "They reopen on Wednesday."], Read(page).Paragraphs);
    }

    [Fact]
    public void Title_tag_loses_the_site_suffix_when_nothing_better_exists()
    {
        var article = Read("<html><head><title>Pier Lights Restored | Bay Times</title><meta property=\"og:site_name\" content=\"Bay Times\"></head><body><p>The lights are on again.</p></body></html>");
        Assert.Equal("Pier Lights Restored", article.Title);
        Assert.Equal("Bay Times", article.Outlet);
        Assert.Null(article.Date);
    }

    [Fact]
    public void Broken_json_ld_is_skipped_and_a_page_without_text_is_an_error()
    {
        var result = HtmlArticleReader.Read("<html><head><title>Empty</title><script type=\"application/ld+json\">{not json</script></head><body><nav><p>Menu</p></nav></body></html>");
        Assert.Null(result.Article);
        Assert.Contains("no article text", result.Error);
    }

    [Fact]
    public void A_page_without_an_outlet_needs_the_outlet_option()
    {
        var article = Read("<html><body><h1>Headline</h1><p>Some text.</p></body></html>");
        Assert.Null(article.Outlet);
        var (planned, error) = ArticleImporter.Plan(article, story: null, outlet: null);
        Assert.Null(planned);
        Assert.Contains("--outlet", error);
        Assert.Equal("content/headline/bay-news.md", ArticleImporter.Plan(article, null, "Bay News").Planned!.RelativePath);
    }

    private static ImportedArticle Read(string html)
    {
        var result = HtmlArticleReader.Read(html);
        Assert.Null(result.Error);
        return result.Article!;
    }
}
