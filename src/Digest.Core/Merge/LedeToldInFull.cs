namespace Digest.Core.Merge;

/// <summary>
/// A lede sums up the story's main event in a few words ("Every Senate Republican has signed a
/// letter vowing to block…"); another outlet may tell that event in full further down, in a long
/// sentence of its own ("In a letter signed by the 42 members of the Republican caucus, delivered
/// to…"). The two share too little of their content for any share to tell them apart from the
/// story's other sentences about the same people, so what they share is asked instead: the same
/// event (a verb with the same word beside it, in either order: "signed a letter" / "a letter
/// signed") done by or to the same people or bodies (two names in common), and no disagreement.
/// </summary>
internal static class LedeToldInFull
{
    /// <summary>Names the two must have in common besides the event: the who of it.</summary>
    public const int NamesShared = 2;

    /// <summary>True when <paramref name="later"/> tells the event that <paramref name="lede"/>, an outlet's opening, sums up.</summary>
    public static bool Tells(SentenceFeatures lede, SentenceFeatures later) =>
        !lede.IsEmpty && !later.IsEmpty
        && lede.Names.Count(n => !CalendarWords.IsFullMonthOrWeekday(n) && later.Names.Contains(n)) >= NamesShared
        && SharesEvent(lede, later)
        && !ParaphraseMatcher.Disagree(lede, later);

    /// <summary>An event verb of both with a word beside it in both (not a name, not another verb): what was done, and to what.</summary>
    private static bool SharesEvent(SentenceFeatures a, SentenceFeatures b)
    {
        foreach (var verb in a.Verbs)
        {
            if (!b.Verbs.Contains(verb))
                continue;
            foreach (var word in Beside(a, verb))
                if (!a.Names.Contains(word) && !a.Verbs.Contains(word) && !SpeechVerbs.Stems.Contains(word) && Beside(b, verb).Contains(word))
                    return true;
        }
        return false;
    }

    /// <summary>The content words just before and after each place <paramref name="verb"/> stands in <paramref name="s"/>.</summary>
    private static List<string> Beside(SentenceFeatures s, string verb)
    {
        var words = new List<string>();
        var c = s.Content;
        for (var i = 0; i < c.Length; i++)
            if (c[i] == verb)
            {
                if (i > 0) words.Add(c[i - 1]);
                if (i + 1 < c.Length) words.Add(c[i + 1]);
            }
        return words;
    }
}
