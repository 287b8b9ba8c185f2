using Digest.Tests.Support;

namespace Digest.Tests.Merge;

/// <summary>Runs every spec file of <c>Merge/Specs/</c>: the merge must give the digest the spec writes down.</summary>
public class MergeSpecTests
{
    private static string Folder => Path.Combine(Paths.Repository, "tests", "Digest.Tests", "Merge", "Specs");

    public static TheoryData<string> Specs() =>
        new(Directory.GetFiles(Folder, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Specs))]
    public void Merge_gives_the_digest_the_spec_expects(string spec)
    {
        var parsed = MergeSpec.Parse(spec, File.ReadAllText(Path.Combine(Folder, spec + ".md")));
        var digest = parsed.Run();
        if (parsed.Expected.TryGetValue("body", out var body))
            Assert.Equal(body, MergeSpec.Body(digest));
        if (parsed.Expected.TryGetValue("quotes", out var quotes))
            Assert.Equal(quotes, MergeSpec.Quotes(digest));
        if (parsed.Expected.TryGetValue("removed", out var removed))
            Assert.Equal(removed, MergeSpec.Removed(digest));
    }

    [Fact]
    public void Every_behaviour_has_a_spec()
    {
        string[] behaviours = ["verbatim-repeat", "reworded-repeat", "split-quote", "unique-detail", "boilerplate",
            "wire-copy", "near-miss", "speaker-via-pronoun", "sentence-covers-run", "pronoun-gender",
            "paraphrase", "paraphrase-guards", "paraphrase-evidence", "dek-and-body", "close-wording", "partial-support", "variants-shown", "one-lede", "dateline",
            "quotation-evidence", "openings-by-names", "derived-words", "question-asserts-nothing", "closest-telling", "one-event", "ages-of-two-people", "shared-percentage", "summary-retold", "exact-figure", "negation-until", "speaker-only", "lede-first-sentences",
            "quoted-words-introduced", "phrasal-nouns", "openings-by-words",
            "event-in-other-words", "given-name-forms", "news-synonyms",
            "lede-told-in-full", "clause-told-alone", "quoted-remark-in-other-shape", "reported-speech-of-a-quote", "incidents-apart", "chain-of-links", "speaker-named-in-passing"];
        Assert.All(behaviours, b => Assert.True(File.Exists(Path.Combine(Folder, b + ".md")), $"missing spec {b}.md"));
    }
}
