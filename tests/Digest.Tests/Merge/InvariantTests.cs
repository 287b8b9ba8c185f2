using Digest.Core.Build;
using Digest.Core.Render;
using Digest.Tests.Support;

namespace Digest.Tests.Merge;

/// <summary>DESIGN.md's four invariants over every story of every test corpus.</summary>
public class InvariantTests
{
    public static TheoryData<string> Stories => TestCorpora.All();

    [Theory]
    [MemberData(nameof(Stories))]
    public void Accounting_every_source_sentence_appears_exactly_once(string story)
    {
        var s = TestCorpora.Get(story);
        Assert.Empty(DigestInvariants.Accounting(s.Digest, s.Articles));
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public void Verbatim_body_and_quotes_are_the_outlets_own_text(string story)
    {
        var s = TestCorpora.Get(story);
        Assert.Empty(DigestInvariants.Verbatim(s.Digest, s.Articles));
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public void Provenance_full_and_partial_sources_are_exactly_those_of_from(string story)
    {
        var s = TestCorpora.Get(story);
        Assert.Empty(DigestInvariants.Provenance(s.Digest));
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public void Determinism_same_input_gives_identical_json(string story)
    {
        var first = DigestJsonWriter.Write(TestCorpora.Get(story).Digest);
        // A fresh run through every stage, on other threads, must give the same bytes.
        var again = Enumerable.Range(0, 4).AsParallel()
            .Select(_ => DigestJsonWriter.Write(TestCorpora.Build(story).Digest))
            .ToList();
        Assert.All(again, bytes => Assert.Equal(first, bytes));
    }

    [Fact]
    public void Determinism_whole_site_is_byte_identical_across_builds()
    {
        var a = SiteBuilder.Plan(new BuildOptions(Paths.Repository));
        var b = SiteBuilder.Plan(new BuildOptions(Paths.Repository));
        Assert.Equal(a.Files.Select(f => f.Path), b.Files.Select(f => f.Path));
        Assert.All(a.Files.Zip(b.Files), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Fact]
    public void Shared_corpus_is_present_for_the_corpus_tests()
    {
        // Not a skip in disguise: the message says why the corpus rows above are missing.
        if (!TestCorpora.SharedCorpusPresent)
            Assert.Skip(TestCorpora.MissingCorpusMessage);
        Assert.True(TestCorpora.Names().Count() > 1);
    }
}
