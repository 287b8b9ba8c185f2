using Digest.Core.Merge.Analysis;
using System.Collections.Immutable;
using Digest.Core.Merge;
using Digest.Core.Merge.Facts;

namespace Digest.Tests.Merge.Facts;

public class ConflictFinderTests
{
    private static StorySentence S(string source, int index, string text) => StorySentence.From(source, index, index, SentenceAnalysis.Of(text, index));

    [Theory]
    [InlineData("25 people were injured in the crash.", "27 people were injured in the crash.", "Number of injured")]
    [InlineData("The blast killed three people.", "Four people were killed in the blast.", "Number of dead")]
    [InlineData("The storm left 12 dead.", "A storm killing 14 swept the coast.", "Number of dead")]
    public void Counts_that_differ_between_outlets_conflict(string a, string b, string about)
    {
        var conflict = Assert.Single(ConflictFinder.Counts([S("a", 0, a), S("b", 1, b)]));
        Assert.Equal(about, conflict.About);
        Assert.Equal(["a", "b"], conflict.Values.Select(v => v.Source));
    }

    [Theory]
    [InlineData("25 people were injured.", "25 people were injured in total.")]
    [InlineData("At least 25 people were injured.", "27 people were injured.")]
    [InlineData("25 people were injured.", "Two others were slightly hurt.")]
    [InlineData("\"Three of us were hurt,\" she said.", "25 people were injured.")]
    public void Equal_qualified_partial_or_quoted_counts_do_not_conflict(string a, string b)
    {
        Assert.Empty(ConflictFinder.Counts([S("a", 0, a), S("b", 1, b)]));
    }

    [Fact]
    public void A_toll_split_into_serious_and_light_parts_is_compared_as_its_sum()
    {
        var conflict = Assert.Single(ConflictFinder.Counts([
            S("a", 0, "Eleven people were injured when the ferry struck the pier, the coast guard said."),
            S("b", 1, "Three passengers were flown to hospital with critical injuries, while seven others were slightly hurt.")]));
        Assert.Equal("Number of injured", conflict.About);
        Assert.Equal(["a", "b"], conflict.Values.Select(v => v.Source));
        Assert.Contains("seven others were slightly hurt", conflict.Values[1].Text);
    }

    [Theory]
    [InlineData("Three passengers were flown to hospital with critical injuries, while eight others were slightly hurt.")]
    [InlineData("Three passengers with more serious injuries were released from hospital on Friday.")]
    [InlineData("Two crew members were seriously injured and one was critically hurt.")]
    public void Parts_that_add_up_or_a_lone_part_do_not_conflict(string b)
    {
        Assert.Empty(ConflictFinder.Counts([S("a", 0, "Eleven people were injured when the ferry struck the pier."), S("b", 1, b)]));
    }

    [Fact]
    public void A_company_spelled_two_ways_by_two_outlets_is_a_conflict()
    {
        var conflict = Assert.Single(ConflictFinder.NameSpellings([
            S("a", 0, "Her daughter phoned Norvolt, the water utility, which confirmed the mistake."),
            S("b", 1, "The mistake was confirmed when her daughter called the utility Norvalt."),
            S("b", 2, "A Norvalt spokesman declined to comment.")], new HashSet<string>()));
        Assert.Equal(ConflictKind.Spelling, conflict.Kind);
        Assert.Equal([("a", "Norvolt"), ("b", "Norvalt")], conflict.Values.Select(v => (v.Source, v.Text)));
    }

    [Theory]
    [InlineData("The Ravens beat the Titans on Sunday.", "The Ravens lost to the Titans, said coach Ann Lee.")] // one outlet, no second spelling
    [InlineData("Officials in Austria closed the border crossing.", "Officials in Austin closed the border crossing.")] // lengths differ
    [InlineData("Crews from Hartley repaired the water main.", "Voters in Hartney rejected the school budget.")] // nothing shared around them
    [InlineData("The Steelers beat the Texans.", "The Steeler defense held the Texans.")] // a letter added is a plural, not a spelling
    public void Look_alike_names_are_not_spelling_conflicts(string a, string b)
    {
        Assert.Empty(ConflictFinder.NameSpellings([S("a", 0, a), S("b", 1, b)], new HashSet<string>()));
    }

    [Fact]
    public void Both_spellings_in_one_outlet_are_two_names()
    {
        Assert.Empty(ConflictFinder.NameSpellings([
            S("a", 0, "Her daughter phoned Norvolt, the water utility, which confirmed the mistake."),
            S("a", 1, "Norvalt, the water utility next door, confirmed the mistake too.")], new HashSet<string>()));
    }

    [Fact]
    public void An_outlet_with_two_figures_is_not_compared()
    {
        Assert.Empty(ConflictFinder.Counts([S("a", 0, "Three people were killed."), S("a", 1, "In 2015, 12 people were killed."), S("b", 2, "Four people were killed.")]));
    }

    [Fact]
    public void Ages_conflict_only_between_outlets_for_one_person()
    {
        var person = new FoundPerson(new Person("Ann Lee", [], null, ["a", "b"], []),
            [new StatedAge("a", 40, "Ann Lee, 40, said."), new StatedAge("b", 41, "Ann Lee, 41, said.")]);
        var conflict = Assert.Single(ConflictFinder.Ages([person]));
        Assert.Equal("Ann Lee", conflict.Subject);
        Assert.Equal(["40", "41"], conflict.Values.Select(v => v.Text));

        var confused = person with { Ages = [new StatedAge("a", 40, "x"), new StatedAge("a", 12, "y"), new StatedAge("b", 40, "z")] };
        Assert.Empty(ConflictFinder.Ages([confused]));
    }

    [Theory]
    [InlineData("Dana Whitfield", "Dana Whitefield", true)]
    [InlineData("Kevin Frazier", "Kevin Frasier", true)]
    [InlineData("Anna Reyes", "Luis Reyes", false)]
    [InlineData("John Legend", "John Lennon", false)]
    [InlineData("Ann Lee", "Ann Lea", false)]
    public void Spellings_of_one_name_across_outlets_are_a_conflict(string a, string b, bool conflict)
    {
        var people = ImmutableArray.Create(
            new FoundPerson(new Person(a, [], null, ["x"], []), []),
            new FoundPerson(new Person(b, [], null, ["y"], []), []));
        var (merged, conflicts) = ConflictFinder.Spellings(people);
        Assert.Equal(conflict ? 1 : 0, conflicts.Length);
        Assert.Equal(conflict ? 1 : 2, merged.Length);
    }

    [Fact]
    public void Two_spellings_in_one_outlet_are_two_people()
    {
        var people = ImmutableArray.Create(
            new FoundPerson(new Person("Dana Whitfield", [], null, ["x"], []), []),
            new FoundPerson(new Person("Dana Whitefield", [], null, ["x", "y"], []), []));
        Assert.Empty(ConflictFinder.Spellings(people).Conflicts);
    }
}
