using Digest.Core.Merge.Analysis;
using Digest.Core.Merge.Facts;

namespace Digest.Tests.Merge.Facts;

public class PeopleFinderTests
{
    private static List<Core.Merge.Person> Find(params string[] sentences) =>
        [.. PeopleFinder.Find(sentences.Select((t, i) => StorySentence.From("a", i, 0, SentenceAnalysis.Of(t, 0))).ToList(), ["Daily Planet"]).Select(p => p.Person)];

    [Theory]
    [InlineData("Sen. Jim DeMint said the party must apologise.", "Jim DeMint")]
    [InlineData("Majority Leader Harry Reid received the letter.", "Harry Reid")]
    [InlineData("The bill was signed by President George W. Bush in 2003.", "George W. Bush")]
    [InlineData("Airline spokesman Joshua Freed said the players were removed.", "Joshua Freed")]
    [InlineData("Kevin Frazier asked about the support.", "Kevin Frazier")]
    [InlineData("Dr James Muntz operated for hours.", "James Muntz")]
    [InlineData("Harbour master Olu Adeyemi, 47, closed the port.", "Olu Adeyemi")]
    [InlineData("Grayson left in the fourth quarter and was replaced by backup Tobin Marsh.", "Tobin Marsh")]
    [InlineData("Eagles safety Devon Ashby hurt his ankle and did not return.", "Devon Ashby")]
    [InlineData("Lena Okafor, a spokeswoman for the water company, said it had apologised for the ”error on our side.”", "Lena Okafor")]
    [InlineData("Wade Ellison had a 30-yard run on the opening drive.", "Wade Ellison")]
    [InlineData("The second touchdown came on a 2-yard run by Roosevelt Okoye.", "Roosevelt Okoye")]
    [InlineData("Lydia Marsh opened the bakery in 2009.", "Lydia Marsh")]
    public void Finds_a_person_from_a_cue(string sentence, string name)
    {
        Assert.Equal(name, Assert.Single(Find(sentence)).Name);
    }

    [Theory]
    [InlineData("The memorial followed National Son's Day, in honor of which she posted.")]
    [InlineData("She took to Instagram on Thursday to share photos.")]
    [InlineData("The Republican National Committee met in Washington on Friday.")]
    [InlineData("Daily Planet reported the story first.")]
    [InlineData("In September the Cravings author spoke.")]
    [InlineData("Fox News Sunday aired the interview.")]
    [InlineData("The Steelers beat the Houston Texans.")]
    [InlineData("First Energy said the bill was a mistake.")]
    [InlineData("Christian Dior said its spring show would go ahead.")]
    [InlineData("Calvin Klein said sales rose in the spring.")]
    [InlineData("The Harbor Lights said 240 people stayed at the shelter.")]
    [InlineData("Volunteers arrived after the Mercy Fleet said it would send boats.")]
    public void Finds_no_person_in_places_organisations_outlets_occasions_or_dates(string sentence)
    {
        Assert.Empty(Find(sentence));
    }

    [Fact]
    public void A_firm_called_by_its_first_word_is_no_person()
    {
        var people = Find(
            "Halvorsen Foods Inc. agreed to buy Crisp & Co. on Monday.",
            "Halvorsen said it expects to save $150 million a year.",
            "Crisp said its sales grew last year.",
            "Halvorsen told analysts the deal would close in 2026.",
            "Crisp told shareholders to accept the offer.",
            "Chief executive Nora Vance said the brand was loved.");
        Assert.Equal(["Nora Vance"], people.Select(p => p.Name));
    }

    [Fact]
    public void A_single_name_the_story_makes_speak_is_still_a_person_without_a_firm_of_that_name()
    {
        var people = Find("Ruiz told an aide the vote was close.", "Ruiz told voters he would run again.");
        Assert.Equal(["Ruiz"], people.Select(p => p.Name));
    }

    [Fact]
    public void A_name_holding_an_outlets_letters_is_still_a_person()
    {
        var people = PeopleFinder.Find([StorySentence.From("a", 0, 0, SentenceAnalysis.Of("Reporter Dana Chapman asked about the fare rise.", 0))], ["AP"]);
        Assert.Equal("Dana Chapman", Assert.Single(people).Person.Name);
    }

    [Fact]
    public void A_single_name_the_story_makes_speak_twice_is_a_person_one_spoken_to_is_not()
    {
        Assert.Equal("Okonjo", Assert.Single(Find("Okonjo told reporters the count was wrong.", "Later Okonjo said the count had been fixed.")).Name);
        Assert.Empty(Find("The union issued a notice warning Drivers of delays.", "Drivers were told to expect delays."));
    }

    [Fact]
    public void A_given_name_two_people_share_is_no_third_person()
    {
        var people = Find("Quarterback T.J. Ward threw twice.", "Linebacker T.J. Oyelaran made a tackle.", "T.J. said the defence held.", "T.J. said it was a long day.");
        Assert.Equal(["T.J. Ward", "T.J. Oyelaran"], people.Select(p => p.Name));
    }

    [Fact]
    public void A_fashion_house_named_after_its_founder_is_not_a_person()
    {
        var person = Assert.Single(Find("Singer Nia Oru arrived at Christian Dior\u2019s spring show, Christian Dior said."));
        Assert.Equal("Nia Oru", person.Name);
    }

    [Fact]
    public void A_bare_surname_goes_to_the_most_named_bearer()
    {
        var people = Find(
            "Chrissy Teigen shared photos.",
            "Chrissy Teigen said it was a process.",
            "Her mom, Vilailuck Teigen, stood beside her.",
            "Teigen captioned the post.");
        var chrissy = people.Single(p => p.Name == "Chrissy Teigen");
        Assert.Contains("Teigen", chrissy.Aliases);
        Assert.DoesNotContain("Teigen", people.Single(p => p.Name == "Vilailuck Teigen").Aliases);
    }

    [Fact]
    public void A_familiar_given_name_is_the_same_person()
    {
        var person = Assert.Single(Find("William Kristol wrote a letter.", "Bill Kristol called for his resignation."));
        Assert.Equal("William Kristol", person.Name);
        Assert.Contains("Bill Kristol", person.Aliases);
    }

    [Fact]
    public void Ages_and_relations_of_a_listed_family()
    {
        var people = Find("She was joined by her husband, Tom Marsh, and children, Ada, 9, and Ben, 6, at the ceremony.").ToDictionary(p => p.Name);
        Assert.Equal(["husband"], people["Tom Marsh"].Relations);
        Assert.Equal(9, people["Ada"].Age);
        Assert.Equal(["child"], people["Ben"].Relations);
        Assert.Equal(6, people["Ben"].Age);
    }

    [Theory]
    [InlineData("Walter Pike died Sunday at his home in New Orleans, his daughter, Ann Roe, said.", "Walter Pike|Ann Roe")]
    [InlineData("Mary Quinn died peacefully in Santa Rosa, her son said.", "Mary Quinn")]
    [InlineData("The family gathered with Jack Hale, their son, at the service.", "Jack Hale")]
    public void A_relation_that_names_its_own_person_or_speaks_is_no_apposition_of_the_name_before_it(string sentence, string names)
    {
        Assert.Equal(names.Split('|').Order(), Find(sentence).Select(p => p.Name).Order());
    }

    [Fact]
    public void A_jersey_number_is_not_an_age()
    {
        var person = Assert.Single(Find("Quarterback Ben Roethlisberger (7) scrambles away from the rush."));
        Assert.Null(person.Age);
    }

    [Fact]
    public void A_single_name_the_story_repeats_is_the_person_an_age_points_back_to()
    {
        var person = Assert.Single(Find("Nova is mourning her cousin.", "Taking to Instagram, the 31-year-old singer posted photos.", "Nova posted again later."));
        Assert.Equal("Nova", person.Name);
        Assert.Equal(31, person.Age);
    }

    [Fact]
    public void A_one_off_capitalised_subject_is_not_a_person()
    {
        Assert.Empty(Find("Officials closed the road.", "The 29-year-old driver was arrested.", "Investigators said little."));
    }

    [Theory]
    [InlineData("Former Eastfield coach Rita Salas died Sunday.", "Salas led Eastfield to three titles.", "Rita Salas")]
    [InlineData("Retired Brookvale head teacher Omar Haddad, 81, died at home.", "Haddad led Brookvale to a state title in 1994.", "Omar Haddad")]
    [InlineData("Longtime Harlow mayor Edith Crane died on Friday.", "Crane kept Harlow solvent through two recessions.", "Edith Crane")]
    public void A_capitalised_description_before_a_role_is_no_person_and_its_bare_place_names_no_one(string lede, string later, string name)
    {
        var people = Find(lede, later);
        var person = Assert.Single(people);
        Assert.Equal(name, person.Name);
        // The bare surname is the person's only other name: the place named alone is no one's.
        Assert.Equal([name.Split(' ')[^1]], person.Aliases);
    }

    [Fact]
    public void A_possessive_before_a_role_is_still_a_person()
    {
        var people = Find("Lena Park's coach Tom Hill said she would race on Sunday.");
        Assert.Equal(["Lena Park", "Tom Hill"], people.Select(p => p.Name).Order(StringComparer.Ordinal));
    }
}
