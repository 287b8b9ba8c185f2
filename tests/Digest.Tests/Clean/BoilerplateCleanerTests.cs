using System.Collections.Immutable;
using Digest.Core.Clean;
using Digest.Core.Load;

namespace Digest.Tests.Clean;

public class BoilerplateCleanerTests
{
    private static Article ArticleWith(params string[] paragraphs) => Article("people", "PEOPLE", "s", paragraphs);

    private static Article Article(string id, string outlet, string story, params string[] paragraphs) =>
        Titled("A headline about the flood", id, outlet, story, paragraphs);

    private static Article Titled(string title, string id, string outlet, string story, params string[] paragraphs) => new(
        id, $"content/{story}/{id}.md", story, title, outlet, null, null, null, null, [], false,
        ImmutableSortedDictionary<string, object?>.Empty,
        [.. paragraphs.Select((p, i) => new Paragraph(i + 1, [.. SentenceSplitter.Split(p).Select(s => new Sentence(s, i + 1))]))]);

    /// <summary>Each row: a boilerplate paragraph (made up in the style of the outlets) and the reason it must give.</summary>
    public static TheoryData<string, string> Boilerplate => new()
    {
        { "Get push notifications with news, features and more.", "push-notification plug" },
        { "Never miss a story — sign up for PEOPLE's free daily newsletter to stay up-to-date on celebrity news.", "newsletter plug" },
        { "Sign up for BREAKING NEWS Emails privacy policy Thanks for subscribing!", "newsletter plug" },
        { "Newsletter Sign Up Continue reading the main story A reporter knows the league. Please verify you're not a robot. Thank you for subscribing. View all Daily Courier newsletters.", "newsletter plug" },
        { "Advertisement", "advertisement" },
        { "Continue reading the main story", "advertisement" },
        { "Advertisement Continue reading the main story", "advertisement" },
        { "Scroll down for video", "video prompt" },
        { "Jane Doe Instagram Jane Doe | Credit: Jane Doe Instagram", "image credit" },
        { "jane doe Credit: jane doe/instagram", "image credit" },
        { "Credit: Sam Ortiz for The Daily Courier", "image credit" },
        { "Enlarge this image toggle caption Sam Ortiz/AP Sam Ortiz/AP", "image credit" },
        { "(Photo by Sam Ortiz/Getty Images)", "image credit" },
        { "Photo: Sam Ortiz", "image credit" },
        { "Photo", "image credit" },
        { "Image copyright Getty Images Image caption The river rose overnight", "image credit" },
        { "Getty Images", "image credit" },
        { "(Sam Ortiz/Associated Press)", "image credit" },
        { "The river rose overnight. Sam Ortiz/Getty Images", "photo caption" },
        { "FILE - In this Sept. 30, 2016, file photo, the mayor speaks in Dayton. The mayor said the levee would hold. (AP Photo/Sam Ortiz, File)", "photo caption" },
        { "Volunteers fill sandbags near the levee (Sam Ortiz/AP/PA)", "photo caption" },
        { "The mayor (left) and her deputy walk the levee. Both were re-elected in May", "photo caption" },
        { "The coach, pictured, had slipped the night before", "photo caption" },
        { "Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", "copyright notice" },
        { "Copyright © 2017 Radio Nine. All rights reserved.", "copyright notice" },
        { "(Copyright 2025 KVTX. All rights reserved.)", "copyright notice" },
        { "___", "separator" },
        { "Information from: Dayton Daily Courier, http://www.example.com", "wire notice" },
        { "The Associated Press contributed to this report.", "wire notice" },
        { "ab/cd (AFP, dpa)", "wire notice" },
        { "Read more: Three towns along the river", "read-more link" },
        { "RELATED: The levee that failed in 1998", "read-more link" },
        { "Related", "read-more link" },
        { "For more river coverage: http://www.example.com/river", "read-more link" },
        { "Share this article", "social share prompt" },
        { "Follow us on Twitter @dailycourier", "social share prompt" },
        { "Snow day again. pic.twitter.com/abc123 — Dayton Rivermen (@rivermen) December 26, 2017", "embedded social post" },
        { "Interested in Weather? Add Weather as an interest to stay up to date on the latest Weather news. Add Interest", "follow-topic plug" },
        { "This post has been revised to reflect the following correction:", "correction notice" },
        { "Correction: December 1, 2010", "correction notice" },
        { "Because of an editing error, an earlier version of this post misstated the mayor's party. She is a Democrat.", "correction notice" },
        { "Radio Nine transcripts are created on a rush deadline by a contractor. This text may not be in its final form. Accuracy and availability may vary.", "transcript notice" },
        { "la", "stray fragment" },
        // Lines of outlets not in the test corpus (wire services, broadcasters, tabloids).
        { "Reporting by Jane Doe in Dayton; Additional reporting by Sam Ortiz; Editing by Lee Park", "wire notice" },
        { "Writing by Jane Doe; Editing by Sam Ortiz and Lee Park", "wire notice" },
        { "Our Standards: The Daily Courier Trust Principles.", "copyright notice" },
        { "Copyright © The Daily Courier", "copyright notice" },
        { "All rights reserved", "copyright notice" },
        { "Contributing: Jane Doe, The Daily Courier; The Associated Press", "wire notice" },
        { "Source: Daily Courier and news agencies", "wire notice" },
        { "Story continues below advertisement", "advertisement" },
        { "Media playback is unsupported on your device", "video prompt" },
        { "Watch the video above.", "video prompt" },
        { "Media caption The mayor speaks to reporters at the levee", "image credit" },
        { "(AP Photo/Sam Ortiz)", "image credit" },
        { "FILE - In this Sept. 30, 2016, file photo, the mayor speaks in Dayton. She has led the city since 2009.", "photo caption" },
        { "Related Coverage", "read-more link" },
        { "Recommended", "read-more link" },
        { "READ MORE: Three towns along the river", "read-more link" },
        { "Click here for the full interview.", "read-more link" },
        { "Read the original article on Daily Courier.", "read-more link" },
        { "Follow Jane Doe on Twitter: @janedoe", "social share prompt" },
        { "Follow the Daily Courier on Facebook", "social share prompt" },
        { "Like us on Facebook", "social share prompt" },
        { "Download the Daily Courier app for the latest news.", "app plug" },
        { "Download the News 5 app for breaking news alerts.", "app plug" },
        { "Sign up for our morning briefing.", "subscription plug" },
        { "Subscribe to our podcast on your favourite app.", "subscription plug" },
        { "Subscribe now", "subscription plug" },
        { "Want more? Sign up for our newsletter.", "newsletter plug" },
        { "This story has been updated to include a statement from the mayor.", "update notice" },
        { "This story has been updated.", "update notice" },
        { "Stay with KVTX News 9 for updates on this developing story.", "update notice" },
        { "Stay tuned for more updates.", "update notice" },
        { "Have a news tip? Email us at tips@example.com.", "tip line" },
        { "Email: jane.doe@example.com", "contact line" },
        { "Contact the author at jane.doe@example.com.", "contact line" },
        { "Write to Jane Doe at jane.doe@example.com.", "contact line" },
        { "To contact the reporter on this story: Jane Doe in Dayton at jdoe@example.com", "contact line" },
        { "A version of this article appears in print on Dec. 31, 2017, on Page A1 of the Dayton edition with the headline: Floods Return.", "print notice" },
        { "Sent from my iPhone", "sent-from signature" },
    };

    [Theory]
    [MemberData(nameof(Boilerplate))]
    public void Removes_generic_boilerplate_with_its_reason(string paragraph, string reason)
    {
        var cleaned = new BoilerplateCleaner([]).Clean(ArticleWith("A real sentence about the flood.", paragraph, "Another real sentence."));
        Assert.Equal(["A real sentence about the flood.", "Another real sentence."], cleaned.Sentences.Select(s => s.Text));
        Assert.Equal(SentenceSplitter.Split(paragraph), cleaned.Removed.Select(r => r.Text));
        Assert.All(cleaned.Removed, r => Assert.Equal(("people", "boilerplate: " + reason), (r.Source, r.Reason)));
    }

    [Theory]
    [InlineData("The advertisement ran for a week before the network pulled it.")]
    [InlineData("She said the newsletter she signed up for never arrived.")]
    [InlineData("Related charges were filed against two more men on Monday.")]
    [InlineData("Copyright law protects the photos, the judge said.")]
    [InlineData("Share prices fell 3.5% after the announcement.")]
    [InlineData("Photographers lined the street outside the courthouse.")]
    [InlineData("He posted three photos of the flood on Instagram.")]
    [InlineData("Read more than 200 pages of the report and you find the real story.")]
    [InlineData("Reporters from three newspapers contributed reporting to the investigation that won the prize in 2016.")]
    [InlineData("\"Follow us on the march,\" the organiser told the crowd.")]
    [InlineData("The mayor credited the volunteers (and the weather) for the quick recovery.")]
    [InlineData("It was a process.")]
    [InlineData("The man pictured in the video was arrested on Monday.")]
    [InlineData("WASHINGTON (Reuters) - The Senate voted on Tuesday to extend the program.")]
    [InlineData("(CNN) The storm forced thousands from their homes.")]
    [InlineData("Stay with relatives for now, the mayor told residents of the flooded streets.")]
    [InlineData("(The levee held through the night, engineers said.")]
    [InlineData("Reporting by the Daily Courier found that the levee was weak.")]
    [InlineData("Editing by hand took the team three weeks.")]
    [InlineData("Our standards are higher than theirs, the coach said.")]
    [InlineData("Contributing: the weather, the crowd and the late start, organisers said.")]
    [InlineData("Source: Police said three men were arrested.")]
    [InlineData("Media coverage of the trial was unsupported by the facts, the judge said.")]
    [InlineData("Watch the video and decide for yourself, the lawyer told jurors.")]
    [InlineData("The video above the entrance recorded the theft.")]
    [InlineData("Image captions on the site were changed after the complaint.")]
    [InlineData("In this file photo the mayor is seen smiling, which critics called misleading.")]
    [InlineData("Related coverage of the trial drew criticism.")]
    [InlineData("Recommended doses were cut in half.")]
    [InlineData("Click here, the email urged, and the malware installed itself.")]
    [InlineData("Follow the money on Twitter, the campaign's critics say.")]
    [InlineData("Fans follow the singer on Instagram, where she has 20 million followers.")]
    [InlineData("Download the app and you'll see why it went viral, the reviewer wrote.")]
    [InlineData("Get the app store to remove it, the senators wrote.")]
    [InlineData("Sign up for the marathon opened on Monday.")]
    [InlineData("Subscribe now or lose the discount, the company told customers.")]
    [InlineData("Want more proof? The data is clear, the researcher said.")]
    [InlineData("This story was updated so often that readers complained, the editor said.")]
    [InlineData("Have a tip for the police? Call the hotline, the sheriff said.")]
    [InlineData("Email: the new frontier of fraud, the report warned.")]
    [InlineData("Reach the hotline at 800-555-0100, officials said.")]
    [InlineData("Contact the author at the address on the form, the judge ordered.")]
    [InlineData("A version of this story appeared in a 1998 novel.")]
    [InlineData("Sent from his phone, the message reached the mayor at midnight.")]
    [InlineData("The Associated Press reported the rescue first.")]
    [InlineData("All rights reserved for the owners, the lawyer argued, were never waived.")]
    public void Keeps_real_sentences_that_mention_such_words(string line)
    {
        var cleaned = new BoilerplateCleaner([]).Clean(ArticleWith(line));
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void Publisher_patterns_from_site_yml_apply()
    {
        var cleaned = new BoilerplateCleaner(["^Follow us on Mastodon.*"]).Clean(ArticleWith("Real.", "Follow us on Mastodon."));
        Assert.Equal("boilerplate: site.yml pattern", Assert.Single(cleaned.Removed).Reason);
    }

    [Fact]
    public void A_catastrophic_publisher_pattern_runs_in_linear_time_and_still_matches()
    {
        // With backtracking, (a+)+$ on 40 a's and a b takes about 2^40 steps: this test would not end.
        var line = new string('a', 40) + "b";
        var cleaned = new BoilerplateCleaner(["^(a+)+$", "^(a+)+b$"]).Clean(ArticleWith("Real.", line));
        Assert.Equal(line, Assert.Single(cleaned.Removed).Text);
    }

    [Fact]
    public void A_line_an_outlet_prints_in_articles_of_different_stories_is_its_footer()
    {
        const string footer = "The Daily Courier is published by Courier Media Group in Dayton.";
        const string background = "The river has flooded the town three times since 1998.";
        var articles = ImmutableArray.Create(
            Article("courier", "Daily Courier", "flood", "The levee broke at dawn.", $"Two hundred homes were evacuated. {background} More rain is expected.", footer),
            Article("courier", "Daily Courier", "election", "The mayor won a third term.", $"Turnout was high. {background} The count ended at midnight.", footer),
            Article("courier-update", "Daily Courier", "flood", "The levee broke at dawn.", "The water is receding."),
            Article("herald", "Herald", "flood", "The levee broke at dawn.", footer));
        var cleaned = new BoilerplateCleaner([]).Clean(articles);

        Assert.All(cleaned.Take(2), c => Assert.Equal(
            [(footer, "boilerplate: repeated across Daily Courier articles")],
            c.Removed.Select(r => (r.Text, r.Reason))));
        // A background sentence inside prose, a line shared by two articles of one story, and the
        // same words under another outlet's name are not footers.
        Assert.Contains(cleaned[0].Sentences, s => s.Text == background);
        Assert.Empty(cleaned[2].Removed);
        Assert.Empty(cleaned[3].Removed);
    }

    [Fact]
    public void A_background_line_about_the_story_or_in_a_second_copy_of_one_wire_story_is_not_a_footer()
    {
        const string background = "Mayor Lindqvist has led the city since 2009.";
        const string footer = "Subscribe to the Daily Courier at the front desk.";
        var articles = ImmutableArray.Create(
            Titled("Lindqvist opens the bridge", "courier", "Daily Courier", "bridge", "The bridge opened.", "Cars lined up for an hour.", "The span cost $40 million.", background, footer),
            Titled("Lindqvist wins a third term", "courier", "Daily Courier", "election", "The count ended.", "Turnout was the highest in a decade.", "Her rival conceded at midnight.", background, footer),
            // The same wire story filed twice, in two folders: one story, whatever the folders say.
            Titled("Storm hits coast", "wire", "Wire", "storm", "The storm hit at dawn.", "Two towns lost power.", "Crews worked all night."),
            Titled("Storm hits the coast", "wire", "Wire", "storm-update", "The storm hit at dawn.", "Two towns lost power.", "Crews worked all night.", "Power is back."));
        var cleaned = new BoilerplateCleaner([]).Clean(articles);

        Assert.All(cleaned.Take(2), c => Assert.Equal([footer], c.Removed.Select(r => r.Text)));
        Assert.All(cleaned.Skip(2), c => Assert.Empty(c.Removed));
    }

    [Fact]
    public void A_caption_repeating_an_earlier_sentence_goes_and_the_sentence_stays()
    {
        var cleaned = new BoilerplateCleaner([]).Clean(ArticleWith(
            "Two trains collided in a tunnel early on Wednesday morning.",
            "No passengers were on board.",
            "Two trains collided in a tunnel early on Wednesday morning",
            "No passengers were on board."));
        Assert.Equal(["Two trains collided in a tunnel early on Wednesday morning.", "No passengers were on board.", "No passengers were on board."],
            cleaned.Sentences.Select(s => s.Text));
        Assert.Equal("caption: repeats an earlier sentence of this article", Assert.Single(cleaned.Removed).Reason);
    }

    [Fact]
    public void A_paragraph_repeating_the_headline_goes()
    {
        var cleaned = new BoilerplateCleaner([]).Clean(ArticleWith("A Headline About The Flood", "The river rose."));
        Assert.Equal("boilerplate: repeats the headline", Assert.Single(cleaned.Removed).Reason);
    }

    [Fact]
    public void Three_paragraphs_opening_with_one_gallery_title_are_a_picture_gallery()
    {
        var cleaned = new BoilerplateCleaner([]).Clean(ArticleWith(
            "The port reopened on Monday.",
            "Port of Dayton turns 200 Early days The port began as a ferry landing.",
            "Port of Dayton turns 200 Growth It grew with the railway.",
            "Port of Dayton turns 200 Today It handles grain."));
        Assert.Equal(["The port reopened on Monday."], cleaned.Sentences.Select(s => s.Text));
        Assert.All(cleaned.Removed, r => Assert.Equal("boilerplate: picture gallery", r.Reason));
    }
}
