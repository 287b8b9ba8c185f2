using Digest.Core.Load;
using Digest.Tests.Support;

namespace Digest.Tests.Load;

public class SentenceSplitterTests
{
    /// <summary>
    /// Each row is a paragraph as its expected sentences: the paragraph is them joined with single
    /// spaces, so every row also checks that splitting gives the text back byte for byte.
    /// Made-up news prose, one trap per row.
    /// </summary>
    public static TheoryData<string[]> Paragraphs => new(
        // Abbreviations
        ["The singer suffered a loss in Sept. 2020 and spoke about it again on Jan. 2, 2021."],
        ["She was expecting baby No. 3 when she moved back to the U.S. from Europe."],
        ["Mr. Okafor met Dr. Lindqvist and Sen. Maria Ruiz, D-Ariz., at 10 a.m. Tuesday.", "They talked for an hour."],
        ["The ferry left at 6:15 a.m.", "It reached the island two hours later."],
        ["Shares of Brightwater Inc. fell sharply.", "The company declined to comment."],
        ["The company is based in the U.S.", "The plant it bought is in Canada."],
        ["Officials from the U.S. Forest Service and the U.N. refugee agency arrived on Monday."],
        ["The package arrived in Erie, Pa., on a snowy morning."],
        ["PORTLAND, Ore. — Heavy rain flooded three streets on Sunday."],
        ["SALEM, Ore. (AP) - Heavy rain flooded three streets on Sunday."],
        ["He said no.", "Then he left the room."],
        ["The patient fell ill.", "Doctors said he was stable."],
        ["The suspect was identified as Carl Benning Jr.", "He was released on bail."],
        ["The final was No. 1 seed against No. 8 seed, a matchup fans had waited for since the 1990s."],
        // Initials
        ["John F. Kennedy spoke at the university.", "Crowds cheered!"],
        ["A profile of J.K. Rowling ran on page two, next to one of E. B. White."],
        ["The forward T.J. Ramsey scored twice.", "His brother A.J. watched from the stands."],
        // Decimals and money
        ["The ticket cost $28.50, up 3.5% from last year.", "Fans were unhappy."],
        ["Another 24.5 inches fell by Tuesday night.", "The total reached 62.9 inches."],
        // Ellipses
        ["It was a strange season ... everybody played hurt, he said."],
        ["The mayor paused… then she read the names aloud."],
        ["We waited and waited...", "Nobody came."],
        // Emoji
        ["\"Finally some peace now 😩 thank you all for the messages,\" she wrote."],
        ["So proud of this team! 🎉", "The party starts at eight."],
        ["Best day ever 😍", "Thanks to everyone who came."],
        // Closing quotes
        ["\"Hopefully some closure will happen now.\"", "She added more."],
        ["\"We are heartbroken.\"", "The statement was signed by the whole family."],
        ["He asked, “Where were you?”", "Nobody answered."],
        ["She called it ‘a miracle.’", "Her doctors agreed."],
        ["The nurse asked him, ‘Can you hear me?’", "He nodded."],
        // Quotations are units
        ["\"It's a process. Xx.\""],
        ["\"A. B. C,\" Novak captioned the post."],
        ["\"Thanks for the kind words,\" she added.", "\"It's a process. One day at a time.\""],
        ["“I didn’t say a word. I sat down,” the passenger said.", "“Then they called my name.”"],
        ["'We are sorry. We will do better,' the spokesman told reporters."],
        ["The coach said he was \"very proud\" of the team.", "\"They never gave up. Not once,\" he said."],
        // Unbalanced quotes: the opening mark runs on to the next paragraph, so split plainly
        ["\"I was numb.", "I prayed.", "I asked for strength."],
        ["'I kept thinking about it.", "Maybe he's not going to make it."],
        // Apostrophes are not quotes
        ["The Astros' parade ended early.", "Dauer's family rushed to the hospital.", "It was '90s music all night."],
        // Plain breaks
        ["One.", "Two?", "Three!"],
        ["Where is he?!", "Nobody knows."],
        ["(AP Photo/Jane Doe)"],
        ["The report was released Monday.", "(It had been delayed twice.)"]);

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Splits_news_prose_into_exact_slices(string[] sentences) =>
        Assert.Equal(sentences, SentenceSplitter.Split(string.Join(' ', sentences)));

    [Fact]
    public void Text_is_kept_exactly_when_white_space_runs()
    {
        Assert.Equal(["One.", "Two?", "Three!"], SentenceSplitter.Split("One.  Two?  Three!"));
    }

    [Fact]
    public void Any_text_made_of_the_tricky_characters_is_given_back()
    {
        // Fixed seed: the same strings every run. Pieces chosen to hit every branch of the splitter.
        string[] pieces = ["a", "A", "Mr", "U.S", "No", "3", ".", "...", "…", "!", "?", "\"", "'", "“", "”", "‘", "’",
            "(", ")", "😩", "\uD83D", "❤️", "©", "—", "Sept", "a.m", "J", "x.y"];
        var random = new Random(20211001);
        for (var n = 0; n < 5000; n++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 14)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? "" : " "));
            var text = string.Concat(parts).Trim();
            if (text.Length == 0)
                continue;
            var sentences = SentenceSplitter.Split(text);
            Assert.Equal(text, string.Join(' ', sentences));
            Assert.All(sentences, s => Assert.NotEqual(0, s.Length));
        }
    }

    [Fact]
    public void Every_paragraph_of_every_corpus_is_given_back_by_its_sentences()
    {
        var files = Directory.GetFiles(Path.Combine(Paths.Repository, "content"), "*.md", SearchOption.AllDirectories).ToList();
        if (TestCorpora.SharedCorpusPresent)
            files.AddRange(Directory.GetFiles(Paths.Corpus, "*.md", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "README.md"));
        var paragraphs = 0;
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            foreach (var (_, text) in BodyParser.ParagraphTexts(FrontMatterParser.Split(File.ReadAllText(file), file).Body, 1))
            {
                paragraphs++;
                var sentences = SentenceSplitter.Split(text);
                Assert.Equal(text, string.Join(' ', sentences));
                Assert.All(sentences, s => Assert.Equal(s, s.Trim()));
            }
        }
        Assert.True(paragraphs > 10, $"only {paragraphs} paragraphs found");
    }
}
