using System.Globalization;
using System.Text.RegularExpressions;

namespace Digest.Core.Merge.Facts;

/// <summary>What the words around a name say about it: an age, a relation, speech.</summary>
/// <param name="Age">"Luna, 5," or "35-year-old Tavon": the age the text gives right at the name.</param>
/// <param name="Relation">"her mother Vilailuck", "husband, John Legend", "Jack, their son": the relation, normalised.</param>
/// <param name="PluralRelation">The relation word was plural ("children"): the names listed after it share it.</param>
/// <param name="Speaks">"X said", "said X", "X told": the run is someone speaking.</param>
/// <param name="Role">"spokesman Joshua Freed", "singer Rihanna": a role word right before the name, or one in apposition after it ("Max Dunn, a spokesman for …").</param>
/// <param name="Subject">The speech verb follows the name ("Ruiz told"): the name is its subject, not the one spoken to ("warning Ruiz").</param>
/// <param name="Describes">A lower-case role and a name follow ("Former Eastfield coach Rita Salas"): the run describes the person named after it.</param>
internal sealed partial record PersonCues(int? Age, string? Relation, bool PluralRelation, bool Speaks, bool Role = false, bool Subject = false, bool Describes = false)
{
    public static PersonCues None { get; } = new(null, null, false, false);

    /// <summary>A role right before the name ("singer Rihanna"), or roles listed by example ("stars like Ann Lee", "players such as").</summary>
    [GeneratedRegex(@"\b(?:(?:" + NameLists.RoleWords + @")\s*,?|(?i:(?:" + NameLists.RoleWords + @")s\s+(?:like|such\s+as|including)))\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleBefore { get; }

    /// <summary>A role in apposition: "Mark Dunn, a spokesman for …", "Ann Lee, executive vice president of …".</summary>
    [GeneratedRegex(@"^,\s+(?:(?:a|an|the|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:" + NameLists.RoleWords + @")\s+(?:of|for|at|to|with)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RoleAfter { get; }

    /// <summary>
    /// "Former Eastfield coach Rita Salas", "Retired Brookvale head teacher Omar Haddad": a run followed straight
    /// (no possessive, no comma) by a role in lower case and another name is that role's modifier, a place, team or
    /// employer, not the person. A possessive ("Lee's coach Tom Hill") names a person and is not matched.
    /// </summary>
    [GeneratedRegex(@"^\s+(?:\p{Ll}+\s+)?(?:" + NameLists.RoleWords + @")\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex DescribesRole { get; }

    private const string RelationWords = NameLists.RelationAlternation;

    // "Name (7)" is left out: in sports copy it is a jersey number.
    [GeneratedRegex(@"^,\s*(?<n>\d{1,3})(?=\s*(?:,|\.|;|\)|$|\s+and\b|\s+or\b))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AgeAfter { get; }
    [GeneratedRegex(@"\b(?<n>\d{1,3})-year-old\s+(?:(?<r>" + RelationWords + @")\s*,?\s+)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AgeBefore { get; }
    [GeneratedRegex(@"\b(?<r>" + RelationWords + @")\s*,?\s+$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RelationBefore { get; }
    /// <summary>
    /// "Jack Hale, their son, …": a relation in apposition after the name. Not when the relation goes on to a
    /// name of its own ("at his home in New Orleans, his daughter, Ann Roe, said": the daughter is Ann Roe)
    /// or straight to a speech verb ("died in Santa Rosa, her son said": the son speaks, a new clause).
    /// </summary>
    [GeneratedRegex(@"^\s*,\s*(?:her|his|their|the)\s+(?:late\s+|(?:\d{1,3}-year-old\s+))?(?<r>" + RelationWords + @")\b(?!\s*,?\s*\p{Lu}\p{Ll})(?!\s+(?:" + SpeechVerbs.TagAlternation + @")\b)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RelationAfter { get; }
    [GeneratedRegex(@"^(?:'s?)?\s*(?:,[^,]{1,60},\s*)?(?:" + SpeechVerbs.TagAlternation + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechAfter { get; }
    [GeneratedRegex(@"\b(?:" + SpeechVerbs.TagAlternation + @"|according to)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechBefore { get; }

    /// <summary>Reads the cues around <paramref name="run"/> in <paramref name="text"/> (quoted speech already blanked).</summary>
    public static PersonCues Read(string text, NameRun run)
    {
        // The text after the name is read in place: a regex given a range of the text (start, length) reads it as the whole text.
        // So is the text before it, as a span, with a string made only for a pattern that matches and whose groups are read.
        var before = text.AsSpan(0, run.Start);
        var after = text.AsSpan(run.End);
        int? age = null;
        string? relation = null;
        var plural = false;

        if (AgeAfter.Match(text, run.End, after.Length) is { Success: true } a) age = Number(a.Groups["n"].Value);
        // An age before the name is "-year-old"; most text before a name has none and is not searched.
        if (before.Contains("-year-old", StringComparison.Ordinal) && AgeBefore.Match(text[..run.Start]) is { Success: true } b)
        {
            age ??= Number(b.Groups["n"].Value);
            if (b.Groups["r"].Success) (relation, plural) = RelationOf(b.Groups["r"].Value);
        }
        if (relation is null && RelationBefore.IsMatch(before, Reach(before, RelationBeforeWords))
            && RelationBefore.Match(text[..run.Start], Reach(before, RelationBeforeWords)) is { Success: true } rb)
            (relation, plural) = RelationOf(rb.Groups["r"].Value);
        if (relation is null && RelationAfter.Match(text, run.End, after.Length) is { Success: true } ra) (relation, plural) = RelationOf(ra.Groups["r"].Value);
        if (age is < 0 or > 120) age = null;
        var subject = SpeechAfter.IsMatch(after);
        var speaks = subject || SpeechBefore.IsMatch(before, Reach(before, SpeechBeforeWords));
        return new PersonCues(age, relation, plural, speaks, RoleBefore.IsMatch(before, Reach(before, RoleBeforeWords)) || RoleAfter.IsMatch(after), subject,
            DescribesRole.IsMatch(after));
    }

    // The patterns read before a name end where it starts ($), and span a few words: the words of one entry of their
    // alternation, and a comma or the words around it ("stars such as"). A match spans no more stretches of non-space
    // than that, so it starts no earlier than that many stretches back from the name; the search starts there, not at
    // the start of the sentence (every name of every sentence is read this way). Lookbehinds and \b still see the text before.
    private static readonly int RoleBeforeWords = MostWords(NameLists.RoleWords, 2);
    private static readonly int SpeechBeforeWords = Math.Max(MostWords(SpeechVerbs.TagAlternation, 0), 2); // "according to"
    private static readonly int RelationBeforeWords = MostWords(RelationWords, 1);

    /// <summary>The most words an entry of <paramref name="alternation"/> has, and <paramref name="around"/>; no bound for an entry with regex syntax.</summary>
    private static int MostWords(string alternation, int around) =>
        alternation.Contains('\\') ? int.MaxValue : alternation.Split('|').Max(w => w.Split(' ').Length) + around;

    /// <summary>Where the last <paramref name="words"/> stretches of non-space of <paramref name="text"/> start (0 if it has fewer).</summary>
    internal static int Reach(ReadOnlySpan<char> text, int words)
    {
        var i = text.Length;
        for (var k = 0; k < words && i > 0; k++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        }
        return i;
    }

    private static (string?, bool) RelationOf(string word) =>
        (NameLists.Relations.GetValueOrDefault(word), NameLists.PluralRelations.Contains(word));

    private static int Number(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(?:,\s*\d{1,3}\s*)?,?\s*(?:and\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ListGap { get; }

    /// <summary>The text between two names is only a list separator ("Luna, 5, and Miles"): the second shares the first's plural relation.</summary>
    public static bool IsListGap(string gap) => ListGap.IsMatch(gap);
}
