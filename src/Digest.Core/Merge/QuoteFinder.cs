using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Digest.Core.Merge.Analysis;

namespace Digest.Core.Merge;

/// <summary>A quotation as one article prints it: the words between the quote marks, verbatim, and who said them.</summary>
/// <param name="Order">Position in the story's reading order (article, then place in the article).</param>
/// <param name="Sentence">The outlet's sentence the quotation closes in, with its speech tag.</param>
/// <param name="Stated">The speaker is named by the quotation's own sentence, not carried on from an earlier one.</param>
internal sealed record QuoteSpan(string Source, int Order, string Text, string? Speaker, string Sentence = "", bool Stated = false);

/// <summary>
/// Finds the quotations of an article and their speakers, reading the quotation spans of its sentence
/// analyses (<see cref="QuotedSpeech"/>) over whole paragraphs, so a quotation the sentence splitter cut in two stays one. The speaker comes from the
/// attribution after the quotation ("…," Teigen captioned the post; "…," said Legend) or before it
/// (Legend told Kevin Frazier: "…"); a descriptor ("the singer told") stands for the person the
/// article was last about, a pronoun ("she added") for the latest person of the article it can mean
/// (<see cref="GenderEvidence"/>), and for no one when none fits; a quotation with no attribution of its own
/// continues the previous one of its paragraph ("…," she added. "…").
/// </summary>
internal static partial class QuoteFinder
{
    /// <summary>Shorter quoted words are names, nicknames or scare quotes ("Pepper", "never"), not quotations.</summary>
    public const int MinimumWords = 4;

    /// <summary>Shorter quoted words with a speech tag of their own ("It's brutal," the coach said) are speech too.</summary>
    public const int MinimumTaggedWords = 2;

    public static ImmutableArray<QuoteSpan> Find(ArticleAnalysis article, int articleOrder, PersonIndex persons)
    {
        var result = ImmutableArray.CreateBuilder<QuoteSpan>();
        // The people the article has been about, the latest last: a pronoun stands for the latest who fits it.
        var recent = new List<string>();
        // The people the article names in full, the latest last: a given name two of them share stands for the latest.
        var named = new NamedSoFar();
        var sentenceNumber = 0;
        var bodies = Bodies(article, persons);
        var documents = new DocumentsSoFar();
        string? previousParagraphSpeaker = null;
        var position = 0;
        foreach (var paragraph in article.Sentences.GroupBy(s => s.Paragraph))
        {
            var analysed = paragraph.ToList();
            var sentences = analysed.ConvertAll(s => s.Text);
            var text = string.Join(" ", sentences);
            var starts = new int[sentences.Count + 1];
            for (var i = 0; i < sentences.Count; i++)
                starts[i + 1] = starts[i] + sentences[i].Length + 1;
            var marks = QuotedSpeech.InParagraph(sentences, [.. paragraph.Select(s => s.Quotations)]);
            // A paragraph that is only a quotation goes on with the speaker of the paragraph before.
            string? lastSpeaker = HasLetterOutside(text, marks) ? null : previousParagraphSpeaker;
            // Quotations of the paragraph that no one is yet known to have said, in sentences that name no one.
            var unsaid = new List<int>();

            for (var s = 0; s < sentences.Count; s++)
            {
                var (from, to) = (starts[s], starts[s] + sentences[s].Length);
                // The sentence outside quotations, and its name runs: with nothing of it quoted, the sentence itself,
                // whose runs its analysis has found.
                var anyQuoted = marks.Exists(m => m.Open < to && m.Close >= from);
                var outside = anyQuoted ? Outside(text, from, to, marks) : sentences[s];
                var runs = anyQuoted ? Facts.NameRun.Find(outside) : analysed[s].Names;
                string? spoke = null;
                foreach (var (open, close) in marks.Where(m => m.Close >= from && m.Close < to || m.Close == text.Length && s == sentences.Count - 1 && m.Close >= from))
                {
                    var after = close >= to ? null : Attribution.After(text[(close + 1)..to]);
                    var before = after is null && open > from ? Attribution.Before(Outside(text, from, open, marks)) : null;
                    // A pronoun first looks for the people its own sentence names before it ("… which she said would …"):
                    // read only for a pronoun, as finding names in the sentence again is most of the cost of a quotation.
                    var localTo = Math.Max(from, before is null ? open : from + before.At);
                    List<string> Local() => persons.Persons(Outside(text, from, localTo, marks)).ToList();
                    var who = (after ?? before)?.Who;
                    var speaker = who is null ? lastSpeaker : Resolve(after ?? before!, recent, named, Local, persons, bodies, documents);
                    if (who is not null) spoke = speaker ?? spoke;
                    lastSpeaker = who is null ? lastSpeaker : speaker;
                    var quoted = Trimmed(text, open + 1, Math.Min(close, text.Length));
                    var words = quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                    // Two words are a quotation when the text says who spoke them ("It's brutal," the coach said).
                    if ((words >= MinimumWords || words >= MinimumTaggedWords && who is not null) && !IsTitle(quoted) && !IsLabel(text, open, close))
                    {
                        if (speaker is null && who is null && !Attribution.Tagged(outside) && !persons.Persons(runs).Any())
                            unsaid.Add(result.Count);
                        result.Add(new QuoteSpan(article.Id, articleOrder * 100_000 + position++, quoted, speaker, sentences[s], who is not null && speaker is not null));
                    }
                }
                if ((spoke ?? SubjectOf(outside, runs, recent, named, persons)) is { } subject)
                {
                    recent.Remove(subject);
                    recent.Add(subject);
                }
                foreach (var person in persons.Persons(runs))
                    named.Add(person, sentenceNumber);
                documents.Read(outside);
                sentenceNumber++;
            }
            SayUnsaid(result, unsaid);
            previousParagraphSpeaker = lastSpeaker;
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// 'The comment was "the latest low …" It was "a stark contrast …," LaBolt said.': a quotation with no
    /// speech tag, whose sentence names no one, is said by the one speaker the rest of its paragraph names.
    /// </summary>
    private static void SayUnsaid(ImmutableArray<QuoteSpan>.Builder result, List<int> unsaid)
    {
        if (unsaid.Count == 0) return;
        var later = result.Skip(unsaid[0] + 1).Where(q => q.Stated).Select(q => q.Speaker).Distinct(StringComparer.Ordinal).ToList();
        if (later is not [{ } speaker]) return;
        foreach (var i in unsaid)
            result[i] = result[i] with { Speaker = speaker };
    }

    private static string Trimmed(string text, int from, int to)
    {
        var quoted = text[from..to].Trim();
        return quoted.TrimEnd(',', ' ', '—', '-').Trim();
    }

    /// <summary>A speaker as written, to a person: names to full names, pronouns and descriptors to the topic.</summary>
    /// <param name="bodies">The organisations the article names, by the stem of their last word (<see cref="Bodies"/>).</param>
    /// <param name="documents">The documents the article has told of, with their authors: "the report said" speaks for the report's author.</param>
    /// <param name="local">The people the quotation's own sentence names before it.</param>
    private static string? Resolve(Attribution.Speaker tag, List<string> recent, NamedSoFar named, Func<List<string>> local, PersonIndex persons,
        IReadOnlyDictionary<string, string> bodies, DocumentsSoFar documents)
    {
        var who = tag.Who;
        var words = who.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words[0].ToLowerInvariant();
        var topic = recent.LastOrDefault();
        // In its own sentence a pronoun stands for the subject, the first person named ("Dr. Ada Cole said
        // by the time he arrived, Ruiz was in a coma, '…,' he said"); else for the latest person of the article.
        if (Lexicon.Pronouns.Contains(first))
            return Referent(first, [.. local().AsEnumerable().Reverse()], persons) ?? Referent(first, recent, persons);
        if (first is "i" or "we" or "you" or "it")
            return null;
        // "the singer" stands for someone; "The Metropolitan Transportation Authority" names itself.
        if (first == "the" && words.Length > 1 && char.IsLower(words[^1][0]))
        {
            var role = words[^1].ToLowerInvariant();
            // "The report said": the body the article names as the latest report's author, if any.
            if (words.Length == 2 && tag.Direct && documents.TryGet(role, out var author)) return author;
            // "The airline claimed": the organisation the article names with that word ("American Airlines").
            if (!NameLists.Descriptors.Contains(role)) return words.Length == 2 && tag.Direct ? bodies.GetValueOrDefault(WordStemmer.Stem(role)) : null;
            return persons.WithRole(role) ?? topic;
        }
        // "The Arizona Republican said": a politician described by state and party, the one the article is about.
        if (first == "the" && words.Length is > 1 and <= 4 && NameLists.PartyMembers.Contains(words[^1]))
            return topic;
        if (Named(who, named, persons) is { } known && persons.IsPerson(known)) return known;
        if (persons.LooksLikePerson(who)) return who;
        // "The Harbour Authority said": an organisation speaks when it is itself the subject of the speech verb.
        return tag.Direct && (Organisation(who) ?? bodies.GetValueOrDefault(who)) is { } body ? body : null;
    }

    /// <summary>
    /// The people an article names in full, each once, in the order it last named them, with the sentence
    /// it last did: looked up by given name, so that a long article naming thousands of people does not
    /// read them all for each name.
    /// </summary>
    private sealed class NamedSoFar
    {
        private readonly Dictionary<string, (int Sentence, int Order)> _last = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _byGiven = new(StringComparer.Ordinal);
        private int _order;

        public void Add(string person, int sentence)
        {
            if (!_last.ContainsKey(person))
            {
                var given = person.Split(' ')[0].TrimEnd('.');
                if (!_byGiven.TryGetValue(given, out var people))
                    _byGiven[given] = people = [];
                people.Add(person);
            }
            _last[person] = (sentence, _order++);
        }

        /// <summary>Those named with this given name, the latest last.</summary>
        public List<(string Person, int Sentence)> WithGiven(string given) =>
            _byGiven.TryGetValue(given, out var people)
                ? [.. people.OrderBy(p => _last[p].Order).Select(p => (p, _last[p].Sentence))]
                : [];
    }

    /// <summary>
    /// The person a name as written stands for; a given name two people share ("T.J." of T.J. Watt and
    /// T.J. Yates) stands for the one of them the article last named in full, and for no one when it named
    /// neither or the last sentence naming one named both.
    /// </summary>
    private static string? Named(string written, NamedSoFar named, PersonIndex persons)
    {
        if (persons.Resolve(written) is { } known) return known;
        if (written.Contains(' ')) return null;
        var sharing = named.WithGiven(written.TrimEnd('.')).Where(n => persons.Resolve(n.Person) == n.Person).ToList();
        return sharing.Count > 0 && sharing.Count(n => n.Sentence == sharing[^1].Sentence) == 1 ? sharing[^1].Person : null;
    }

    /// <summary>
    /// The organisations an article names, by the stem of their last word, the first named kept: "the
    /// airline" of an article naming "American Airlines", "the council" of one naming "Leeds City Council".
    /// A name the text gives a group ("a coalition of groups called Strengthen Social Security") is a
    /// body's whatever its last word, and is held by the whole name, so that it speaks as a subject does.
    /// </summary>
    private static Dictionary<string, string> Bodies(ArticleAnalysis article, PersonIndex persons)
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var sentence in article.Sentences)
        {
            foreach (Match m in CapitalisedRun().Matches(sentence.Narration))
            {
                // Most runs are people's names: only a run whose last word can end an organisation's name is read further.
                if (!CanEndOrganisation(m.ValueSpan[(m.ValueSpan.LastIndexOf(' ') + 1)..])) continue;
                // "A Northwind Airlines jet": a capitalised word opening the sentence is no part of the name.
                var name = string.Join(' ', m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(NameLists.Function.Contains));
                if (Organisation(name) is not { } body || persons.Resolve(body) is not null) continue;
                bodies.TryAdd(WordStemmer.Stem(body.Split(' ')[^1].ToLowerInvariant()), body);
            }
            if (!sentence.Narration.Contains(" called ", StringComparison.Ordinal) && !sentence.Narration.Contains(" named ", StringComparison.Ordinal)
                && !sentence.Narration.Contains(" known as ", StringComparison.Ordinal)) continue;
            foreach (Match m in GroupCalled().Matches(sentence.Narration))
                if (persons.Resolve(m.Groups["name"].Value) is null) bodies.TryAdd(m.Groups["name"].Value, m.Groups["name"].Value);
        }
        return bodies;
    }

    /// <summary>A group and the name the text gives it: "a coalition of groups called Strengthen Social Security".</summary>
    [GeneratedRegex(@"\b(?:group|coalition|organi[sz]ation|campaign|alliance|network|movement|charity|nonprofit|association)s?(?:\s+of\s+\p{Ll}+)?\s+(?:called|named|known\s+as)\s+(?<name>[A-Z][\p{L}&-]*(?:\s+[A-Z][\p{L}&-]*){0,4})")]
    private static partial Regex GroupCalled();

    [GeneratedRegex(@"\b(?:[A-Z][\p{L}&-]*\s+){1,4}[A-Z][\p{L}-]*")]
    private static partial Regex CapitalisedRun();

    /// <summary>A name of two or more capitalised words that no person bears, without a leading "The"; else null.</summary>
    internal static string? Organisation(string who)
    {
        var words = who.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w is "The" or "the").ToList();
        var acronym = words.Count == 1 && IsAcronym(words[0]);
        // "The Arizona Republican said" is a person described; "Senate Republicans" and "the Transit Authority" are bodies.
        var body = acronym || words.Count >= 2 && (InstitutionHeads.Contains(words[^1]) || words[^1].EndsWith('s'));
        return body && words.All(w => char.IsUpper(w[0]) || Lexicon.StopWords.Contains(w)) ? string.Join(' ', words) : null;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return false;
        foreach (var c in word)
            if (!char.IsUpper(c) && !char.IsDigit(c)) return false;
        return true;
    }

    /// <summary>Whether a name ending in <paramref name="last"/> can be an <see cref="Organisation"/>: an acronym, an institution's word or a plural.</summary>
    private static bool CanEndOrganisation(ReadOnlySpan<char> last) =>
        IsAcronym(last) || last.EndsWith('s') || InstitutionHeadSpans.Contains(last);

    /// <summary>Last words that make a capitalised name an institution.</summary>
    private static readonly FrozenSet<string> InstitutionHeads = FrozenSet.ToFrozenSet(
    [
        "Authority", "Committee", "Council", "Department", "Agency", "Bureau", "Office", "Commission", "Foundation", "Institute",
        "Association", "Union", "Service", "Board", "Police", "Ministry", "Company", "Corporation", "Court", "Administration",
        "Government", "Party", "Coalition", "Alliance", "Federation", "Organization", "Organisation", "Center", "Centre",
        "University", "College", "School", "Hospital", "Church", "Senate", "House", "Congress", "Parliament", "Network", "Group",
        "Inc", "Inc.", "Corp", "Corp.", "Co.", "Ltd", "League", "Club", "Team", "Trust", "Bank", "Fund", "Campaign",
    ], StringComparer.Ordinal);

    // Made once: every capitalised run of every sentence is looked up by its last word.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InstitutionHeadSpans = InstitutionHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A quoted label inside a noun phrase is a name for something, not speech: the military's "don't
    /// ask, don't tell" policy, the so-called "death tax".
    /// </summary>
    internal static bool IsLabel(string text, int open, int close)
    {
        var before = open < 0 ? "" : text[..open].TrimEnd(); // -1: opened before the paragraph
        var opener = LabelOpener().IsMatch(before);
        var next = close + 1 < text.Length ? NextWord().Match(text, close + 1) : Match.Empty;
        return opener && next.Success && next.Index <= close + 2 && char.IsLower(next.Value[0]) && !Lexicon.StopWords.Contains(next.Value);
    }

    [GeneratedRegex(@"(?:\b(?:the|a|an|its|his|her|their|our|this|that|so-called)|['’]s)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelOpener();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex NextWord();

    /// <summary>"Morning Desk", "State of the Union": every word capitalised but the small ones is a title, not speech.</summary>
    internal static bool IsTitle(string quoted)
    {
        var words = quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Skip(1).Any(w => char.IsUpper(w[0]))
            && words.All(w => char.IsUpper(w[0]) || Lexicon.StopWords.Contains(w.ToLowerInvariant()));
    }

    /// <summary>
    /// Whom "he" or "she" stands for: the latest person not known to be of the other sex; null when
    /// none fits, and for "they".
    /// </summary>
    private static string? Referent(string pronoun, List<string> recent, PersonIndex persons)
    {
        var other = pronoun switch { "he" => Gender.Female, "she" => Gender.Male, _ => (Gender?)null };
        return other is null ? null : recent.LastOrDefault(p => persons.GenderOf(p) != other);
    }

    /// <summary>
    /// Who a sentence is about: the person its opening pronoun stands for, the topic when it opens
    /// with a descriptor, else the first person it names; null when it names no one.
    /// </summary>
    /// <param name="runs">The name runs of <paramref name="outside"/> (<see cref="Facts.NameRun.Find"/>).</param>
    private static string? SubjectOf(string outside, ImmutableArray<Facts.NameRun> runs, List<string> recent, NamedSoFar named, PersonIndex persons)
    {
        var (firstWord, secondWord) = FirstTwoWords(outside);
        if (firstWord is null)
            return null;
        var first = firstWord.ToLowerInvariant();
        if (Lexicon.Pronouns.Contains(first))
            return Referent(first, recent, persons);
        if (first == "the" && secondWord is not null && NameLists.Descriptors.Contains(secondWord.ToLowerInvariant()))
            return null;
        return persons.Persons(runs).FirstOrDefault() ?? runs.Select(r => Named(r.Name, named, persons)).FirstOrDefault(p => p is not null);
    }

    private static readonly SearchValues<char> WordBreaks = SearchValues.Create(" ,.\"“”");

    /// <summary>
    /// The first two words of <paramref name="text"/> as splitting it at <see cref="WordBreaks"/> gives them (null where
    /// it has fewer): only these decide who a sentence is about, and splitting the whole sentence ran for every sentence.
    /// </summary>
    internal static (string? First, string? Second) FirstTwoWords(string text)
    {
        var first = WordFrom(text, 0, out var end);
        return (first, first is null ? null : WordFrom(text, end, out _));

        static string? WordFrom(string text, int from, out int end)
        {
            var start = text.AsSpan(from).IndexOfAnyExcept(WordBreaks);
            if (start < 0)
            {
                end = text.Length;
                return null;
            }
            start += from;
            var length = text.AsSpan(start).IndexOfAny(WordBreaks);
            end = length < 0 ? text.Length : start + length;
            return text[start..end];
        }
    }

    /// <summary>Whether the paragraph has a letter outside its quotations (<see cref="Outside"/> of the whole, without writing it).</summary>
    private static bool HasLetterOutside(string text, List<(int Open, int Close)> marks)
    {
        for (var i = 0; i < text.Length; i++)
            if (char.IsLetter(text[i]) && !Quoted(marks, i))
                return true;
        return false;
    }

    // A loop, not marks.Exists: a lambda over i made a delegate for every letter of every paragraph.
    private static bool Quoted(List<(int Open, int Close)> marks, int i)
    {
        foreach (var (open, close) in marks)
            if (open <= i && i <= close)
                return true;
        return false;
    }

    /// <summary>The sentence's own words, quotations blanked out.</summary>
    private static string Outside(string text, int from, int to, List<(int Open, int Close)> marks)
    {
        // Written straight into the new string: this runs several times per quotation.
        return string.Create(to - from, (text, from, marks), static (chars, state) =>
        {
            var (text, from, marks) = state;
            text.AsSpan(from, chars.Length).CopyTo(chars);
            foreach (var (open, close) in marks)
                for (var i = Math.Max(open, from); i <= Math.Min(close, from + chars.Length - 1); i++)
                    chars[i - from] = ' ';
        });
    }
}
