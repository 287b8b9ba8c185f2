using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Digest.Core.Merge.Analysis;
using Digest.Core.Merge.Facts;

namespace Digest.Core.Merge;

internal enum Gender { Unknown, Male, Female }

/// <summary>
/// A person's gender as the story itself tells it, so that "she said" skips a man just named. The
/// evidence: an honorific ("Mr. Hale"), a relation or role word before the name ("wife Ana Ruiz",
/// "son Leo"), a pronoun in a sentence that names that person alone ("Ruiz thanked her fans", "Hale
/// and his team"), and a short list of given names used only for one sex. A person counts as male
/// or female only when that side's evidence outweighs the other's more than twice; else unknown,
/// because a wrong speaker is worse than none.
/// </summary>
internal static partial class GenderEvidence
{
    /// <summary>An honorific or a relation word weighs as much as this many pronouns.</summary>
    private const int StrongWeight = 3;

    private static readonly FrozenDictionary<string, Gender> Words = Build(
        (Gender.Female, NameLists.FemaleWords), (Gender.Male, NameLists.MaleWords));

    private static readonly FrozenDictionary<string, Gender> GivenNames = Build(
        (Gender.Female, NameLists.FemaleGivenNames), (Gender.Male, NameLists.MaleGivenNames));

    [GeneratedRegex(@"\b(?<title>Mr|Mrs|Ms|Miss)\.?\s+(?<name>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})")]
    private static partial Regex Honorific();

    /// <summary>A pronoun; "her" only before a content word, where it is possessive ("her son", not "thanked her for").</summary>
    [GeneratedRegex(@"\b(?<pronoun>[Hh]e|[Ss]he|[Hh]is|[Hh]im|[Hh]imself|[Hh]erself|[Hh]er)\b(?:\s+(?<next>\p{Ll}[\p{L}-]*))?")]
    private static partial Regex PronounPattern();

    /// <param name="roles">Each sentence's gendered roles before names (<see cref="IsGenderedRole"/>) in its narration, where already read; null where not.</param>
    public static Dictionary<string, Gender> Weigh(IReadOnlyList<SentenceAnalysis> sentences, PersonIndex persons,
        IReadOnlyList<List<(string Role, string Name)>?>? roles = null)
    {
        var votes = new Dictionary<string, (int Male, int Female)>(StringComparer.Ordinal);
        void Vote(string? person, Gender gender, int weight)
        {
            if (person is null || gender == Gender.Unknown) return;
            var (male, female) = votes.GetValueOrDefault(person);
            votes[person] = gender == Gender.Male ? (male + weight, female) : (male, female + weight);
        }

        for (var i = 0; i < sentences.Count; i++)
        {
            var analysed = sentences[i];
            // The narration only: the "I", "he" and "she" of a quotation are the speaker's, not the article's.
            var sentence = analysed.Narration;
            foreach (Match m in Honorific().Matches(sentence))
                Vote(persons.Resolve(m.Groups["name"].Value), Words[m.Groups["title"].Value.ToLowerInvariant()], StrongWeight);
            foreach (var (role, name) in roles?[i] ?? PersonIndex.RolesBeforeNames(sentence, GenderedRoles))
                Vote(persons.Resolve(name), Words[role], StrongWeight);
            // A pronoun speaks of the sentence's one person only when it names no other, nor
            // describes one ("the singer posted photos with Leo Hale, writing that she ...").
            // A narration with nothing quoted is the text, whose name runs the sentence's analysis has found.
            if (OnePersonOf(persons, sentence == analysed.Text ? analysed.Names : NameRun.Find(sentence)) is not { } one
                || DescribesSomeone(sentence)) continue;
            // ... and only after the name: "Her cousin, Leo Hale, died" speaks of someone else.
            var at = sentence.IndexOf(one[(one.LastIndexOf(' ') + 1)..], StringComparison.Ordinal);
            Vote(one, PronounsAfter(sentence, at), 1);
        }
        // Each person once, in the order first named: loops, as every name run of the story is read here.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var analysed in sentences)
            foreach (var run in analysed.Names)
            {
                if (persons.Resolve(run.Name) is not { } person || !seen.Add(person))
                    continue;
                var first = person.Split(' ')[0].ToLowerInvariant();
                if (person.Contains(' ') && GivenNames.TryGetValue(first, out var gender))
                    Vote(person, gender, 1);
            }
        return votes.ToDictionary(v => v.Key, v => v.Value switch
        {
            var (m, f) when m > 2 * f => Gender.Male,
            var (m, f) when f > 2 * m => Gender.Female,
            _ => Gender.Unknown,
        }, StringComparer.Ordinal);
    }

    /// <summary>
    /// The one gender the pronouns of <paramref name="sentence"/> after <paramref name="at"/> tell (none when
    /// <paramref name="at"/> is -1), or <see cref="Gender.Unknown"/> for none or both. A method of its own, so
    /// that its lambdas' closure is made only for a sentence that names one person.
    /// </summary>
    private static Gender PronounsAfter(string sentence, int at)
    {
        var said = PronounPattern().Matches(sentence)
            .Where(m => at >= 0 && m.Index > at)
            .Where(m => !m.Groups["pronoun"].Value.Equals("her", StringComparison.OrdinalIgnoreCase)
                || m.Groups["next"].Success && !Lexicon.StopWords.Contains(m.Groups["next"].Value))
            .Select(m => Words[m.Groups["pronoun"].Value.ToLowerInvariant()])
            .Distinct()
            .ToList();
        return said.Count == 1 ? said[0] : Gender.Unknown;
    }

    /// <summary>The one person the name runs name, however many times; null when they name none or several.</summary>
    private static string? OnePersonOf(PersonIndex persons, ImmutableArray<NameRun> runs)
    {
        string? one = null;
        foreach (var run in runs)
            if (persons.Resolve(run.Name) is { } person)
            {
                if (one is not null && one != person)
                    return null;
                one = person;
            }
        return one;
    }

    /// <summary>
    /// The one sex that words of a stretch of narration speak of ("A woman was killed", "he was released"), or
    /// unknown when they name none or both ("his wife"): two tellings, each of one sex and not the same, are of
    /// two people. Words are lower case.
    /// </summary>
    public static Gender OneSexOf(IEnumerable<string> words)
    {
        var found = Gender.Unknown;
        foreach (var word in words)
        {
            if (!Words.TryGetValue(word, out var gender)) continue;
            if (found != Gender.Unknown && gender != found) return Gender.Unknown;
            found = gender;
        }
        return found;
    }

    /// <summary>True when each is of one sex and they are not the same (<see cref="OneSexOf"/>).</summary>
    public static bool Opposite(Gender a, Gender b) => a != Gender.Unknown && b != Gender.Unknown && a != b;

    /// <summary>The relation and role words that tell a gender ("wife", "son"), other than stop words.</summary>
    public static readonly FrozenSet<string> GenderedRoles = Words.Where(w => w.Value != Gender.Unknown && !Lexicon.StopWords.Contains(w.Key))
        .Select(w => w.Key).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A relation or role word that tells a gender ("wife", "son"), other than a stop word.</summary>
    public static bool IsGenderedRole(string word) => GenderedRoles.Contains(word);

    [GeneratedRegex(@"\b[Tt]he\s+(?<a>[\p{L}\p{N}-]+)(?:\s+(?<b>[\p{L}\p{N}-]+))?")]
    private static partial Regex TheWords();

    /// <summary>True when the sentence speaks of a person by descriptor: "the singer", "the 29-year-old singer", "the 35-year-old".</summary>
    private static bool DescribesSomeone(string sentence)
    {
        foreach (Match m in TheWords().Matches(sentence))
            if (IsDescriptor(m.Groups[TheA].ValueSpan) || IsDescriptor(m.Groups[TheB].ValueSpan))
                return true;
        return false;
    }

    private static readonly int TheA = TheWords().GroupNumberFromName("a"), TheB = TheWords().GroupNumberFromName("b");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Descriptors = NameLists.Descriptors.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A descriptor in any case, or an age ("35-year-old"), read in place: every word after "the" of a sentence naming one person is asked.</summary>
    private static bool IsDescriptor(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("-year-old", StringComparison.Ordinal)) return true;
        var lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return Descriptors.Contains(lower);
    }

    private static FrozenDictionary<string, Gender> Build(params (Gender Gender, IEnumerable<string> Words)[] lists) =>
        lists.SelectMany(l => l.Words.Select(w => KeyValuePair.Create(w, l.Gender))).ToFrozenDictionary(StringComparer.Ordinal);
}
