namespace Digest.Tests.Text;

/// <summary>
/// Text written otherwise, for proving that a cheap pre-check (a cue) never spares the search of text the
/// search would match: the text as it is; with its first character replaced by every printable ASCII one and
/// by each of <c>beyond</c>, or with one of those written before it; and with each character that
/// <c>replaced</c> allows replaced in place by each of <c>inPlace</c>.
/// </summary>
internal static class CueVariants
{
    public static IEnumerable<string> Of(string text, string beyond, string inPlace, Func<char, bool> replaced)
    {
        yield return text;
        if (text.Length == 0)
            yield break;
        for (var c = ' '; c <= '~'; c++)
            yield return c + text[1..];
        foreach (var c in beyond)
        {
            yield return c + text[1..];
            yield return c + text;
        }
        for (var i = 0; i < text.Length; i++)
            if (replaced(text[i]))
                foreach (var c in inPlace)
                    yield return text[..i] + c + text[(i + 1)..];
    }
}
