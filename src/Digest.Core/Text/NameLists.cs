using System.Collections.Frozen;

namespace Digest.Core.Text;

/// <summary>
/// The words around names: titles and roles before them, relations, descriptors that stand for a
/// person, and the capitalised words that are never part of a person's name. They are cues, not a
/// dictionary of people: a name not listed here is still found when the text gives another cue (a
/// title, an age, a relation, "said"). Months and weekdays are in <see cref="CalendarWords"/>.
/// </summary>
internal static class NameLists
{
    private static FrozenSet<string> Set(string words) =>
        words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Titles before a name: "Sen. Jim DeMint", "President Obama", "Majority Leader Harry Reid".</summary>
    public static readonly FrozenSet<string> Titles = Set("""
        Mr Mrs Ms Dr Prof Presidents Miss
        President Senator Representative Congressman Congresswoman Governor Judge Justice Officer Chairman Chairwoman Chair
        Secretary Mayor Coach Detective Sheriff Chief Pope King Queen Prince Princess Lady Sir Dame Speaker Leader Minister
        Ambassador Commissioner Director Sergeant Captain Lieutenant Colonel Deputy Trooper Pastor Father Bishop Rabbi
        Imam Professor Doctor Nurse Attorney Councilman Councilwoman Councilor Chancellor Superintendent Inspector
        """ + " " + TitleAbbreviations.Replace("\\.", ".", StringComparison.Ordinal).Replace('|', ' '));

    /// <summary>
    /// The abbreviated titles ("Sen.", "Dr."), as a regex alternation with their full stops, longest first: a
    /// constant, so that the patterns built on it are generated at compile time.
    /// </summary>
    public const string TitleAbbreviations =
        @"Atty\.|Capt\.|Cmdr\.|Govs\.|Insp\.|Pres\.|Prof\.|Reps\.|Sens\.|Supt\.|Adm\.|Col\.|Cpl\.|Det\.|Drs\.|Gen\.|" +
        @"Gov\.|Hon\.|Maj\.|Mrs\.|Pvt\.|Rep\.|Rev\.|Sen\.|Sgt\.|Dr\.|Lt\.|Mr\.|Ms\.|Mx\.";

    /// <summary>Words that may stand before a title in the same capitalised run: "Senate Majority Leader", "Attorney General".</summary>
    public static readonly FrozenSet<string> TitleModifiers = Set("""
        Majority Minority Vice Prime Former First Deputy Assistant Acting Interim Executive Senior Defense Foreign Interior
        Homeland Press General Attorney State Police Fire Head Team Party Senate House
        """);

    /// <summary>Capitalised words that start sentences or headlines but are never part of a name.</summary>
    public static readonly FrozenSet<string> Function = Set("""
        The A An In On At After Before But And Or Nor For With Without From To Of By As If When While Since Until Prior Earlier Later
        This That These Those It Its He She They We I You His Her Hers Their Our My Your There Here Then Now Also Thank Thanks Get
        Never Updated According Although Though Because During Despite Amid Among Like Unlike Once So Yet Still Even Only Just
        Every Each All Some Many Most Both Either Neither No Not Yes Oh Why What Who Whom Whose Which Where How Whether Please
        Meanwhile However Instead Indeed Already Today Tomorrow Yesterday Tonight Last Next Read Watch See Click Sign Follow Share
        Photo Photos Video Credit Image Getty AP Advertisement Continue Related More Top Breaking Exclusive Update Editor Note
        Officials Authorities Investigators Prosecutors Witnesses Residents Neighbors Neighbours Doctors Experts Critics Fans Friends
        Mom Dad Mother Father Brother Sister Son Daughter Husband Wife Uncle Aunt Baby Family God Lord Jesus
        """);

    /// <summary>
    /// Words that make a capitalised run an organisation, a place, an outlet, a platform or an occasion
    /// rather than a person: "National Sons Day", "Fox News", "Republican National Committee".
    /// </summary>
    public static readonly FrozenSet<string> NotPerson = Set("""
        Day Days Week Month Year Eve Christmas Easter Thanksgiving Halloween Hanukkah Ramadan Holiday Festival
        News Times Post Journal Magazine Tribune Herald Gazette Daily Weekly Press Media Network Channel Radio TV Television
        Instagram Twitter Facebook TikTok YouTube Snapchat Reddit Google Apple Amazon Netflix Spotify Hulu Disney Microsoft
        Party Committee Association Union Council Agency Bureau Department Ministry Office Commission Foundation Institute Society
        Company Corp Corp. Inc Inc. LLC Ltd Ltd. Co. Group Holdings Airlines Airline Airways Air Bank Fund Trust Club Team League
        University College School Academy Hospital Clinic Center Centre Church Cathedral Museum Library Theater Theatre Stadium Arena
        Court Senate House Congress Parliament Assembly Government Administration Cabinet Police Fire Army Navy Marine Marines Force
        Guard Patrol Service Services Authority Board Station Airport Port Bridge Street St Avenue Ave Road Rd Boulevard Highway
        River Lake Sea Ocean Bay Island Islands Mountain Mountains Valley County City Town Village State States Province
        Republic Kingdom Empire Nation Nations National International Federal Republican Republicans Democrat Democrats Democratic
        Conservative Conservatives Liberal Liberals Caucus GOP America American Americans Europe European Africa African Asia Asian
        Washington York Jersey California Texas Florida Ohio Virginia Carolina Kentucky Nevada Connecticut Iowa Pennsylvania Germany
        German Berlin Britain British England English France French Paris London Russia Russian China Chinese Japan Japanese Iraq
        Iraqi Afghanistan Afghan Iran Israel Mexico Canada Canadian Erie Pittsburgh Houston Chicago Boston Brooklyn Manhattan
        Cravings Grammy Grammys Oscar Oscars Emmy Emmys Award Awards Prize Cup Bowl Series Championship Games Olympics Act Law
        Street Subway Transit Authority MTA NFL NBA MLB NHL Steelers Texans Astros Yankees Cowboys Patriots Social Security Medicare
        Internet Web Online Website Blog Show Tour Album Film Movie Book Project Program Plan Initiative Fund Foundation
        Alliance Coalition Federation Organization Organisation Movement Institute Initiative Campaign PAC
        Energy Power Electric Electricity Gas Oil Motors Systems Technologies Technology Partners Capital Entertainment Records
        Studios Pictures Foods Health Care Insurance Communications Labs Research Solutions Industries Worldwide Global Hotel
        Hotels Resort Restaurant Cafe Bar Mall Market Store Stores Shop Brands Pharmaceuticals Bancorp Securities Exchange
        Polymers Plastics Chemicals Manufacturing Materials Logistics Packaging Products
        """);

    /// <summary>
    /// Fashion houses and firms named after a person, whose name in the news means the company: "Christian
    /// Dior" showed a collection. Matched as the whole run only, so "Lauren" alone is still a name.
    /// </summary>
    public static readonly FrozenSet<string> Brands = new[]
    {
        "Christian Dior", "Louis Vuitton", "Yves Saint Laurent", "Saint Laurent", "Ralph Lauren", "Calvin Klein",
        "Tommy Hilfiger", "Michael Kors", "Kate Spade", "Tory Burch", "Marc Jacobs", "Oscar de la Renta", "Hugo Boss",
        "Estee Lauder", "Dolce Gabbana", "Salvatore Ferragamo", "Giorgio Armani", "Emporio Armani", "Christian Louboutin",
        "Jimmy Choo", "Alexander McQueen", "Stella McCartney", "Vera Wang", "Ted Baker", "Paul Smith", "Johnnie Walker",
        "Jack Daniel", "Jack Daniels", "Ben Jerry", "Charles Schwab", "Goldman Sachs", "Morgan Stanley", "Merrill Lynch",
        "Lehman Brothers", "Wells Fargo", "Bud Light", "Dow Jones", "Marks Spencer", "John Lewis", "Ernst Young", "Procter Gamble",
        "Johnson Johnson", "Harley Davidson", "Rolls Royce", "Mercedes Benz", "Walt Disney", "Warner Bros",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"Christian Dior's", "Dolce & Gabbana" and "Christian Dior" are the same house.</summary>
    public static bool IsBrand(string name)
    {
        var n = name.Replace(" & ", " ", StringComparison.Ordinal).Replace('\u2019', '\'');
        if (n.EndsWith("'s", StringComparison.Ordinal)) n = n[..^2];
        return Brands.Contains(n.TrimEnd('\''));
    }

    public static readonly FrozenSet<string> Roles = RoleWords.Split('|').ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Familiar forms of given names, to their full form: "Bill Kristol" is "William Kristol".</summary>
    public static readonly FrozenDictionary<string, string> GivenNameForms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Bill"] = "William", ["Billy"] = "William", ["Will"] = "William", ["Bob"] = "Robert", ["Bobby"] = "Robert", ["Rob"] = "Robert",
        ["Jim"] = "James", ["Jimmy"] = "James", ["Mike"] = "Michael", ["Dick"] = "Richard", ["Rick"] = "Richard", ["Tom"] = "Thomas",
        ["Joe"] = "Joseph", ["Dan"] = "Daniel", ["Dave"] = "David", ["Steve"] = "Steven", ["Ted"] = "Edward", ["Ed"] = "Edward",
        ["Tony"] = "Anthony", ["Kate"] = "Katherine", ["Katie"] = "Katherine", ["Liz"] = "Elizabeth", ["Matt"] = "Matthew",
        ["Nick"] = "Nicholas", ["Sam"] = "Samuel", ["Ben"] = "Benjamin", ["Pat"] = "Patrick", ["Andy"] = "Andrew", ["Greg"] = "Gregory",
        ["Jeff"] = "Jeffrey", ["Ken"] = "Kenneth", ["Larry"] = "Lawrence", ["Ron"] = "Ronald", ["Tim"] = "Timothy", ["Doug"] = "Douglas",
        ["Jon"] = "Jonathan", ["Chuck"] = "Charles", ["Charlie"] = "Charles", ["Jerry"] = "Gerald", ["Jack"] = "John",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Roles that introduce a name in lower case ("spokesman Joshua Freed", "singer Rihanna"), as a regex alternation.</summary>
    public const string RoleWords =
        "spokesman|spokeswoman|spokesperson|singer|rapper|actor|actress|model|star|player|coach|quarterback|guard|forward|center|" +
        "pitcher|striker|goalkeeper|driver|pilot|officer|chief|executive|director|manager|president|chairman|chairwoman|founder|" +
        "lawyer|attorney|adviser|advisor|aide|secretary|senator|governor|mayor|judge|reporter|anchor|host|correspondent|writer|" +
        "author|comedian|musician|artist|designer|chef|doctor|surgeon|neurosurgeon|nurse|professor|analyst|economist|coordinator|" +
        "victim|suspect|resident|witness|passenger|worker|teacher|student|pastor|priest|commissioner|strategist|staffer|leader|" +
        "fisherman|farmer|firefighter|paramedic|soldier|sergeant|detective|sheriff|owner|" +
        "runner|swimmer|boxer|golfer|linebacker|receiver|defenseman|midfielder|defender|candidate|lawmaker|activist|historian|scientist|" +
        "backup|safety|cornerback|kicker|punter|tackle|lineman|catcher|shortstop|outfielder|goalie|goaltender|winger|rookie|teammate";

    /// <summary>
    /// Family and personal relations that introduce a name ("her mother Vilailuck", "husband, John Legend"),
    /// as a regex alternation, longest first: a constant, so that the patterns built on it are generated at
    /// compile time.
    /// </summary>
    public const string RelationAlternation =
        "granddaughter|stepdaughter|grandfather|grandmother|girlfriend|stepfather|stepmother|boyfriend|daughters|" +
        "brothers|children|daughter|grandson|brother|fiancee|fiancée|husband|partner|sisters|stepson|widower|cousin|" +
        "father|fiance|fiancé|mother|nephew|sister|child|niece|uncle|widow|aunt|kids|sons|wife|dad|mom|son";

    /// <summary>The relation words written other than as the relation they name: plurals, familiar and unaccented forms.</summary>
    private static readonly FrozenDictionary<string, string> RelationForms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["mom"] = "mother", ["dad"] = "father", ["sons"] = "son", ["daughters"] = "daughter", ["children"] = "child",
        ["kids"] = "child", ["brothers"] = "brother", ["sisters"] = "sister", ["fiance"] = "fiancé", ["fiancee"] = "fiancée",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Each relation word to the relation it names ("mom" is "mother", "sons" is "son").</summary>
    public static readonly FrozenDictionary<string, string> Relations = RelationAlternation.Split('|')
        .ToFrozenDictionary(w => w, w => RelationForms.GetValueOrDefault(w, w), StringComparer.Ordinal);

    /// <summary>
    /// Descriptors that stand for the person an article last named ("the singer said", "the mother
    /// told"): a speaker or a subject written without a name.
    /// </summary>
    public static readonly FrozenSet<string> Descriptors = Set("""
        singer model actress actor star rapper author comedian musician entertainer host mother father mom dad wife
        husband woman man homeowner player coach designer chef athlete victim politician lawmaker congressman
        congresswoman senator governor mayor pitcher quarterback manager spokesman spokeswoman lawyer attorney agent
        publicist guard forward physician surgeon
        """);

    /// <summary>
    /// Party members as a descriptor stands for a politician the article named ("The Arizona Republican
    /// said", after "Sen. John McCain, R-Ariz."): the last word of "the", a state or two, and the party.
    /// </summary>
    public static readonly FrozenSet<string> PartyMembers = Set("Republican Democrat Independent Libertarian");

    /// <summary>
    /// Words that tell a woman is meant, lower case: honorifics, relations, roles, pronouns and the
    /// words a report calls someone by who is not named ("Mrs. Hale", "wife Ana Ruiz", "she", "a woman").
    /// Gender evidence reads them; <see cref="MaleWords"/> is the other side.
    /// </summary>
    public static readonly FrozenSet<string> FemaleWords = Set("""
        mrs ms miss wife mother mom daughter sister grandmother aunt niece girlfriend widow actress spokeswoman
        congresswoman she her herself woman girl
        """);

    public static readonly FrozenSet<string> MaleWords = Set("""
        mr husband father dad son brother grandfather uncle nephew boyfriend widower actor spokesman congressman
        he his him himself man boy
        """);

    /// <summary>Common given names with a clear sex, lower case; deliberately short, and no name given to both.</summary>
    public static readonly FrozenSet<string> FemaleGivenNames = Set("""
        mary elizabeth jennifer susan sarah karen nancy lisa margaret emily anna laura michelle linda barbara jessica
        rachel maria julia hillary
        """);

    public static readonly FrozenSet<string> MaleGivenNames = Set("""
        john james michael david robert william richard thomas joseph charles mark paul george peter steven kevin
        brian daniel edward harry
        """);

    /// <summary>Plural relation words: the names after them form a list ("children Luna, 5, and Miles, 3").</summary>
    public static readonly FrozenSet<string> PluralRelations = Set("sons daughters children kids brothers sisters");

    /// <summary>Name particles that may sit inside a name in lower case.</summary>
    public static readonly FrozenSet<string> Particles = Set(ParticleAlternation.Replace('|', ' '));

    /// <summary>The name particles as a regex alternation (a constant, for generated patterns).</summary>
    public const string ParticleAlternation = "al|bin|da|de|del|della|den|der|di|du|ibn|la|le|van|von";

    /// <summary>Suffixes that end a name: "Jr.", "III".</summary>
    public static readonly FrozenSet<string> Suffixes = Set("Jr. Sr. Jr Sr II III IV");

    /// <summary>
    /// Common given names (English-language news), enough to accept "Kevin Frazier" without another cue.
    /// A run of two or more capitalised words starting with one of these is taken for a person.
    /// </summary>
    public static readonly FrozenSet<string> FirstNames = Set("""
        Aaron Adam Adrian Alan Albert Alex Alexander Alexandra Alice Alicia Alison Allison Amanda Amber Amy Andrea Andrew Andy Angela
        Ann Anna Anne Anthony Antonio Arthur Ashley Austin Barack Barbara Ben Benjamin Beth Betty Beyonce Bill Billy Bob Bobby Brad
        Brandon Brenda Brian Brittany Bruce Bryan Carl Carlos Carol Caroline Catherine Charles Charlie Chelsea Cheryl Chris Chrissy
        Christian Christina Christine Christopher Cindy Claire Colin Craig Crystal Cynthia Dan Daniel Danielle Dave David Dean Deborah
        Debra Denise Dennis Derek Diana Diane Donald Donna Doris Dorothy Doug Douglas Dylan Ed Eddie Edward Elizabeth Ellen Emily Emma
        Eric Erica Erin Ethan Eugene Evan Frank Fred Gabriel Gary George Gerald Gloria Grace Greg Gregory Hannah Harold Harry Heather
        Helen Henry Hillary Howard Ian Isaac Jack Jacob Jacqueline James Jamie Jane Janet Jason Jean Jeff Jeffrey Jennifer Jenny Jeremy
        Jerry Jesse Jessica Jim Jimmy Joan Joe Joel John Johnny Jon Jonathan Jordan Jose Joseph Josh Joshua Joyce Juan Judith Judy
        Julia Julie Justin Karen Kate Katherine Kathleen Kathy Katie Keith Kelly Ken Kenneth Kevin Kim Kimberly Kyle Larry Laura
        Lauren Lawrence Leslie Linda Lisa Lori Louis Luis Luke Lynn Madison Marco Margaret Maria Marie Marilyn Mark Martha Martin Mary
        Matt Matthew Megan Melania Melissa Michael Michelle Mike Mitch Mitt Nancy Natalie Nathan Nicholas Nick Nicole Noah Olivia
        Pamela Pat Patricia Patrick Paul Paula Peter Philip Rachel Ralph Randy Raymond Rebecca Richard Rick Rob Robert Robin Roger
        Ron Ronald Rose Roy Russell Ruth Ryan Sam Samantha Samuel Sandra Sara Sarah Scott Sean Sharon Shirley Sophia Stephanie Stephen
        Steve Steven Susan Teresa Terry Thomas Tim Timothy Tina Todd Tom Tony Tracy Travis Tyler Valerie Victoria Vincent Virginia
        Walter Wayne William Willie Zachary
        Ahmed Alberto Alfred Ali Alma Amelia Ana Andre Andres Angelica Angie Annie Antoine Audrey Ava Barry Benny Bernard Bernie
        Blake Bonnie Brent Brett Brianna Brooke Bryce Bud Caleb Camila Candace Carla Carmen Carrie Cassandra Cedric Charlotte
        Clarence Claudia Clifford Clint Cody Colleen Connor Corey Cory Courtney Curtis Dale Damon Dana Darius Darnell Darren Darryl
        DeAndre Deanna Devin Dominic Don Donovan Duane Dustin Dwayne Earl Eileen Elaine Eleanor Elena Eli Elijah Ella Elliot Emmanuel
        Enrique Erik Ernest Eva Evelyn Felicia Felix Fernando Fiona Florence Frances Francis Francisco Gabriela Gail Garrett Gavin
        Gene Gilbert Gina Glenn Gordon Gwen Harvey Hector Herbert Herman Hugh Irene Isabel Isabella Ivan Jada Jake Jamal Jared
        Jasmine Javier Jay Jeanne Jenna Jerome Jill Joanna Joey Jorge Josephine Juanita Julian Kara Kareem Karla Kayla Kelsey Kendra
        Kendrick Kerry Kristen Kristin Kurt Lamar Lance Latoya Leah Lena Leo Leon Leonard Lillian Lindsay Lindsey Lloyd Lois Lorraine
        Lucas Lucy Lydia Malik Manuel Marc Marcia Marcus Mario Marjorie Marsha Marvin Maurice Maya Meghan Melanie Melvin Mia Miguel
        Milton Miranda Mohammed Molly Monica Muhammad Nadia Naomi Neil Nelson Nina Nora Norma Omar Owen Pablo Paige Pedro Peggy Perry
        Phil Rafael Ramon Raul Ray Reggie Reginald Regina Renee Ricardo Ricky Rita Roberto Rodney Roland Roosevelt Rosa Ross Ruby
        Ruben Rudy Sabrina Sally Sergio Seth Shane Shawn Sheila Sidney Simon Sofia Sonia Spencer Stacy Stanley Stuart Sylvia Tamara
        Tammy Tanya Tara Ted Terrence Theodore Theresa Tiffany Tommy Tonya Trevor Troy Tyrone Vanessa Vernon Veronica Victor Wade
        Wanda Wendy Wesley Wyatt Xavier Yolanda Yvonne Zoe
        """);
}
