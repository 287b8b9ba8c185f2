namespace Digest.Core.Text;

/// <summary>
/// Where a fact happened, as news tells it: a name right after "in" ("was shot in Springfield", "in New
/// York City"), unless a word of its own follows the name, which it then describes ("in American politics",
/// "in Republican circles"). Two tellings of one kind of incident in two such places are two incidents.
/// </summary>
internal static class PlaceNames
{
    /// <summary>True when the word right before <paramref name="start"/> (a name's first letter) is "in".</summary>
    public static bool AfterIn(string text, int start)
    {
        var before = text.AsSpan(0, start);
        if (before.Length < 3 || before[^1] != ' ') return false;
        before = before[..^1];
        return before.EndsWith("in", StringComparison.OrdinalIgnoreCase) && (before.Length == 2 || !char.IsLetter(before[^3]));
    }

    /// <summary>True when a lower-case content word follows the name ending at <paramref name="end"/>: the name describes it.</summary>
    public static bool Describes(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsLower(text[end + 1])) return false;
        var stop = end + 1;
        while (stop < text.Length && (char.IsLetter(text[stop]) || text[stop] is '\'' or '’' or '-')) stop++;
        return !Lexicon.StopWords.Contains(Tokenizer.Fold(text[(end + 1)..stop]));
    }
}
