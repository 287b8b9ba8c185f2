using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

using Digest.Core.Merge.Analysis;

namespace Digest.Core.Merge;

/// <summary>
/// What the merge compares in a sentence: its content words (stop words out, stemmed) in order,
/// and the parts that make two similar sentences different facts: numbers, names and negated words.
/// The sets are never changed once made; they are held as <see cref="HashSet{T}"/> rather than a read-only
/// interface because pairs of sentences are compared by the hundred thousand: through the interface, each
/// <c>foreach</c> made an enumerator object and each lookup went through an interface call.
/// </summary>
/// <param name="Content">Content-word stems in reading order (repeats kept, for bigrams).</param>
/// <param name="Bigrams">Adjacent content-word pairs, other than pairs of names (<see cref="SentenceFeaturizer.BigramsOf"/>), each once, in ordinal order.</param>
/// <param name="Distinct">Content-word stems, each once, in order of first occurrence.</param>
/// <param name="Names">Stems of capitalised words that name someone or something.</param>
/// <param name="Speakers">Names right before or after a speech verb ("Teigen captioned", "said Smith").</param>
/// <param name="Negated">Stems that follow a negation ("not killed": "kill").</param>
/// <param name="Verbs">Stems written as a past-tense verb ("killed", "stood"), speech verbs excepted.</param>
/// <param name="Words">Every word, lower case, separated and surrounded by single spaces (" it's a process ").</param>
/// <param name="Id">Position among the story's sentences: what the comparer remembers a pair by.</param>
/// <param name="Quoted">Content-word stems inside the sentence's quotations: the speaker's own words.</param>
/// <param name="NamePairs">Name words written side by side, one full name's parts ("Tom Brooks": ("tom", "brook")).</param>
/// <param name="Units">What each number counts: the content word after it ("3 hours": "3" -> "hour").</param>
/// <param name="ClauseStarts">Where in <paramref name="Content"/> each clause after the first begins (<see cref="ClauseBreaks"/>).</param>
/// <param name="Speech">Every word of the sentence in order and its quoted stretches (<see cref="QuotedStatement"/>), for telling one remark in two shapes.</param>
/// <param name="Places">Stems of names right after "in" ("killed in Springfield"): where the sentence's fact happened.</param>
/// <param name="Tokens">The sentence's tokens (<see cref="SentenceAnalysis.Tokens"/>), kept so that what reads its words again need not tokenize it; default for a clause.</param>
/// <param name="Sex">The one sex the narration's person words speak of ("a woman", "he"), if they tell one (<see cref="GenderEvidence.OneSexOf"/>).</param>
internal sealed record SentenceFeatures(
    int Id,
    string Text,
    string Key,
    ImmutableArray<string> Content,
    ImmutableArray<string> Distinct,
    HashSet<string> Set,
    ImmutableArray<(string First, string Second)> Bigrams,
    HashSet<string> Numbers,
    HashSet<string> Names,
    HashSet<string> Speakers,
    HashSet<string> Negated,
    HashSet<string> Verbs,
    string Words,
    IReadOnlyDictionary<string, string>? Units = null,
    ImmutableArray<(string First, string Second)> NamePairs = default,
    HashSet<string>? Quoted = null,
    ImmutableArray<ClauseStart> ClauseStarts = default,
    QuotedStatement? Speech = null,
    HashSet<string>? Places = null,
    Gender Sex = Gender.Unknown,
    ImmutableArray<Token> Tokens = default)
{
    public bool IsEmpty => Distinct.IsEmpty;

    /// <summary>
    /// The numbers by value, ordinals read as the count they rank: "two seasons" and "his second season",
    /// "one of the groups" and "first reported" do not disagree on a number. Made once, with the
    /// sentence, rather than for each pair compared; <see cref="Numbers"/> itself where no number is an ordinal.
    /// </summary>
    public HashSet<string> Values { get; } = ValuesOf(Numbers);

    private static HashSet<string> ValuesOf(HashSet<string> numbers)
    {
        foreach (var n in numbers)
            if (Ordinal(n))
                return numbers.Select(n => Ordinal(n) ? n[..^2] : n).ToHashSet(StringComparer.Ordinal);
        return numbers;
    }

    private static bool Ordinal(string n) => n.Length > 2 && char.IsDigit(n[^3]) && n.AsSpan()[^2..] is "st" or "nd" or "rd" or "th";
}

/// <summary>
/// Turns the sentences of one story into <see cref="SentenceFeatures"/>. Which capitalised words are
/// names is decided over the whole story: a word capitalised mid-sentence and never written in
/// lower case is a name, also where it opens a sentence.
/// </summary>
internal static partial class SentenceFeaturizer
{
    public static ImmutableArray<SentenceFeatures> Build(IReadOnlyList<SentenceAnalysis> sentences)
    {
        var capitalisedInside = new HashSet<string>(StringComparer.Ordinal);
        // Each word is lower-cased once here and read so by every step below.
        var lowers = new string[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            lowers[s] = LowersOf(sentence.Tokens);
            for (var t = 0; t < sentence.Tokens.Length; t++)
            {
                var token = sentence.Tokens[t];
                if (!token.IsNumber && !char.IsLower(token.Text[0]) && !OpensClause(sentence.Text, token.Start))
                    capitalisedInside.Add(Tokenizer.BaseOf(lowers[s][t]));
            }
        }
        // Then each word written in lower case anywhere is no name: a second pass that looks the few
        // capitalised words up, rather than a set of every lower-case word of the story.
        for (var s = 0; s < sentences.Count && capitalisedInside.Count > 0; s++)
        {
            var tokens = sentences[s].Tokens;
            for (var t = 0; t < tokens.Length; t++)
                if (!tokens[t].IsNumber && char.IsLower(tokens[t].Text[0]))
                    capitalisedInside.Remove(Tokenizer.BaseOf(lowers[s][t]));
        }
        var features = new SentenceFeatures[sentences.Count];
        var scratch = new Scratch();
        for (var i = 0; i < features.Length; i++)
            features[i] = Of(i, sentences[i], lowers[i], capitalisedInside, scratch);
        return ImmutableCollectionsMarshal.AsImmutableArray(features);
    }

    /// <summary>
    /// Lists a sentence's words are gathered in, then copied out at their length: one set of them for
    /// all the sentences of a story, rather than a list grown and copied for each.
    /// </summary>
    private sealed class Scratch
    {
        public readonly List<string> Content = [];
        public readonly List<string> Distinct = [];
        public readonly List<string> Place = [];
    }

    /// <summary>Each token's <see cref="Token.Lower"/>, in order.</summary>
    private static string[] LowersOf(ImmutableArray<Token> tokens)
    {
        var lowers = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
            lowers[i] = tokens[i].Lower;
        return lowers;
    }

    /// <summary>"5:10 a.m.", "5.10am" and "5.10 am" are one time of day, compared as "5.10".</summary>
    [GeneratedRegex(@"\b(\d{1,2})(?:[:.](\d{2}))?\s?[ap]\.?\s?m\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();

    /// <summary>
    /// Features of one sentence; <paramref name="lowers"/> are its tokens lower case, <paramref name="knownNames"/>
    /// name words that may open a sentence.
    /// </summary>
    private static SentenceFeatures Of(int id, SentenceAnalysis sentence, string[] lowers, IReadOnlySet<string> knownNames, Scratch scratch)
    {
        var display = sentence.Text;
        // Where the outlet filed from is no part of what the sentence says.
        var text = Dateline.Without(display);
        // Only a sentence with a digit (any that \d matches) can give a time of day: most are not searched.
        if (HasDigit(text))
            text = TimeOfDay().Replace(text, m => m.Groups[2].Success ? $"{m.Groups[1].Value}.{m.Groups[2].Value}" : m.Groups[1].Value);
        // The sentence's own tokens, unless a dateline was left out or a time of day rewritten.
        var tokens = ReferenceEquals(text, display) ? sentence.Tokens : [.. Tokenizer.Tokens(text)];
        var tokenLowers = ReferenceEquals(text, display) ? lowers : LowersOf(tokens);
        // The sets below are made only for a sentence that has something to put in them: most have no
        // number, negation or place.
        var content = scratch.Content;
        content.Clear();
        HashSet<string>? numbers = null, names = null, negated = null, verbs = null, places = null;
        var negation = 0; // words left in the scope of the last negation
        Dictionary<string, string>? units = null;
        string? counted = null; // the last number, waiting for the word that says what it counts
        var countedEnd = 0;
        List<(string, string)>? namePairs = null;
        // A question put after a colon asserts nothing, so a negation in it denies nothing ("…put on
        // notice: No tax-cut extension?"). A whole sentence asked keeps its negations: it may quote
        // what someone asserts ("has he not understood that you don't…?").
        var question = Negation.QuestionStart(text) is int start and > 0 ? start : int.MaxValue;
        (string Stem, int End)? lastName = null; // the name word just before, for pairs of one full name
        var clauses = new ClauseBreaks(text);
        var place = scratch.Place; // the run of names after "in" being read, and where it ends
        place.Clear();
        var placeEnd = 0;

        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            var lower = tokenLowers[t];
            clauses.Read(token, lower, content.Count);
            // Whether a capital opens a clause is read once for both questions below.
            var opens = token.IsCapitalised && OpensClause(text, token.Start);
            var capital = token.IsCapitalised && !opens;
            if (place.Count > 0 && !(capital && text.AsSpan(placeEnd, token.Start - placeEnd) is " "))
            {
                if (!PlaceNames.Describes(text, placeEnd)) (places ??= NewSet()).UnionWith(place);
                place.Clear();
            }
            if (capital && (place.Count > 0 || PlaceNames.AfterIn(text, token.Start)) && !CalendarWords.MonthSet.Contains(lower))
            {
                place.Add(WordStemmer.Stem(Tokenizer.BaseOf(lower)));
                placeEnd = token.End;
            }
            var besideName = lastName is { } last && text.AsSpan(last.End, token.Start - last.End).IsWhiteSpace() ? last.Stem : null;
            lastName = null;
            var raw = token.Text;
            if (char.IsDigit(raw[0]))
            {
                var n = lower.Replace(",", "", StringComparison.Ordinal);
                (numbers ??= NewSet()).Add(n);
                content.Add(n);
                if (negation > 0) (negated ??= NewSet()).Add(n);
                (counted, countedEnd) = (n, token.End);
                // "3%" is "3 percent", which another outlet may write out.
                if (NextIs(text, token.End, '%'))
                {
                    content.Add(Percent);
                    (units ??= new(StringComparer.Ordinal)).TryAdd(n, Percent);
                    counted = null;
                }
                continue;
            }
            if (Negation.Denies(text, token, lower))
            {
                negation = token.Start < question ? 3 : 0;
                continue;
            }
            var word = Tokenizer.BaseOf(lower);
            // "No. 3" labels a number and is no word of the fact; "No, he's going to make it" is an interjection, a word like any.
            if (word == "no" && !NextIs(text, token.End, ','))
                continue;
            if (Lexicon.StopWords.Contains(word) || word.Length == 0)
            {
                if (negation > 0) negation--;
                continue;
            }
            var stem = WordStemmer.Stem(word);
            // "per cent" is one word, "percent", however an outlet spells it.
            if (stem == "cent" && PrecededBy(text, token.Start, "per"))
                stem = Percent;
            // "laid off" is "layoffs", "working out" a "workout" (not "out of": "ran out of money").
            else if (ParticleAfter(text, token.End) is { } particle
                && Lexicon.PhrasalNouns.TryGetValue(stem + " " + particle, out var noun))
                stem = noun;
            content.Add(stem);
            // "three-hour", "3 percent", "3 per cent"; not across punctuation ("Nov. 15, Dauer").
            if (counted is not null && !char.IsDigit(stem[0]) && !char.IsUpper(raw[0])
                && text.AsSpan(countedEnd, token.Start - countedEnd).Trim().TrimStart('-').Trim() is var gap
                && (gap.IsEmpty || gap.Equals("per", StringComparison.OrdinalIgnoreCase)))
                (units ??= new(StringComparer.Ordinal)).TryAdd(counted, stem);
            counted = null;
            if (char.IsDigit(stem[0])) (counted, countedEnd) = (stem, token.End);
            if (char.IsDigit(stem[0])) (numbers ??= NewSet()).Add(stem);
            // "no one was hurt" denies the count and what it did. A possessive is not what a negation
            // denies but whose it is: "not the president's faith" denies the faith, not the president.
            if (negation > 0 && !lower.EndsWith("'s", StringComparison.Ordinal))
            {
                (negated ??= NewSet()).Add(stem);
                negation = char.IsDigit(stem[0]) ? negation : 0;
            }
            var isName = token.IsCapitalised && (!opens || knownNames.Contains(word));
            if (isName)
                (names ??= NewSet()).Add(stem);
            if (isName && !CalendarWords.WeekdaySet.Contains(word) && !CalendarWords.MonthSet.Contains(word))
            {
                if (besideName is not null) (namePairs ??= []).Add((besideName, stem));
                lastName = (stem, token.End);
            }
            // A name is never the event, whatever its ending ("Joshua Freed", "Reed"), nor is a verb
            // that reports speech ("noted", "revealed"). The past tense is asked first: most words are none.
            if (!isName && ((word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal)) || Lexicon.IrregularPast.Contains(word))
                && !SpeechVerbs.Stems.Contains(stem) && !SpeechVerbs.FormSet.Contains(word))
                (verbs ??= NewSet()).Add(stem);
        }

        if (place.Count > 0 && !PlaceNames.Describes(text, placeEnd)) (places ??= NewSet()).UnionWith(place);

        var words = ImmutableArray.Create(CollectionsMarshal.AsSpan(content));
        var nameSet = names ?? NoWords;
        HashSet<string>? speakers = null;
        // Each word asked once whether it reports speech, carried to the next; a sentence without names has no speaker.
        var previousSpeaks = nameSet.Count > 0 && words.Length > 1 && SpeechVerbs.Stems.Contains(words[0]);
        for (var i = 1; i < words.Length && nameSet.Count > 0; i++)
        {
            var speaks = SpeechVerbs.Stems.Contains(words[i]);
            if (speaks && nameSet.Contains(words[i - 1])) (speakers ??= NewSet()).Add(words[i - 1]);
            if (previousSpeaks && nameSet.Contains(words[i])) (speakers ??= NewSet()).Add(words[i]);
            previousSpeaks = speaks;
        }
        // The distinct words and their set in one pass, in order of first occurrence.
        var set = new HashSet<string>(words.Length, StringComparer.Ordinal);
        var firsts = scratch.Distinct;
        firsts.Clear();
        foreach (var word in words)
            if (set.Add(word)) firsts.Add(word);
        // A sentence that repeats no word has its words as its distinct words: one array for both.
        var distinct = firsts.Count == words.Length ? words : ImmutableArray.Create(CollectionsMarshal.AsSpan(firsts));
        return new SentenceFeatures(id, display, TextKey.Of(display), words, distinct,
            set, BigramsOf(words, nameSet), numbers ?? NoWords, nameSet, speakers ?? NoWords, negated ?? NoWords, verbs ?? NoWords, Spaced(tokenLowers),
            units ?? NoUnits, namePairs is null ? [] : ImmutableArray.Create(CollectionsMarshal.AsSpan(namePairs)), QuotedWords(sentence, lowers), clauses.Starts, QuotedStatement.Of(sentence, lowers),
            places ?? NoWords, GenderEvidence.OneSexOf(Narrated(sentence, lowers)), sentence.Tokens);
    }

    private static HashSet<string> NewSet() => new(StringComparer.Ordinal);

    /// <summary>
    /// Pairs of adjacent content words, leaving out pairs of names ("John Legend"): those run together in
    /// any two sentences about the same people, a described scene does not. Each pair once, in ordinal
    /// order, so that two sentences' pairs are compared by one walk through both (<see cref="SentenceComparer.SharedBigrams"/>).
    /// </summary>
    public static ImmutableArray<(string First, string Second)> BigramsOf(ImmutableArray<string> words, IReadOnlySet<string> names)
    {
        if (words.Length < 2)
            return [];
        var pairs = new (string First, string Second)[words.Length - 1];
        var count = 0;
        for (var i = 1; i < words.Length; i++)
            if (words[i - 1] != words[i] && !(names.Contains(words[i - 1]) && names.Contains(words[i])))
                pairs[count++] = (words[i - 1], words[i]);
        if (count == 0)
            return [];
        // Sorted through one delegate made once: a sort given a comparer (even a struct) boxes it and makes a delegate of it on every call.
        pairs.AsSpan(0, count).Sort(BigramOrder.Comparison);
        var distinct = 1;
        for (var i = 1; i < count; i++)
            if (BigramOrder.Instance.Compare(pairs[i], pairs[distinct - 1]) != 0)
                pairs[distinct++] = pairs[i];
        return distinct == pairs.Length ? ImmutableCollectionsMarshal.AsImmutableArray(pairs) : [.. pairs.AsSpan(0, distinct)];
    }

    /// <summary>The order of <see cref="SentenceFeatures.Bigrams"/>: by first word, then second, ordinal.</summary>
    public readonly struct BigramOrder : IComparer<(string First, string Second)>
    {
        public static readonly BigramOrder Instance = new();

        public static readonly Comparison<(string First, string Second)> Comparison = Instance.Compare;

        public int Compare((string First, string Second) x, (string First, string Second) y) =>
            string.CompareOrdinal(x.First, y.First) is var first and not 0 ? first : string.CompareOrdinal(x.Second, y.Second);
    }

    /// <summary>The words separated and surrounded by single spaces (" it's a process "), written straight into one string.</summary>
    private static string Spaced(string[] words)
    {
        var length = 1;
        foreach (var word in words)
            length += word.Length + 1;
        return string.Create(length, words, static (spaced, words) =>
        {
            spaced[0] = ' ';
            var at = 1;
            foreach (var word in words)
            {
                word.CopyTo(spaced[at..]);
                at += word.Length;
                spaced[at++] = ' ';
            }
        });
    }

    /// <summary>The numbers, names, negations, verbs, speakers or places of a sentence that has none: one set, never changed.</summary>
    private static readonly HashSet<string> NoWords = new(StringComparer.Ordinal);

    /// <summary>What the numbers count in a sentence that counts nothing: one table, never changed.</summary>
    private static readonly Dictionary<string, string> NoUnits = new(StringComparer.Ordinal);

    /// <summary>The sentence's words outside its quotations, lower case: the outlet's own words, not the speaker's "I" and "she".</summary>
    private static IEnumerable<string> Narrated(SentenceAnalysis sentence, string[] lowers)
    {
        for (var t = 0; t < lowers.Length; t++)
            if (!Quoted(sentence.Quotations, sentence.Tokens[t].Start))
                yield return lowers[t];
    }

    /// <summary>The content-word stems the sentence quotes, negations included ("don't" is the speaker's).</summary>
    private static HashSet<string> QuotedWords(SentenceAnalysis sentence, string[] lowers)
    {
        if (sentence.Quotations.IsDefaultOrEmpty)
            return NoQuotedWords;
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < lowers.Length; t++)
        {
            if (!Quoted(sentence.Quotations, sentence.Tokens[t].Start))
                continue;
            var word = Tokenizer.BaseOf(lowers[t]);
            if (word.Length > 0 && !Lexicon.StopWords.Contains(word))
                quoted.Add(WordStemmer.Stem(word));
        }
        return quoted;
    }

    /// <summary>The quoted words of every sentence that quotes nothing, most of them: one set, never changed.</summary>
    private static readonly HashSet<string> NoQuotedWords = new(StringComparer.Ordinal);

    // A loop rather than Any with a lambda: the lambda would capture the token, an allocation per word.
    private static bool Quoted(ImmutableArray<Quotation> quotations, int at)
    {
        foreach (var q in quotations)
            if (q.Contains(at)) return true;
        return false;
    }

    /// <summary>True where a capital is no evidence of a name: the start of the sentence, or after an opening quote, a colon or a stop.</summary>
    private static bool OpensClause(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        while (i >= 0 && text[i] is '"' or '“' or '‘' or '\'' or '(' or '[' or '—' or '-')
        {
            i--;
            while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        }
        return i < 0 || text[i] is '.' or '!' or '?' or ':' or ';' or '…';
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
            if (char.IsDigit(c))
                return true;
        return false;
    }

    private static bool NextIs(string text, int index, char c) => index < text.Length && text[index] == c;

    /// <summary>The one spelling of "percent", "per cent" and "%".</summary>
    public const string Percent = "percent";

    private static readonly string[] Particles = ["out", "up", "down", "off", "over"];

    /// <summary>The particle ("out", "up", "down", "off", "over") right after <paramref name="index"/>, unless "of" follows it.</summary>
    private static string? ParticleAfter(string text, int index)
    {
        var rest = text.AsSpan(index).TrimStart();
        var end = 0;
        while (end < rest.Length && char.IsLetter(rest[end])) end++;
        if (end is < 2 or > 4)
            return null;
        foreach (var particle in Particles)
            if (rest[..end].Equals(particle, StringComparison.OrdinalIgnoreCase))
                return rest[end..].TrimStart().StartsWith("of ", StringComparison.OrdinalIgnoreCase) ? null : particle;
        return null;
    }

    /// <summary>True when the word before <paramref name="index"/> is <paramref name="word"/> (any case).</summary>
    private static bool PrecededBy(string text, int index, string word)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        return before.EndsWith(word, StringComparison.OrdinalIgnoreCase)
            && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)]));
    }
}
