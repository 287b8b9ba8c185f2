using System.Buffers;

namespace Digest.Core.Load;

/// <summary>
/// Finds the quotations of a paragraph, so that the sentence splitter does not cut one in two.
/// Double quotes (straight or typographic) always count; single quotes count only where they
/// cannot be an apostrophe ("didn't", "the Astros' parade", "'90s").
/// </summary>
internal static class QuoteMarks
{
    private enum Mark { Double, StraightSingle, CurlySingle }

    private static readonly SearchValues<char> Marks = SearchValues.Create("“„”\"‘’'");

    /// <summary>Whether <paramref name="text"/> has a quote mark (or an apostrophe) at all: without one, no quotation is open anywhere.</summary>
    public static bool AnyIn(string text) => text.AsSpan().ContainsAny(Marks);

    /// <summary>
    /// For each character, how many quotations are open right after it; null when the paragraph's
    /// quote marks do not balance (news omits the closing mark of a quote that runs on into the
    /// next paragraph), in which case quotations must not steer the splitting at all.
    /// </summary>
    public static int[]? DepthAfter(string text)
    {
        var depth = new int[text.Length];
        var open = new List<Mark>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '“' or '„':
                    open.Add(Mark.Double);
                    break;
                case '”':
                    if (!CloseDouble(open)) return null;
                    break;
                case '"':
                    if (OpensAt(text, i)) open.Add(Mark.Double);
                    else if (!CloseDouble(open)) return null;
                    break;
                case '‘':
                    if (!NextIsDigit(text, i)) open.Add(Mark.CurlySingle);
                    break;
                case '’':
                    if (!IsApostrophe(text, i) && open.Count > 0 && open[^1] == Mark.CurlySingle)
                        open.RemoveAt(open.Count - 1);
                    break;
                case '\'':
                    if (IsApostrophe(text, i) || NextIsDigit(text, i))
                        break;
                    if (OpensAt(text, i))
                        open.Add(Mark.StraightSingle);
                    else if (open.Count > 0 && open[^1] == Mark.StraightSingle)
                        open.RemoveAt(open.Count - 1);
                    break;
            }
            depth[i] = open.Count;
        }
        return open.Count == 0 ? depth : null;
    }

    /// <summary>Closes the innermost double quotation; single quotes still open inside it were apostrophes.</summary>
    private static bool CloseDouble(List<Mark> open)
    {
        var at = open.LastIndexOf(Mark.Double);
        if (at < 0)
            return false;
        open.RemoveRange(at, open.Count - at);
        return true;
    }

    /// <summary>A straight quote opens when it starts the text or follows white space or an opening mark.</summary>
    private static bool OpensAt(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '{' or '—' or '–' or '-' or '/' or '“' or '‘' or '"' or '\'')
        && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    /// <summary>Between two letters ("didn't", "Dauer's") a single quote is an apostrophe.</summary>
    private static bool IsApostrophe(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetter(text[i + 1]);

    private static bool NextIsDigit(string text, int i) => i + 1 < text.Length && char.IsDigit(text[i + 1]);
}
