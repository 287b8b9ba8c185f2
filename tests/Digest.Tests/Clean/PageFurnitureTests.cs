using System.Collections.Immutable;
using Digest.Core.Clean;
using Digest.Core.Load;

namespace Digest.Tests.Clean;

/// <summary>
/// Page furniture recognised by its shape and place, on lines invented in the style of outlets
/// the corpus does not hold (tabloids, wire services, broadcasters, regional papers), and real
/// story sentences that look like furniture and must stay. Every line here is made up.
/// </summary>
public class PageFurnitureTests
{
    private const string Before = "The river rose overnight and forced hundreds from their homes in Dayton.";
    private const string After = "Crews worked through the night to reinforce the levee, the mayor said.";

    private static Article Page(params string[] paragraphs) => new(
        "courier", "content/flood/courier.md", "flood", "River floods Dayton", "Daily Courier", null, null, null, null, [], false,
        ImmutableSortedDictionary<string, object?>.Empty,
        [.. paragraphs.Select((p, i) => new Paragraph(i + 1, [.. SentenceSplitter.Split(p).Select(s => new Sentence(s, i + 1))]))]);

    private static CleanArticle Clean(params string[] paragraphs) => new BoilerplateCleaner([]).Clean(Page(paragraphs));

    /// <summary>Each row: a furniture paragraph between two paragraphs of prose, and the reason it must give.</summary>
    public static TheoryData<string, string> Furniture => new()
    {
        // Tip lines and reader appeals
        { "Got a story? Email tips@courier.example or call us direct on 0100 555 0199.", "tip line" },
        { "Do you have a story for the Courier news team? Email us at news@courier.example or call 0100 555 0100.", "tip line" },
        { "We pay for videos too. Click here to upload yours.", "tip line" },
        // Boxes of other stories
        { "MOST READ IN NEWS", "box of other stories" },
        { "MOST READ IN TV & SHOWBIZ 'SO PROUD' Singer's tribute to her late father STORM WARNING Snow to hit the coast tonight", "box of other stories" },
        { "TRENDING", "box of other stories" },
        { "MORE FROM WORLD NEWS", "box of other stories" },
        { "You may also like", "box of other stories" },
        { "[Levee repairs stall as the council argues over the cost]", "link to another story" },
        { "(Read more: Why the levee failed in 1998)", "link to another story" },
        // Credits
        { "Splash News", "heading or label (no sentence)" },
        { "Getty - Contributor", "heading or label (no sentence)" },
        { "Rex Features", "heading or label (no sentence)" },
        { "REUTERS/Jane Doe", "image credit" },
        { "REUTERS/Sam Ortiz/File Photo", "image credit" },
        { "Jane Doe/Daily Courier", "image credit" },
        { "AP Photo/Sam Ortiz", "image credit" },
        { "(Photo: Jane Doe, AP)", "image credit" },
        { "(Photo: .)", "image credit" },
        { "Credit: Courier Staff", "image credit" },
        { "Courtesy of the Doe family", "image credit" },
        { "Photo courtesy of Dayton Fire Department", "image credit" },
        { "Photos by Jane Doe and Sam Ortiz", "image credit" },
        { "Image source, Getty Images", "image credit" },
        // Captions
        { "The mayor tours the flooded street on Tuesday Credit: Splash News", "image credit" },
        { "Residents queue for sandbags in Dayton, Ohio, December 26, 2017. REUTERS/Jane Doe", "photo caption" },
        { "FILE PHOTO: A barge passes the levee in Dayton, Ohio, March 3, 2017. REUTERS/Sam Ortiz/File Photo", "photo caption" },
        { "Volunteers fill sandbags outside the town hall on Tuesday. (Photo: Sam Ortiz, Daily Courier)", "photo caption" },
        { "Firefighters carry a resident to safety from her flooded home on Tuesday morning", "caption or summary line (no final punctuation)" },
        { "The fire chief said crews had worked for 20 hours straight. Volunteers brought them food and 'hot coffee'", "caption or summary line (no final punctuation)" },
        { "Floodwaters Swamp Downtown As Levee Fails", "heading or label (no sentence)" },
        { "WHAT HAPPENS NEXT", "heading or label (no sentence)" },
        // Players, galleries and the page naming itself
        { "Slideshow (2 Images)", "player or gallery widget" },
        { "Now Playing: Floodwaters reach the town square", "player or gallery widget" },
        { "Loading...", "player or gallery widget" },
        { "Your browser does not support the video tag.", "player or gallery widget" },
        { "This video is not available in your region.", "player or gallery widget" },
        { "View this post on Instagram", "player or gallery widget" },
        { "Click to expand", "player or gallery widget" },
        { "Scroll below for video", "video prompt" },
        { "ADVERTISEMENT", "advertisement" },
        { "Read or Share this story: http://courier.example/2xYz", "link line" },
        { "Watch: Crews reinforce the levee overnight", "read-more link" },
        // Social plugs and embedded posts
        { "Like Daily Courier World on Facebook and stay updated on foreign news", "social share prompt" },
        { "Chat with us in Facebook Messenger.", "social share prompt" },
        { "Follow Jane Doe on Instagram", "social share prompt" },
        { "Posted by First Street Church on Sunday, 31 December 2017", "embedded social post" },
        { "We are praying for every family tonight. Posted by Dayton Fire Department on Tuesday, 26 December 2017", "embedded social post" },
        { "Sandbags everywhere. A post shared by Jane Doe (@janedoe) on Dec 26, 2017 at 10:01am PST", "embedded social post" },
        // Staff, contributor and republication lines
        { "Lin Wei contributed from Shanghai.", "contributor line" },
        { "Jane Doe and Sam Ortiz contributed reporting from Paris.", "wire notice" },
        { "Jane Doe contributed reporting.", "wire notice" },
        { "By Jane Doe | Daily Courier", "byline or dateline" },
        { "By JANE DOE, Associated Press", "byline or dateline" },
        { "Published: 12:05 EST, 26 December 2017 | Updated: 14:31 EST, 26 December 2017", "byline or dateline" },
        { "Posted: Dec 26, 2017 5:23 PM EST", "byline or dateline" },
        { "Updated 9:14 AM ET, Tue December 26, 2017", "byline or dateline" },
        { "The post Flood warning extended for river towns appeared first on Daily Courier.", "republication notice" },
        { "This article originally appeared on Daily Courier.", "republication notice" },
        { "The views expressed in this commentary are solely those of the author.", "author note" },
        { "Editor's note: This story contains descriptions of violence.", "author note" },
        // Transcripts
        { "LEE PARK, HOST:", "transcript label" },
        { "SAM ORTIZ, BYLINE:", "transcript label" },
        { "UNIDENTIFIED PERSON #1:", "transcript label" },
        { "(SOUNDBITE OF ARCHIVED BROADCAST)", "transcript label" },
        // Labels and lists of links, notices, British and day-first variants
        { "Also on the Courier:", "heading or label (no sentence)" },
        { "MORE: Flood insurance claims soar after the storm", "read-more link" },
        { "Tags: Flood, Dayton, Weather", "read-more link" },
        { "Sign up to the Courier's morning newsletter", "newsletter plug" },
        { "This is a developing story. Check back for updates.", "update notice" },
        { "The mayor at the levee on Tuesday. Photograph: Jane Doe/AP", "photo caption" },
        { "Pictured: the mayor at the levee on Tuesday.", "photo caption" },
        { "Get Daily Courier Politics On Facebook and Twitter!", "social share prompt" },
        { "Snow day at the levee. — Jane Doe (@janedoe) 26 December 2017", "embedded social post" },
                // Sign-up boxes and separators
        { "Get top stories emailed to me each day.", "sign-up form" },
        { "Enter your email address", "sign-up form" },
        { "* * *", "separator" },
    };

    [Theory]
    [MemberData(nameof(Furniture))]
    public void Furniture_goes_with_its_reason_and_the_prose_around_it_stays(string furniture, string reason)
    {
        var cleaned = Clean(Before, furniture, After);
        Assert.Equal([Before, After], cleaned.Sentences.Select(s => s.Text));
        Assert.Equal(SentenceSplitter.Split(furniture), cleaned.Removed.Select(r => r.Text));
        Assert.All(cleaned.Removed, r => Assert.Equal("boilerplate: " + reason, r.Reason));
    }

    /// <summary>Story sentences that share a word or a shape with furniture; each must stay.</summary>
    [Theory]
    [InlineData("DAYTON, Ohio (AP) — Floodwaters reached the town square on Tuesday.")]
    [InlineData("WASHINGTON (Reuters) - The Senate voted on Tuesday to fund the repairs.")]
    [InlineData("\"Never again.\"")]
    [InlineData("\"We will rebuild\"")]
    [InlineData("\"No laws for you!\" the senator said.")]
    [InlineData("Not this time.")]
    [InlineData("She was 92.")]
    [InlineData("Rivermen: Host the Otters on Friday.")]
    [InlineData("UPDATE: The mayor said in a statement on Wednesday that the levee would be rebuilt.")]
    [InlineData("Updated: The council voted on Wednesday to fund the repairs.")]
    [InlineData("The agency issued a correction on Tuesday, saying the bill was $284.46, not $284 billion.")]
    [InlineData("He was asked to get off the plane, the airline said.")]
    [InlineData("Courtesy of the weather, the parade went ahead.")]
    [InlineData("Photos by Jane Doe won the regional prize in 2016.")]
    [InlineData("Image source code was leaked online, the company said.")]
    [InlineData("Posted by the mayor on Facebook, the message drew 3,000 comments.")]
    [InlineData("Like his father, he follows the river on foot every morning.")]
    [InlineData("Follow the money on Twitter, the campaign's critics say.")]
    [InlineData("Jane Doe, a volunteer, contributed $500 to the fund.")]
    [InlineData("The Chinese embassy contributed from its own budget.")]
    [InlineData("Most read the warning as a bluff, officials said.")]
    [InlineData("MOST of the town was under water by noon.")]
    [InlineData("Trending downward since 2010, the population fell again.")]
    [InlineData("Now playing at the Rialto is a film about the flood.")]
    [InlineData("The video is not available to the public, police said.")]
    [InlineData("By Tuesday, the water had receded.")]
    [InlineData("Got a story about the flood? Share it with neighbours, the council urged.")]
    [InlineData("Call us when you get home, her mother told her.")]
    [InlineData("Have a tip for the police? Call the hotline, the sheriff said.")]
    [InlineData("Slideshow presentations were banned from the meeting.")]
    [InlineData("The mayor, pictured with her deputy in 2016, won a third term.")]
    [InlineData("Good morning, the mayor said as she opened the meeting.")]
    [InlineData("I'm Jane Doe, and I approve this message, the ad ends.")]
    [InlineData("He wrote: 'the facts come first and the headlines second, always'")]
    [InlineData("Lazare tweeted: 'It’s the second time this year that a crew has asked us to leave a flight'")]
    [InlineData("AC/DC played the final song of the night.")]
    [InlineData("Reuters reported the rescue first.")]
    [InlineData("Advertisements for the concert ran in three newspapers.")]
    [InlineData("Scroll down the list of names and you will find her grandfather.")]
    [InlineData("The council voted 5-2 to rebuild the levee; work starts in May.")]
    [InlineData("Jane Doe is a reporter for the Daily Courier who was detained in 2017.")]
    [InlineData("\"We will rebuild the mill, the bakery and the flats,\" she said, adding:")]
    [InlineData("The mayor, who had been awake for two days,")]
    [InlineData("Here is what we know:")]
    [InlineData("Teigen wrote on Instagram: \"miss you every day 💔\"")]
    [InlineData("She shared the photo with the words: 'home at last'")]
    [InlineData("Happy birthday to the best dad in the world ❤️")]
    public void A_story_sentence_that_looks_like_furniture_stays(string line)
    {
        var cleaned = Clean(Before, line, After);
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void The_items_of_a_list_a_sentence_announces_stay_without_full_stops()
    {
        var cleaned = Clean(Before, "The victims were:", "Jane Doe, 45, of Dayton", "Sam Ortiz, 52, of Kettering", After);
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void A_read_more_heading_takes_its_list_of_headlines_with_it()
    {
        var cleaned = Clean(Before, "Read more:", "Levee repairs stall as council argues over cost", "Three towns brace for more rain", After);
        Assert.Equal([Before, After], cleaned.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void A_box_heading_takes_the_headlines_under_it_and_stops_at_prose()
    {
        var cleaned = Clean(Before,
            "MOST READ IN NEWS",
            "Storm to batter coast as forecasters issue warning",
            "Is this the wettest December on record?",
            After);
        Assert.Equal([Before, After], cleaned.Sentences.Select(s => s.Text));
        Assert.All(cleaned.Removed, r => Assert.Equal("boilerplate: box of other stories", r.Reason));
    }

    [Fact]
    public void A_crosshead_goes_and_the_lines_under_it_stay()
    {
        var cleaned = Clean(Before, "UP NEXT", "Rivermen: Host the Otters on Friday.", "Otters: Visit Dayton on Friday.");
        Assert.Equal(["UP NEXT"], cleaned.Removed.Select(r => r.Text));
    }

    [Fact]
    public void Story_highlights_go_up_to_the_dateline_of_the_lede()
    {
        var cleaned = Clean(
            "Story highlights",
            "The storm hit the coast at dawn.",
            "Two towns lost power for a day.",
            "(CNN) A storm hit the coast on Tuesday, cutting power to two towns.",
            After);
        Assert.Equal(["(CNN) A storm hit the coast on Tuesday, cutting power to two towns.", After], cleaned.Sentences.Select(s => s.Text));
        Assert.All(cleaned.Removed, r => Assert.Equal("boilerplate: story highlights", r.Reason));
    }

    [Fact]
    public void A_transcript_loses_its_labels_and_the_presenters_sign_on_but_not_the_speech()
    {
        var cleaned = Clean("LEE PARK, HOST:", "Good morning. I'm Lee Park. The river rose again overnight in Dayton.", "SAM ORTIZ, BYLINE:", "Hi, Lee.", "Residents are bracing for more rain.");
        Assert.Equal(["The river rose again overnight in Dayton.", "Residents are bracing for more rain."], cleaned.Sentences.Select(s => s.Text));
        Assert.Contains(cleaned.Removed, r => r is { Text: "I'm Lee Park.", Reason: "boilerplate: broadcast sign-on" });
    }

    [Fact]
    public void What_follows_the_closing_line_of_an_article_is_another_storys()
    {
        string[] story =
        [
            "The river rose overnight.", "Two hundred homes were evacuated.", "The levee held at the north end.",
            "Crews worked through the night.", "More rain is expected on Friday.", "The mayor thanked the volunteers.",
        ];
        var cleaned = Clean([.. story, "Copyright 2017 The Daily Courier. All rights reserved.", "The governor will tour the coast on Tuesday, a spokesman said."]);
        Assert.Equal(story, cleaned.Sentences.Select(s => s.Text));
        Assert.Equal("boilerplate: after the end of the article", cleaned.Removed[^1].Reason);

        // A correction at the top is the start of the story, not its end.
        var corrected = Clean(["Correction: December 1, 2010", .. story]);
        Assert.Equal(story, corrected.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void A_note_about_the_writer_at_the_end_goes()
    {
        string[] story =
        [
            "The river rose overnight.", "Two hundred homes were evacuated.", "The levee held at the north end.",
            "Crews worked through the night.", "More rain is expected on Friday.",
        ];
        var cleaned = Clean([.. story, "Jane Doe is a staff writer for the Daily Courier. Follow her on Twitter @janedoe."]);
        Assert.Equal(story, cleaned.Sentences.Select(s => s.Text));
        Assert.Equal("boilerplate: author note", cleaned.Removed[0].Reason);
    }
}
