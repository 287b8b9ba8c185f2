using Digest.Core.Merge;
using Digest.Core.Merge.Facts;

namespace Digest.Tests.Merge.Facts;

public class ConflictLinksTests
{
    private const string Wire = "The pier reopened on May 2, 2023.";
    private const string Post = "The pier reopened on May 3, 2023, after repairs.";

    [Fact]
    public void A_value_links_to_the_body_entry_and_the_timeline_entry_that_hold_its_sentence()
    {
        // The post's sentence was merged into the wire's body entry, whatever wording the entry shows.
        var body = new[]
        {
            new BodySentence("The harbour was quiet.", ["wire"], [new SentenceOrigin("wire", "The harbour was quiet.")], 0, []),
            new BodySentence(Wire, ["wire"], [new SentenceOrigin("wire", Wire), new SentenceOrigin("post", Post)], 0, ["post"]),
        };
        var timeline = new[]
        {
            new TimelineEvent(FactDate.OfDay(new DateOnly(2023, 5, 2)), Wire, ["wire"]) { From = [new SentenceOrigin("wire", Wire)] },
            new TimelineEvent(FactDate.OfDay(new DateOnly(2023, 5, 3)), Post, ["post"]) { From = [new SentenceOrigin("post", Post)] },
        };
        var date = new Conflict("Date of the reopening", [new ConflictValue("post", "May 3, 2023", Post), new ConflictValue("wire", "May 2, 2023", Wire)], ConflictKind.Date);
        var spelling = new Conflict("Spelling of Ana Ruiz", [new ConflictValue("post", "Ana Ruis"), new ConflictValue("wire", "Ana Ruiz")], ConflictKind.Spelling);

        var linked = ConflictLinks.Link([date, spelling], [.. body], [.. timeline]);

        Assert.Equal([(1, 1), (1, 0)], linked[0].Values.Select(v => (v.Entry!.Value, v.Event!.Value)));
        // A spelling is told across the text, in no one sentence.
        Assert.All(linked[1].Values, v => Assert.Null(v.Entry));
    }
}
