using System.Collections.Immutable;
using Digest.Core.Merge;
using Digest.Core.Merge.Facts;

namespace Digest.Tests.Merge.Facts;

public class ConflictFinderTests
{
    private static StorySentence S(string source, int index, string text) => StorySentence.Of(source, index, index, text);

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
