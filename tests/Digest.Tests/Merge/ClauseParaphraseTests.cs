using Digest.Core.Merge;
using Digest.Core.Merge.Analysis;

namespace Digest.Tests.Merge;

/// <summary>Where sentences break into clauses, and which clauses tell one fact (<see cref="ClauseParaphrase"/>).</summary>
public class ClauseParaphraseTests
{
    private static SentenceFeatures[] Features(params string[] sentences) =>
        [.. SentenceFeaturizer.Build([.. sentences.Select(s => SentenceAnalysis.Of(s, 0))])];

    /// <summary>The content words of each clause of the sentence, joined by spaces.</summary>
    private static string[] Clauses(string sentence)
    {
        var f = Features(sentence)[0];
        var starts = f.ClauseStarts.Select(c => c.Index).Prepend(0).Append(f.Content.Length).ToList();
        return [.. starts.Zip(starts.Skip(1), (from, to) => string.Join(' ', f.Content[from..to]))];
    }

    [Theory]
    [InlineData("By the time the ferry docked, two passengers were missing.", 2)]
    [InlineData("But as the crowd gathered on the steps, the stage gave way.", 2)]
    [InlineData("The mayor resigned, and her deputy took over on Friday.", 2)]
    [InlineData("Tenants want the cap kept, while landlords want it lifted.", 2)]
    [InlineData("The bridge reopened at noon; traffic was light.", 2)]
    [InlineData("The pilot — a veteran of 30 years — landed safely.", 3)]
    [InlineData("She left the hospital and has returned to work.", 2)]
    [InlineData("Okafor and Lindqvist boarded the flight in Denver.", 1)]
    [InlineData("Police said the driver was not hurt.", 1)]
    public void A_sentence_breaks_into_clauses_at_conjunctions_after_commas_and_at_stronger_stops(string sentence, int clauses) =>
        Assert.Equal(clauses, Clauses(sentence).Length);

    [Fact]
    public void A_relative_clause_is_marked_as_describing_the_noun_before_it()
    {
        var f = Features("A ferry worker, who had been on shift since dawn, raised the alarm.")[0];
        Assert.Equal([true], f.ClauseStarts.Select(c => c.Relative));
    }

    /// <summary>How the matcher scores the two sentences, in a story with one unrelated sentence besides.</summary>
    private static double? Score(string a, string b)
    {
        var s = Features(a, b, "The council met on Monday to discuss the budget.");
        return new ParaphraseMatcher(new SentenceComparer(s)).Score(s[0], s[1]);
    }

    [Fact]
    public void A_short_clause_said_whole_in_another_outlets_clause_tells_one_fact() =>
        Assert.NotNull(Score("By the time she reached the hospital, she was in cardiac arrest.",
            "Pell was in cardiac arrest, and surgeons later removed her spleen."));

    [Fact]
    public void Clauses_that_share_a_phrase_and_most_of_their_words_tell_one_fact() =>
        Assert.NotNull(Score("Tenants want the rent cap extended to every flat, while landlords want it dropped for new buildings.",
            "Opposition lawmakers and the tenants' union, which filed a petition signed by thousands of renters, argue that the cap should cover all homes let in the city, while landlords want the cap dropped for buildings finished after 2020."));

    [Fact]
    public void A_noun_a_relative_clause_describes_is_not_a_fact_of_its_own() =>
        Assert.Null(Score("A delivery driver, who had been working since dawn, stayed at the scene.",
            "The delivery driver was questioned by police."));

    [Fact]
    public void Clauses_that_share_a_phrase_but_disagree_on_a_number_stay_apart() =>
        Assert.Null(Score("By the time the ferry docked, two passengers were missing.",
            "Four passengers were missing, and divers searched the river overnight."));

    [Fact]
    public void A_clause_a_relative_word_opens_without_a_comma_is_said_whole_in_another_outlets_clause() =>
        Assert.NotNull(Score("The rail regulator's warning to operators followed several high-profile incidents on crowded routes this winter, including one involving a teacher who was removed from a train after a dispute over his ticket.",
            "In March, Omar Haddad, who teaches at a school in Leeds, was ejected from a train to York after an argument with a guard about his ticket, the Echo reported."));

    [Fact]
    public void A_condition_tells_no_fact() =>
        Assert.Null(Score("If the union is open to pay cuts, it would be a major boost for a mayor who says the city cannot afford its wage bill.",
            "The union, long seen as the fiercest opponent of any pay freeze at the town hall, said on Friday that it was open to modest pay cuts for new staff."));
}
