using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Digest.Core.Merge;

/// <summary>
/// Reads who a quotation's own sentence says spoke it, as written: a name ("Jim Manley"), a pronoun
/// ("she") or a descriptor ("the singer"); <see cref="QuoteFinder"/> resolves it to a person. The
/// speech tag may follow the quotation ("…," Pittsburgh coach Mike Tomlin said; "…," said head
/// librarian Grace Adeyemi) or come before it in the sentence (Mr. Santorum did not back down,
/// saying, "…"; the ceremony, which she said would "…"). Names that only qualify the speaker ("a
/// spokesman for Mr. Reid", "AARP's policy chief", "his interview with Santorum") never speak.
/// </summary>
internal static partial class Attribution
{
    /// <summary>Who spoke, as written, and where the words stand in the stretch read.</summary>
    /// <param name="Direct">The words stand right at the verb ("the city council said"), not in an apposition or a clause.</param>
    public sealed record Speaker(string Who, int At, bool Direct);

    /// <summary>Verbs that introduce speech or writing, in the forms news prose uses them.</summary>
    private const string Verb = "(?:" + SpeechVerbs.TagAlternation + ")";

    [GeneratedRegex(@"\b" + Verb + @"\b")]
    private static partial Regex VerbPattern { get; }

    /// <summary>A speech verb right after the quotation: "…," said Smith; or its source: "…," according to Dr. Ann Lee.</summary>
    [GeneratedRegex(@"^[\s,.!?…—–-]*(?:(?:also\s+|later\s+|then\s+)?" + Verb + @"|according\s+to)\b")]
    private static partial Regex VerbFirst { get; }

    /// <summary>Who may speak: a pronoun, a descriptor with "the", or a run of capitalised words with an optional title.</summary>
    [GeneratedRegex(
        @"(?<pron>\b(?:[Hh]e|[Ss]he|[Tt]hey)\b)" +
        @"|(?<desc>\b[Tt]he\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?<dw>[a-z][\p{L}-]*)\b)" +
        @"|(?<name>\b(?:(?:" + NameLists.TitleAbbreviations + @")\s+)?[A-Z][\p{L}'’.-]*(?:\s+(?:[A-Z][\p{L}'’.-]*|(?:" + NameLists.ParticleAlternation + @")\b)){0,4})",
        RegexOptions.CultureInvariant)]
    private static partial Regex CandidatePattern { get; }

    private static Regex Candidate() => CandidatePattern;

    /// <summary>Words before a name that make it a complement, not the one who speaks ("a spokesman for Mr. Reid").</summary>
    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "with", "for", "of", "to", "at", "from", "by", "about", "against", "on", "in", "into", "toward", "towards",
        "over", "than", "like", "behind", "after", "before", "including", "between", "among", "under", "via",
        "whom", "unlike", "alongside", "beside", "besides", "near",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that may stand between a preposition and the name it governs: "with 21-year-old Tavon Hale", "of the Texans".</summary>
    [GeneratedRegex(@"^(?:the|a|an|his|her|their|its|our|former|late|then|fellow|\p{N}[\p{L}\p{N}-]*|[a-z]+-year-old)$")]
    private static partial Regex Modifier();

    /// <summary>True when a sentence's own words hold a speech verb ("an airline spokesman said"), naming a speaker or not.</summary>
    public static bool Tagged(string narration) => VerbPattern.IsMatch(narration);

    /// <summary>The speaker named by the words after a quotation up to the end of its sentence, or null when they name none.</summary>
    public static Speaker? After(string after)
    {
        var cut = after.IndexOfAny(['"', '“', '”']);
        if (cut >= 0) after = after[..cut];
        if (VerbFirst.Match(after) is { Success: true } v)
        {
            // "…," said head librarian Grace Adeyemi, who …: the head noun of the phrase up to the first comma.
            var rest = after[(v.Index + v.Length)..];
            var comma = rest.IndexOfAny([',', ';', '(', '—']);
            return Pick(rest[..(comma >= 0 ? comma : rest.Length)], subjectFirst: false);
        }
        var verb = VerbPattern.Match(after);
        // The subject stands just before the verb: "…," Jim Manley, a spokesman for Mr. Reid, said.
        if (!verb.Success || after[..verb.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 14) return null;
        var subject = after[..verb.Index];
        if (subject.TrimStart(' ', ',', '.', '!', '?', '…', '—', '–', '-').Length == 0) return null;
        return Pick(subject, subjectFirst: true);
    }

    /// <summary>
    /// The speaker named before a quotation in its sentence: the subject of the last speech verb
    /// ("Mr. Rand said his group would …"), or the pronoun or name the verb introduces; null when the
    /// stretch has no speech verb.
    /// </summary>
    public static Speaker? Before(string before)
    {
        // "The Harbour Tenants Union, the city's largest renters' group, has released the following statement: '…'":
        // the subject of the verb that issues it speaks, whatever the text says of the statement on the way.
        // "… released the following statement from its chief executive, Ann Lee: '…'": the author named after it.
        if (FollowingDocument().Match(before) is { Success: true } issued)
        {
            if (issued.Groups["by"].Success) return new Speaker(issued.Groups["by"].Value, issued.Groups["by"].Index, Direct: true);
            if (Pick(WithoutRelativeClauses(before[..issued.Index]), subjectFirst: true) is { } issuer) return issuer with { Direct = true };
        }
        // "A coalition … has railed against cuts, recently releasing a report claiming '…'": the one who released it.
        if (DocumentSaying().Match(before) is { Success: true } released
            && Pick(WithoutRelativeClauses(before[..released.Index]), subjectFirst: true) is { } releaser)
            return releaser with { Direct = true };
        var verbs = VerbPattern.Matches(before);
        if (verbs.Count == 0) return null;
        var verb = verbs[^1];
        // "Ana was told to expect the worst, as he was 'almost gone'": the subject of a passive is the one told, not the speaker.
        if (Passive().IsMatch(before[..verb.Index])) return null;
        // "a letter signed by all 42 Senate Republicans, which stated, …": the document speaks for its author.
        if (DocumentWhich().Match(before[..verb.Index]) is { Success: true } document)
            return new Speaker(document.Groups["by"].Value, document.Groups["by"].Index, Direct: true);
        // "… in which he said: …", "… told reporters that she …": the subject before the verb.
        return Pick(WithoutRelativeClauses(before[..verb.Index]), subjectFirst: true);
    }

    /// <summary>A verb that issues a document the quotation then gives: "has released the following statement".</summary>
    [GeneratedRegex(@"\b(?:released|issued|published|sent|put\s+out)\s+the\s+following\s+(?:" + DocumentsSoFar.Nouns + @")\b(?:" + DocumentsSoFar.Author + ")?")]
    private static partial Regex FollowingDocument();

    /// <summary>A document released with its words right after it: "releasing a report claiming", "issued a statement saying".</summary>
    [GeneratedRegex(@"\b(?:released|issued|published|releasing|issuing|publishing)\s+an?\s+(?:new\s+|recent\s+)?(?:" + DocumentsSoFar.Nouns + @")\s+(?:claiming|saying|stating|arguing|warning)\W*$")]
    private static partial Regex DocumentSaying();

    /// <summary>A document and its author, then "which" or "that" as the subject of the speech verb that follows.</summary>
    [GeneratedRegex(@"\b(?:" + DocumentsSoFar.Nouns + ")" + DocumentsSoFar.Author + @",?\s+(?:which|that)\s+(?:\p{Ll}+ly\s+)?$")]
    private static partial Regex DocumentWhich();

    [GeneratedRegex(@"\b(?:was|were|is|are|been|being|be|get|gets|got)\s+(?:\p{Ll}+ly\s+)?$")]
    private static partial Regex Passive();

    /// <summary>", who on Thursday unveiled her plan," says something of the subject; it is not the subject.</summary>
    [GeneratedRegex(@",\s+(?:who|which|whose|whom)\b[^,]*,")]
    private static partial Regex RelativeClause();

    private static string WithoutRelativeClauses(string text) =>
        RelativeClause().Replace(text, m => new string(' ', m.Length));

    /// <summary>
    /// The one who speaks among the candidates of a stretch, nearest the verb first: complements
    /// (after a preposition), possessives and dates are passed over; the first other candidate wins.
    /// </summary>
    private static Speaker? Pick(string stretch, bool subjectFirst)
    {
        var candidates = Candidate().Matches(stretch).Cast<Match>().Reverse();
        if (!subjectFirst) candidates = candidates.Reverse();
        // "The airline claimed": a common noun as the verb's own subject, taken only when no one else is named.
        Speaker? common = null;
        foreach (var c in candidates)
        {
            var value = c.Value.TrimEnd('.', '-', '’', '\'');
            var at = c.Index;
            // "ABC's Sen. Ann Ortiz said": the possessor qualifies the name after it, and that name speaks.
            var owner = c.Groups["name"].Success ? Possessor().Match(value) : Match.Empty;
            if (owner.Success && owner.Index + owner.Length < value.Length)
            {
                at += owner.Index + owner.Length;
                value = value[(owner.Index + owner.Length)..];
            }
            // The subject sits right before the verb ("the Harbour Authority said"), or the phrase after it opens with it.
            var direct = subjectFirst ? Adjacent().IsMatch(stretch[(c.Index + c.Length)..]) : stretch[..at].Trim().Length == 0;
            if (c.Groups["pron"].Success)
            {
                if (subjectFirst) return new Speaker(value, c.Index, direct);
                continue;
            }
            // "shortly after Santorum told", "wrong with Dauer, who told": right before the verb, a name is its subject.
            if (!(subjectFirst && direct) && Complement(stretch, at)) continue;
            // "analyst Greg Tamura of Northfield Securities said": the name after "of" only places the one named before it.
            if (c.Groups["name"].Success && QualifiesNameBefore(stretch, at)) continue;
            if (c.Groups["desc"].Success)
            {
                if (NameLists.Descriptors.Contains(c.Groups["dw"].Value.ToLowerInvariant())) return new Speaker(value, at, direct);
                var next = c.Index + c.Length;
                if (direct && !(next < stretch.Length && stretch[next] is '\'' or '’')) common ??= new Speaker(value, at, direct);
                continue;
            }
            var end = c.Index + c.Length;
            if (end < stretch.Length && stretch[end] is '\'' or '’') continue; // "AARP's policy chief"
            if (value.EndsWith("'s", StringComparison.Ordinal) || value.EndsWith("’s", StringComparison.Ordinal)) continue;
            var words = value.Split(' ');
            if (words.All(w => CalendarWords.IsMonthOrWeekday(w.ToLowerInvariant().TrimEnd('.'))
                               || Lexicon.StopWords.Contains(w.ToLowerInvariant()))) continue;
            if (PartyAndState().IsMatch(value)) continue; // "Sen. Ann Ortiz, D-Ore., said"
            return new Speaker(value, at, direct);
        }
        return common;
    }

    [GeneratedRegex(@"^(?:\s*(?:,\s*who|also|later|then|previously|recently|once|\p{Ll}+ly)\b)*\s*$")]
    private static partial Regex Adjacent();

    /// <summary>The last possessive inside a run of names and the space after it: "ABC's " of "ABC's Sen. Ann Ortiz".</summary>
    [GeneratedRegex(@"^.*['’]s\s+")]
    private static partial Regex Possessor();

    [GeneratedRegex(@"^[A-Z]-[A-Z]")]
    private static partial Regex PartyAndState();

    /// <summary>Prepositions by which a name says where the name before it works: "Ann Lee of Harbor Bank", "Tom Ruiz at City Hall".</summary>
    private static readonly FrozenSet<string> Affiliations = new[] { "of", "at", "from", "with" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when a candidate hangs on a name just before it by a preposition ("Greg Tamura of Northfield
    /// Securities", "Rep. Ann Ortiz of the Texas delegation"): the earlier name is the one the phrase is about.
    /// </summary>
    private static bool QualifiesNameBefore(string stretch, int index)
    {
        var before = stretch[..index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = before.Length - 1; i >= 1 && i >= before.Length - 3; i--)
        {
            var w = before[i];
            if (Affiliations.Contains(w)) return before[i - 1] is [var first, ..] && char.IsUpper(first) && char.IsLetter(before[i - 1][^1]);
            if (!Modifier().IsMatch(w)) return false;
        }
        return false;
    }

    /// <summary>True when the words just before a candidate make it a complement: a preposition, perhaps with modifiers between.</summary>
    private static bool Complement(string stretch, int index)
    {
        var before = stretch[..index].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        for (var i = before.Length - 1; i >= 0 && i >= before.Length - 3; i--)
        {
            var w = before[i];
            if (Prepositions.Contains(w)) return true;
            if (!Modifier().IsMatch(w)) return false;
        }
        return false;
    }
}
