using System.Collections.Immutable;
using System.Text;
using Digest.Core.Clean;
using Digest.Core.Group;
using Digest.Core.Load;
using Digest.Core.Merge.Analysis;
using Digest.Core.Merge.Facts;

namespace Digest.Tests.Merge.Facts;

/// <summary>Article text is untrusted: odd dates, numbers, quotes and names must never make extraction throw.</summary>
public class FactRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "0000-00-00", "9999-12-31", "2021-02-30", "Feb. 30, 2021", "31 February 2020", "in Sept.", "Sept. 9999", "in 2099",
        "999 years ago", "999 months later", "the next day", "a year ago", "on Monday", "last week", "earlier this month",
        "\"", "“", "”", "'", "’s", "Mr.", "Dr", "J.", "Jr.", "“Pepper”", "Teigen", "Chrissy", "Luna, 5,", "120-year-old", "999-year-old",
        "killed 99999", "injuring", "twenty hurt", "at least", "—", ",", ".", "and", "her mother", "children", "said", "Sen.", "President",
        "O'Brien", "de", "van", "(7)", "Day", "National", "Instagram", "May", "may", "March", "march", "\u00A0", "😩", "",
    ];

    [Fact]
    public void Extraction_never_throws_on_scrambled_text()
    {
        var random = new Random(4);
        for (var round = 0; round < 300; round++)
        {
            var sentences = Enumerable.Range(0, 6).Select(_ =>
            {
                var sb = new StringBuilder();
                for (var i = random.Next(1, 14); i > 0; i--) sb.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
                return sb.ToString().Trim() + ".";
            }).ToList();
            var dated = round % 2 == 0 ? "date: 2021-01-01\n" : "";
            var articles = new[] { "a", "b" }.Select(id =>
            {
                var text = $"---\ntitle: T\noutlet: O{id}\n{dated}---\n{string.Join(" ", sentences)}\n\n{string.Join(" ", sentences.AsEnumerable().Reverse())}\n";
                var (article, _) = ContentLoader.Parse(text, $"content/s/{id}.md");
                return article!;
            }).ToImmutableArray();
            var story = StoryGrouper.Group(new BoilerplateCleaner([]).Clean(articles)).Single();
            ImmutableArray<ArticleAnalysis> analysed = [.. story.Articles.Select(ArticleAnalysis.Of)];
            var facts = FactExtractor.Extract(analysed, StoryPeople.Of(analysed), []);
            Assert.All(facts.Timeline, t => Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", t.Date.Iso));
        }
    }
}
