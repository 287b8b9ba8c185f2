using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Digest.Core.Clean;

namespace Digest.Core.Merge;

/// <summary>A quotation as one article prints it: the words between the quote marks, verbatim, and who said them.</summary>
/// <param name="Order">Position in the story's reading order (article, then place in the article).</param>
internal sealed record QuoteSpan(string Source, int Order, string Text, string? Speaker);

/// <summary>
/// Finds the quotations of an article and their speakers. Quote marks are matched over a whole
/// paragraph, so a quotation the sentence splitter cut in two stays one. The speaker comes from the
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

    private const string Name = @"[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3}";
    private const string Who = @"(?<who>" + Name + @"|[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)";
    private static readonly string Verb = "(?:" + SpeechVerbs.Alternation + ")";

    /// <summary>A role before a name: "spokesman Carl Weber said", "team physician Dr. James Muntz told".</summary>
    /// <summary>After the verb a role may be capitalised too: "said Weekly Standard editor Bill Kristol".</summary>
    private const string RoleAfterVerb = @"(?:[\p{L}'’.-]+\s+){0,4}?";

    private const string Role = @"(?:(?:[a-z][\p{L}'’-]*|[A-Z][\p{L}]*['’]s)\s+){0,4}?";

    private static readonly Regex AttributionAfter = new(@"^[\s,.!?…—-]*(?:" + Role + Who + @"\s+(?:also\s+|later\s+|then\s+)?" + Verb + @"\b|" + Verb + @"\s+" + RoleAfterVerb + Who + @"(?!\s+[a-z][\p{L}-]*\s+[A-Z]))", RegexOptions.Compiled);

    private static readonly Regex AttributionBefore = new(Who + @"\s+(?:also\s+|later\s+|then\s+)?" + Verb + @"\b[^""“”.!?]{0,60}?[,:]?\s*$", RegexOptions.Compiled);

    public static ImmutableArray<QuoteSpan> Find(CleanArticle article, int articleOrder, PersonIndex persons)
    {
        var result = ImmutableArray.CreateBuilder<QuoteSpan>();
        // The people the article has been about, the latest last: a pronoun stands for the latest who fits it.
        var recent = new List<string>();
        string? previousParagraphSpeaker = null;
        var position = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            var sentences = paragraph.Sentences.Select(s => s.Text).ToList();
            var text = string.Join(" ", sentences);
            var starts = new int[sentences.Count + 1];
            for (var i = 0; i < sentences.Count; i++)
                starts[i + 1] = starts[i] + sentences[i].Length + 1;
            var marks = QuoteMarks(text);
            // A paragraph that is only a quotation goes on with the speaker of the paragraph before.
            string? lastSpeaker = Outside(text, 0, text.Length, marks).Any(char.IsLetter) ? null : previousParagraphSpeaker;

            for (var s = 0; s < sentences.Count; s++)
            {
                var (from, to) = (starts[s], starts[s] + sentences[s].Length);
                string? spoke = null;
                foreach (var (open, close) in marks.Where(m => m.Close >= from && m.Close < to || m.Close == text.Length && s == sentences.Count - 1 && m.Close >= from))
                {
                    var who = WhoAfter(text, close, to) ?? WhoBefore(text, Math.Max(from, 0), open);
                    var speaker = who is null ? lastSpeaker : Resolve(who, recent, persons);
                    if (who is not null) spoke = speaker ?? spoke;
                    lastSpeaker = speaker ?? lastSpeaker;
                    var quoted = Trimmed(text, open + 1, Math.Min(close, text.Length));
                    if (quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinimumWords)
                        result.Add(new QuoteSpan(article.Id, articleOrder * 100_000 + position++, quoted, speaker));
                }
                if ((spoke ?? SubjectOf(Outside(text, from, to, marks), recent, persons)) is { } subject)
                {
                    recent.Remove(subject);
                    recent.Add(subject);
                }
            }
            previousParagraphSpeaker = lastSpeaker;
        }
        return result.ToImmutable();
    }

    /// <summary>Pairs of opening and closing double quote marks in a paragraph; an unclosed one runs to its end.</summary>
    private static List<(int Open, int Close)> QuoteMarks(string text)
    {
        var marks = new List<(int, int)>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('"' or '“' or '”'))
                continue;
            if (open < 0)
            {
                if (c != '”') open = i;
            }
            else if (c == '“')
                open = i; // a new opening inside an unclosed one: the first was a stray mark
            else
            {
                marks.Add((open, i));
                open = -1;
            }
        }
        if (open >= 0)
            marks.Add((open, text.Length));
        return marks;
    }

    private static string Trimmed(string text, int from, int to)
    {
        var quoted = text[from..to].Trim();
        return quoted.TrimEnd(',', ' ', '—', '-').Trim();
    }

    private static string? WhoAfter(string text, int close, int sentenceEnd) =>
        close >= sentenceEnd ? null
        : AttributionAfter.Match(text[(close + 1)..sentenceEnd]) is { Success: true } m ? m.Groups["who"].Value : null;

    private static string? WhoBefore(string text, int sentenceStart, int open)
    {
        if (open <= sentenceStart) return null;
        var before = text[sentenceStart..open];
        // Only the stretch after any earlier quotation in the sentence.
        var cut = before.LastIndexOfAny(['"', '“', '”']);
        if (cut >= 0) before = before[(cut + 1)..];
        return AttributionBefore.Match(before) is { Success: true } m ? m.Groups["who"].Value : null;
    }

    /// <summary>A speaker as written, to a person: names to full names, pronouns and descriptors to the topic.</summary>
    private static string? Resolve(string who, List<string> recent, PersonIndex persons)
    {
        var words = who.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words[0].ToLowerInvariant();
        var topic = recent.LastOrDefault();
        if (Lexicon.Pronouns.Contains(first))
            return Referent(first, recent, persons);
        if (first is "i" or "we" or "you" or "it")
            return null;
        // "the singer" stands for someone; "The Metropolitan Transportation Authority" names itself.
        if (first == "the" && words.Length > 1 && char.IsLower(words[^1][0]))
        {
            var role = words[^1].ToLowerInvariant();
            return !NameLists.Descriptors.Contains(role) ? null : persons.WithRole(role) ?? topic;
        }
        return persons.Resolve(who) ?? who;
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
    private static string? SubjectOf(string outside, List<string> recent, PersonIndex persons)
    {
        var words = outside.Split([' ', ',', '.', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return null;
        var first = words[0].ToLowerInvariant();
        if (Lexicon.Pronouns.Contains(first))
            return Referent(first, recent, persons);
        if (first == "the" && words.Length > 1 && NameLists.Descriptors.Contains(words[1].ToLowerInvariant()))
            return null;
        return persons.FirstPerson(outside);
    }

    /// <summary>The sentence's own words, quotations blanked out.</summary>
    private static string Outside(string text, int from, int to, List<(int Open, int Close)> marks)
    {
        var chars = text[from..to].ToCharArray();
        foreach (var (open, close) in marks)
            for (var i = Math.Max(open, from); i <= Math.Min(close, to - 1); i++)
                chars[i - from] = ' ';
        return new string(chars);
    }
}
