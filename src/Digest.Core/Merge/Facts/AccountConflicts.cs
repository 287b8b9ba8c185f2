using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Digest.Core.Merge.Facts;

/// <summary>
/// Accounts two outlets give that cannot both be true, in the two shapes news copy tells them in:
/// one outlet reports the cause of what happened as someone stated it ("the company said a decimal point
/// was accidentally moved") while another reports the same party saying it did not know how it happened;
/// one outlet reports a person was never contacted while another reports the person did not respond;
/// one outlet tells a fact with a "not" that another tells without it.
/// The party must be the same (a word of its name in both sentences), and each side is read from the
/// narration only, never from inside a quotation.
/// </summary>
internal static partial class AccountConflicts
{
    private const string Said = SpeechVerbs.Alternation;

    /// <summary>"… said it did not know how the error had occurred", "… says they are unsure why".</summary>
    [GeneratedRegex(
        @"\b(?:" + Said + @")\b[^.;]{0,40}?\b(?:(?:did|does|do|could)\s*(?:not|n't|n’t)\s+(?:know|explain|say|determine)|(?:was|is|were|are)\s+(?:still\s+)?(?:unsure|not\s+sure)|had\s+no\s+explanation\s+for)\s+(?:how|why|what)\b(?<what>[^.;]*)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex CauseUnknown { get; }

    /// <summary>A cause stated by a party: "… said a decimal point was accidentally moved", "… said the fire was caused by a heater".</summary>
    [GeneratedRegex(
        @"\b(?:" + Said + @"|blamed|blames)\b[^.;]{0,80}?\b(?:accidentally|mistakenly|inadvertently|by\s+mistake|caused\s+by|due\s+to|the\s+result\s+of|resulted\s+from|traced\s+to|because\s+of|to\s+blame)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex CauseStated { get; }

    /// <summary>"… was never contacted", "… had not been asked".</summary>
    [GeneratedRegex(
        @"\b(?:(?:was|were|had|has|have)\s+(?:never|not)\s+(?:been\s+)?(?:contacted|approached|consulted|asked|reached)|never\s+(?:contacted|reached\s+out\s+to|approached))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotContacted { get; }

    /// <summary>
    /// "… did not respond to requests", "… never replied": contacted and silent. A request for comment is
    /// the outlet's own, which a party can ignore and still never have been contacted by anyone else.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:(?:did|has|have|had)\s*(?:not|n't|n’t)|never)\s+(?:immediately\s+)?(?:respond|responded|reply|replied|answer|answered|return|returned)\b(?![^.;]*\bcomment)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NoResponse { get; }

    /// <summary>
    /// Words every match of each way contains (<see cref="Cue"/>): most sentences have none and are not searched. "How",
    /// "why" or "what" (and a word of not knowing); a word naming a cause ("by mistake", "due to", "blamed"); a word of
    /// contact; a word of answering.
    /// </summary>
    private static readonly string[] UnknownWords = ["how", "why", "what"], StatedWords =
        ["accidentally", "mistakenly", "inadvertently", "mistake", "caused", "due", "result", "traced", "because", "blame"],
        UncontactedWords = ["contacted", "approached", "consulted", "asked", "reached"], UnansweredWords = ["respond", "repl", "answer", "return"];

    private static readonly (Regex Regex, Func<string, bool> Cue) Unknown = (CauseUnknown, AllOf(Cue.WordsAnyCase(UnknownWords),
        Cue.WordsAnyCase("know", "explain", "say", "determine", "unsure", "sure", "explanation")));
    private static readonly (Regex Regex, Func<string, bool> Cue) Stated = (CauseStated, Cue.WordsAnyCase(StatedWords));
    private static readonly (Regex Regex, Func<string, bool> Cue) Uncontacted = (NotContacted, Cue.WordsAnyCase(UncontactedWords));
    private static readonly (Regex Regex, Func<string, bool> Cue) Unanswered = (NoResponse, Cue.WordsAnyCase(UnansweredWords));

    /// <summary>
    /// A word of some way's cue: true wherever any of them is. A sentence is asked this once, and only one that has such a
    /// word is asked each way's cue (a 1k build: one sentence in six; asking all four of every sentence cost 540 M instructions of 17.9 G).
    /// </summary>
    private static readonly Func<string, bool> AnyWay = Cue.WordsAnyCase([.. UnknownWords, .. StatedWords, .. UncontactedWords, .. UnansweredWords]);

    private static Func<string, bool> AllOf(Func<string, bool> a, Func<string, bool> b) => text => a(text) && b(text);

    public static ImmutableArray<Conflict> Find(IReadOnlyList<StorySentence> sentences)
    {
        var conflicts = ImmutableArray.CreateBuilder<Conflict>();
        var cued = sentences.Where(s => AnyWay(s.Narration)).ToList();
        conflicts.AddRange(Contradicting(cued, sentences, Unknown, Stated, SameCause, "How it happened"));
        conflicts.AddRange(Contradicting(cued, sentences, Unanswered, Uncontacted, SameNamedParty, "Whether they were contacted"));
        conflicts.AddRange(Negated(sentences));
        return conflicts.ToImmutable();
    }

    /// <summary>Content stems two sentences share to be one sentence told with and without a "not".</summary>
    public const int MinSharedNegated = 4;

    /// <summary>Share of the smaller sentence's content stems the other must have for that.</summary>
    public const double SameNegatedFact = 0.8;

    /// <summary>Words after a negation that may stand before the word it denies ("was not <u>wearing</u>", "had never been <u>contacted</u>").</summary>
    private const int NegationReach = 3;

    /// <summary>A negation that tells a change, not a denial: "no longer open" against "open" is an update.</summary>
    [GeneratedRegex(@"(?:no\s+longer|not\s+yet|anymore|any\s+more|still)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Change { get; }

    /// <summary>
    /// One fact told with and without a negation by two outlets: "the driver was not wearing a seatbelt"
    /// against "the driver was wearing a seatbelt". The sentences must be nearly the same (most content
    /// words shared) and the word the negation denies must be in the other outlet's sentence, so that an
    /// outlet adding "who was not injured" to a sentence another tells without it is no conflict.
    /// </summary>
    private static IEnumerable<Conflict> Negated(IReadOnlyList<StorySentence> sentences)
    {
        var negated = new List<(StorySentence Sentence, Token Negation, Token Denied, string Stem)>();
        var withoutNegation = new List<StorySentence>(sentences.Count);
        foreach (var s in sentences)
        {
            if (Change.IsMatch(s.Narration)) continue;
            // The sentence's negations outside quotations, counted in one pass without lists: most sentences
            // have none and are only indexed by their stems. Only a word that may deny is read in lower case.
            var (negations, negation, at, unquoted) = (0, default(Token), -1, 0);
            foreach (var t in s.Tokens)
            {
                if (s.IsQuoted(t.Start)) continue;
                if (MayDeny(t.Text) && Negation.Denies(s.Text, t) && t.Lower is not ("nor" or "without" or "neither") && negations++ == 0)
                    (negation, at) = (t, unquoted);
                unquoted++;
            }
            if (negations == 0)
            {
                withoutNegation.Add(s);
                continue;
            }
            // One negation only: a sentence denying two things is read by neither rule.
            if (negations == 1 && Denied(s, at) is { } word && s.Words.Stems.Contains(WordStemmer.Stem(word.Lower)))
                negated.Add((s, negation, word, WordStemmer.Stem(word.Lower)));
        }
        // The sentences without a negation, by the stems a negated sentence denies: most stories deny few
        // words, and a sentence is only ever looked up by one of them.
        var deniedStems = negated.Select(n => n.Stem).ToHashSet(StringComparer.Ordinal);
        var plain = new Dictionary<string, List<StorySentence>>(StringComparer.Ordinal);
        foreach (var s in deniedStems.Count == 0 ? [] : withoutNegation)
        {
            // A sentence that cannot hold a denied stem is not read for its stems at all.
            if (!SentenceWords.MayHoldStem(s.Text, deniedStems)) continue;
            foreach (var stem in s.Words.Stems)
            {
                if (!deniedStems.Contains(stem)) continue;
                if (!plain.TryGetValue(stem, out var list)) plain[stem] = list = [];
                list.Add(s);
            }
        }
        foreach (var (a, negation, denied, stem) in negated)
        {
            var against = plain.GetValueOrDefault(stem, [])
                .Where(b => b.Source != a.Source)
                .Where(b =>
                {
                    var shared = Shared(a.Words.Stems, b.Words.Stems);
                    return shared >= MinSharedNegated && (double)shared / Math.Min(a.Words.Stems.Count, b.Words.Stems.Count) >= SameNegatedFact;
                })
                .GroupBy(b => b.Source, StringComparer.Ordinal).Select(g => g.First()).ToList();
            if (against.Count == 0) continue;
            yield return new Conflict($"Whether “{ConflictFinder.Shorten(a.Text)}”",
                [.. against.Select(b => new ConflictValue(b.Source, b.Tokens.First(t => WordStemmer.Stem(t.Lower) == stem).Text, b.Text))
                    .Append(new ConflictValue(a.Source, a.Text[negation.Start..denied.End], a.Text))
                    .OrderBy(v => v.Source, StringComparer.Ordinal)],
                ConflictKind.Account);
        }
    }

    /// <summary>
    /// False only for a word that cannot deny (<see cref="Negation.Denies(string, Token)"/>): a negation in lower case ends
    /// with "n't" or is one of <see cref="Lexicon.Negations"/> before any apostrophe, so it has an apostrophe or starts as
    /// one of those does. Most words of a sentence are then never lower-cased to be asked.
    /// </summary>
    internal static bool MayDeny(string word) =>
        word.AsSpan().IndexOfAny('\'', '’') >= 0 || NegationInitials.Contains(char.ToLowerInvariant(word[0]));

    private static readonly string NegationInitials = string.Concat(Lexicon.Negations.Select(w => w[0]).Distinct().Order());

    /// <summary>
    /// The word a sentence's one negation denies: the first within <see cref="NegationReach"/> words after it, outside
    /// quotations, that is neither a number nor a stop word. <paramref name="at"/> counts the words outside quotations.
    /// </summary>
    private static Token? Denied(StorySentence s, int at)
    {
        var unquoted = 0;
        foreach (var t in s.Tokens)
        {
            if (s.IsQuoted(t.Start)) continue;
            if (unquoted > at + NegationReach + 1) break;
            if (unquoted++ > at && !t.IsNumber && !Lexicon.StopWords.Contains(t.Lower)) return t;
        }
        return null;
    }

    /// <summary>How many stems two sets share, counted in a loop: no delegate made per pair of sentences.</summary>
    private static int Shared(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var shared = 0;
        foreach (var w in a)
            if (b.Contains(w)) shared++;
        return shared;
    }

    private sealed record Told(StorySentence Sentence, Match Match, IReadOnlySet<string> Party);

    /// <summary>
    /// Each sentence told the <paramref name="one"/> way against other outlets' sentences told the
    /// <paramref name="other"/> way about the same party; an outlet telling both ways is left out.
    /// </summary>
    /// <param name="cued">The sentences with a word of some way's cue (<see cref="AnyWay"/>), in the story's order: the only ones searched.</param>
    private static IEnumerable<Conflict> Contradicting(List<StorySentence> cued, IReadOnlyList<StorySentence> sentences, (Regex, Func<string, bool>) one,
        (Regex, Func<string, bool>) other, Func<Told, Told, IReadOnlyList<StorySentence>, bool> same, string about)
    {
        var ones = Find(cued, one);
        var others = Find(cued, other);
        var both = ones.Select(t => t.Sentence.Source).Intersect(others.Select(t => t.Sentence.Source), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        foreach (var a in ones.Where(t => !both.Contains(t.Sentence.Source)))
        {
            var against = others.Where(b => b.Sentence.Source != a.Sentence.Source && !both.Contains(b.Sentence.Source) && same(a, b, sentences))
                .GroupBy(b => b.Sentence.Source, StringComparer.Ordinal).Select(g => g.First()).ToList();
            if (against.Count == 0) continue;
            yield return new Conflict($"{about}: “{ConflictFinder.Shorten(a.Sentence.Text)}”",
                [.. against.Prepend(a).OrderBy(t => t.Sentence.Source, StringComparer.Ordinal)
                    .Select(t => new ConflictValue(t.Sentence.Source, Claim(t), t.Sentence.Text))],
                ConflictKind.Account);
        }
    }

    [GeneratedRegex(@"^(?:(?:" + Said + @"|blamed|blames)\s+(?:that\s+)?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Verb { get; }

    /// <summary>What the outlet says was said or done, to the end of its clause: "a decimal point was accidentally moved".</summary>
    private static string Claim(Told t)
    {
        var text = t.Sentence.Text[t.Match.Index..];
        var end = text.IndexOfAny(['.', ';']);
        // A full stop inside the claim's first words ("Dr.", "a.m.") is not its end; the sentence's last one is.
        text = (end > 0 && end < text.Length - 1 ? text[..end] : text).TrimEnd('.', ' ');
        return text[Verb.Match(text).Length..];
    }

    /// <summary>Sentences whose narration tells it the way <paramref name="way"/> reads, with the words naming the party before it.</summary>
    private static List<Told> Find(IReadOnlyList<StorySentence> sentences, (Regex Regex, Func<string, bool> Cue) way)
    {
        var found = new List<Told>();
        foreach (var s in sentences)
            if (way.Cue(s.Narration) && way.Regex.Match(s.Narration) is { Success: true } m)
                found.Add(new Told(s, m, Party(s.Narration[..m.Index])));
        return found;
    }

    /// <summary>The stemmed content words before a cue, without roles ("spokesman"): the party a sentence speaks of.</summary>
    private static HashSet<string> Party(string before) =>
        Tokenizer.Tokens(before)
            .Where(t => !t.IsNumber && t.Text.Length >= 3)
            .Select(t => t.Text.ToLowerInvariant().Replace('’', '\''))
            .Select(w => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w)
            .Where(w => !FunctionWords.All.Contains(w) && !NameLists.Roles.Contains(w) && !SpeechVerbs.FormSet.Contains(w))
            .Select(WordStemmer.Stem)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The same party speaks of the same happening: a word of the party in common, and a word of what is
    /// unknown ("how the error had occurred") in the stated cause or the sentence before it, where that
    /// happening is named ("… who confirmed the error. The company said a decimal point was moved.").
    /// </summary>
    private static bool SameCause(Told unknown, Told stated, IReadOnlyList<StorySentence> sentences)
    {
        if (!unknown.Party.Overlaps(stated.Party)) return false;
        var what = Party(unknown.Match.Groups["what"].Value);
        var at = stated.Sentence.Index;
        return stated.Sentence.Words.Stems.Overlaps(what)
               || (at > 0 && sentences[at - 1].Source == stated.Sentence.Source && sentences[at - 1].Words.Stems.Overlaps(what));
    }

    /// <summary>The same named party: a capitalised word before the cue in both sentences.</summary>
    private static bool SameNamedParty(Told a, Told b, IReadOnlyList<StorySentence> sentences) =>
        Names(a).Intersect(Names(b), StringComparer.Ordinal).Any();

    private static IEnumerable<string> Names(Told t) =>
        Tokenizer.Tokens(t.Sentence.Narration[..t.Match.Index]).Where(x => x.IsCapitalised && x.Text.Length >= 3)
            .Select(x => Tokenizer.BaseOf(x.Text.Replace('’', '\'')))
            .Where(w => !NameLists.Function.Contains(w));
}
