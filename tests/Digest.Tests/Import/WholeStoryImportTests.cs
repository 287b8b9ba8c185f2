using Digest.Core.Import;

namespace Digest.Tests.Import;

/// <summary>
/// Saved pages laid out the ways real ones are (a paragraph per div, embeds, galleries, link
/// boxes, a teaser in the article element): the import keeps every paragraph of the story, and
/// says so when it keeps under half of the page's text. Every page here is made up.
/// </summary>
public class WholeStoryImportTests
{
    private static readonly string[] Story =
    [
        "Firefighters spent the night pumping water out of the old mill on Harbour Street after the river broke its banks.",
        "\"We have never seen it this high,\" said station officer Mira Castell, who has served in the town for 18 years.",
        "The mill, built in 1884, houses a bakery and six flats.",
        "Residents were taken to the sports hall, where volunteers handed out blankets and soup.",
        "The council said the flood barrier ordered last spring will not arrive before March.",
        "More rain is forecast for Thursday.",
    ];

    /// <summary>A broadcaster's page: every paragraph in its own div, each wrapped twice, between an embed, a gallery and a link box.</summary>
    private static string BroadcasterPage() => $$"""
        <!DOCTYPE html>
        <html><head>
          <meta property="og:title" content="River floods the old mill">
          <meta property="og:site_name" content="Northshore Radio">
          <meta property="article:published_time" content="2024-11-19T06:40:00Z">
        </head><body>
          <header><a href="/">Northshore Radio</a><nav><a href="/news">News</a><a href="/sport">Sport</a></nav></header>
          <div id="main-content">
            <div class="article-headline"><h1>River floods the old mill</h1></div>
            <div class="byline-block"><span>By Tamsin Rook</span><span>19 November 2024</span></div>
            {{string.Join("\n", Story.Take(2).Select(Block))}}
            <blockquote class="twitter-tweet"><p>Water everywhere on Harbour St tonight</p>&mdash; Ann (@ann_example) November 19, 2024</blockquote>
            <div class="media-gallery"><div class="gallery-slide"><img src="a.jpg"><div class="gallery-caption">The mill at dawn</div></div>
              <div class="gallery-slide"><img src="b.jpg"><div class="gallery-caption">Volunteers at the hall</div></div></div>
            {{string.Join("\n", Story.Skip(2).Take(3).Select(Block))}}
            <div class="related-links"><h2>Related stories</h2><ul><li><a href="/a">Bridge closed for repairs</a></li><li><a href="/b">Flood barrier delayed</a></li></ul></div>
            {{Block(Story[5])}}
          </div>
          <footer><p>© 2024 Northshore Radio</p></footer>
        </body></html>
        """;

    private static string Block(string paragraph) =>
        $"<div data-component=\"text-block\"><div class=\"rich-text\">{System.Net.WebUtility.HtmlEncode(paragraph)}</div></div>";

    [Fact]
    public void A_page_with_a_div_per_paragraph_keeps_every_paragraph_in_order_and_no_furniture()
    {
        var result = HtmlArticleReader.Read(BroadcasterPage());
        Assert.Null(result.Error);
        Assert.Equal(Story, result.Article!.Paragraphs);
        Assert.Null(result.Warning);
    }

    [Fact]
    public void Paragraphs_in_plain_divs_and_between_line_breaks_are_paragraphs_too()
    {
        const string page = """
            <html><head><meta property="og:title" content="Ferry timetable changes"><meta property="og:site_name" content="Isles Daily"></head>
            <body><div class="content">
              <div>The winter timetable starts on Monday, with two crossings a day instead of four.</div>
              <div>The operator blamed a shortage of crew.</div>
              <div class="text">Islanders said the change would cut them off.<br><br>A public meeting is set for Friday.</div>
              <div><span>Updated</span> <time>10:14</time></div>
            </div></body></html>
            """;
        var article = HtmlArticleReader.Read(page).Article!;
        Assert.Equal(
        [
            "The winter timetable starts on Monday, with two crossings a day instead of four.",
            "The operator blamed a shortage of crew.",
            "Islanders said the change would cut them off.",
            "A public meeting is set for Friday.",
        ], article.Paragraphs);
    }

    [Fact]
    public void When_the_article_element_holds_only_a_teaser_the_readability_reading_finds_the_story()
    {
        var paragraphs = string.Join("\n", Story.Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>"));
        var page = $$"""
            <html><head><meta property="og:title" content="River floods the old mill"><meta property="og:site_name" content="Harbour Gazette">
            <link rel="canonical" href="https://harbourgazette.example/flood"></head>
            <body>
              <article class="teaser"><h1>River floods the old mill</h1><p>The river broke its banks overnight.</p></article>
              <div id="story-body" class="story-content">{{paragraphs}}</div>
            </body></html>
            """;
        var result = HtmlArticleReader.Read(page);
        Assert.Equal("River floods the old mill", result.Article!.Title);
        Assert.Equal("Harbour Gazette", result.Article.Outlet);
        Assert.Equal("https://harbourgazette.example/flood", result.Article.Url);
        Assert.All(Story, p => Assert.Contains(p, result.Article.Paragraphs));
        Assert.Null(result.Warning);
    }

    [Fact]
    public void An_import_that_keeps_under_half_of_the_page_text_says_so()
    {
        var comments = string.Join("\n", Enumerable.Range(1, 12).Select(i =>
            $"<div class=\"reader-post\"><p>Reader {i} wrote a long reply about the ferry, the timetable, the weather and the council's plans for the harbour.</p></div>"));
        var page = $$"""
            <html><head><meta property="og:title" content="Ferry timetable changes"><meta property="og:site_name" content="Isles Daily"></head>
            <body><main><div itemprop="articleBody"><p>The winter timetable starts on Monday.</p></div></main>
            <section class="reader-posts">{{comments}}</section></body></html>
            """;
        var result = HtmlArticleReader.Read(page);
        Assert.NotNull(result.Article);
        Assert.NotNull(result.Warning);
        Assert.Contains("of the page's", result.Warning);
    }
}
