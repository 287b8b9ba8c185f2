using System.Text.RegularExpressions;
using Digest.Core.Merge.Facts;
using Digest.Core.Text;

namespace Digest.Tests.Text;

public class AlternationTests
{
    /// <summary>Every match of both, with every group the one regex names, as text to compare.</summary>
    private static List<string> Read(IEnumerable<Match> matches, Regex names) =>
        [.. matches.Select(m => $"{m.Index}+{m.Length} '{m.Value}' "
            + string.Join(" ", names.GetGroupNames().Where(n => m.Groups[n].Success).Select(n => $"{n}='{m.Groups[n].Value}'@{m.Groups[n].Index}")))];

    private static void AssertSameAsOneRegex(Alternation alternation, RegexOptions options, string text)
    {
        var one = new Regex(string.Join('|', alternation.Patterns), options);
        Assert.Equal(Read(one.Matches(text), one), Read(alternation.Matches(text), one));
    }

    [Theory]
    [InlineData("ab", "b", "xxabxbab")]         // a later alternative matching further left wins
    [InlineData("ab", "a", "abaa")]             // at one position, the earlier alternative wins
    [InlineData("a", "ab", "abab")]             // ... even when a later one would match longer
    [InlineData("aba", "ba", "ababa")]          // no match overlaps the one before it
    [InlineData(@"(?<=x)a", @"\ba", "xa a ya")] // lookbehinds and boundaries see the text before the search
    [InlineData("a*", "b", "baab")]             // empty matches move on by one, as Regex.Matches does
    [InlineData("q", "z", "")]
    public void Finds_what_the_one_regex_of_its_alternatives_finds(string first, string second, string text)
    {
        AssertSameAsOneRegex(new Alternation(new Regex(first), new Regex(second)), RegexOptions.None, text);
    }

    private static readonly string[] DatePhrases =
    [
        "2021-10-01", "Nov. 2, 2017", "2 November 2017", "Sept. 2020", "Sept 2020", "in 2019", "in March", "March 3",
        "May 5th", "in early May", "last Thursday", "on Friday", "this coming Monday", "Monday Market", "yesterday",
        "last night", "this morning", "last week", "earlier this month", "a year ago", "two months later", "12 days earlier",
        "the next day", "the following morning", "the 2012 draft", "the 2016 percent", "Christmas Eve", "New Year's Day",
        "over the weekend", "as of June", "since April 2020", "by mid-2021", "Jan. 1", "March 3, 2", "June 4%", "the 1990s",
    ];

    private static readonly string[] Fillers =
    [
        "The ferry hit the pier", ", officials said", "and", "Smith, 45, told reporters", "before", "or possibly",
        "will reopen", "— the mayor's office —", "(AP)", "after 3 people were hurt",
    ];

    /// <summary>
    /// Sentences made of every date phrase beside every other and among news wording, so that phrases
    /// overlap, abut and follow one another as they do in articles.
    /// </summary>
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 8)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_date_forms_match_as_one_regex_of_them_would(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 300; n++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 7))
                .Select(_ => random.Next(3) == 0 ? Fillers[random.Next(Fillers.Length)] : DatePhrases[random.Next(DatePhrases.Length)]);
            var separators = new[] { " ", ", ", " ", "", " or " };
            var text = string.Concat(parts.Select(p => p + separators[random.Next(separators.Length)])) + ".";
            AssertSameAsOneRegex(DateFinder.Pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, text);
        }
    }

    /// <summary>The cues that spare most sentences the date search must hold wherever a regex can match.</summary>
    [Theory]
    [InlineData("It closed last wee\u212Aend.")]          // the regex reads the Kelvin sign as a "k" under (?i)
    [InlineData("It closed on March \u0663 and reopened.")] // \d is a digit of any script
    [InlineData("It closed THREE DAYS AGO, then two Weeks Later.")]
    [InlineData("On New Year\u2019s Eve and on the Fourth of July, in Sept. 2020.")]
    [InlineData("Nothing here names a time at all.")]
    public void The_date_cues_never_hide_a_match(string text)
    {
        AssertSameAsOneRegex(DateFinder.Pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, text);
    }

    [Fact]
    public void The_date_forms_find_dates_at_all()
    {
        var found = DateFinder.Pattern.Matches("On Thursday, two days after the Nov. 2, 2017 vote, she spoke.").Select(m => m.Value);
        Assert.Equal(["On Thursday", "Nov. 2, 2017"], found);
    }
}
