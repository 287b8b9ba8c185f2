using AngleSharp.Html.Parser;
using Digest.Core.Load;
using Digest.Core.Merge;

namespace Digest.Tests.Render;

/// <summary>How the story page shows a sentence several outlets told: partial credit, what they add, datelines.</summary>
public class MergedSentencePageTests
{
    private static readonly HtmlParser Parser = new();

    private const string Shown = "HARBOURTON, Maine (Wire) — A passenger ferry ran aground on a sandbar at low tide on Sunday.";
    private const string Other = "The Bay Star ferry ran aground near Harbourton.";
    private const string Later = "PORTSIDE (Wire) — The ferry company said the captain had followed the usual channel.";

    private static AngleSharp.Html.Dom.IHtmlDocument Page()
    {
        var digest = RenderedSite.Digest("ferry", "Ferry runs aground", new DateOnly(2024, 6, 2), ["Wire", "Times"]);
        digest = digest with
        {
            Body =
            [
                new BodySentence(Shown, ["wire"], [new SentenceOrigin("wire", Shown), new SentenceOrigin("times", Other, ["Bay Star"])], 0, ["times"]),
                new BodySentence(Later, ["wire"], [new SentenceOrigin("wire", Later)], 1, []),
            ],
        };
        return Parser.ParseDocument(RenderedSite.Render(SiteConfig.Default, digest).Text("stories/ferry/index.html"));
    }

    [Fact]
    public void An_outlet_that_told_part_of_a_sentence_is_marked_in_part()
    {
        var first = Page().QuerySelectorAll(".body .sentence")[0];
        Assert.Equal(["1"], first.QuerySelectorAll(":scope > .markers .marker").Select(m => m.TextContent.Trim()));
        var inPart = first.QuerySelector(".in-part")!;
        Assert.Contains("in part", inPart.TextContent, StringComparison.Ordinal);
        Assert.Equal("Times", inPart.QuerySelector(".marker")!.GetAttribute("title"));
    }

    [Fact]
    public void What_a_merged_outlet_adds_is_shown_in_its_own_words_under_the_sentence()
    {
        var variant = Assert.Single(Page().QuerySelectorAll(".body .variant"));
        Assert.Contains(Other, variant.TextContent, StringComparison.Ordinal);
        Assert.Contains("Times", variant.QuerySelector(".variant-outlet")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dateline_is_shown_once_at_the_top_and_never_restarts_the_story_further_down()
    {
        var sentences = Page().QuerySelectorAll(".body .sentence").Select(s => s.TextContent).ToList();
        Assert.StartsWith("HARBOURTON, Maine (Wire) — A passenger ferry", sentences[0], StringComparison.Ordinal);
        Assert.StartsWith("The ferry company said", sentences[1], StringComparison.Ordinal);
    }
}
