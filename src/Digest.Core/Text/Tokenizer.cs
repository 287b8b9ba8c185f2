namespace Digest.Core.Text;

/// <summary>A word or a number of a text, as written, and where it stands.</summary>
internal readonly record struct Token(string Text, int Start)
{
    public int End => Start + Text.Length;

    public bool IsNumber => char.IsDigit(Text[0]);

    public bool IsCapitalised => char.IsUpper(Text[0]);

    /// <summary>Lower case with typographic apostrophes folded (<see cref="Tokenizer.Fold"/>).</summary>
    public string Lower => Tokenizer.Fold(Text);
}

/// <summary>
/// The one tokenizer of the pipeline: grouping, comparing sentences, quotations and facts all read
/// words through it, so that "didn’t", "1,000" or "Teigen's" is one word everywhere. A word is
/// letters with apostrophes inside ("didn't", "O'Brien", "Teigen's"); a number is digits with
/// separators inside ("1,000", "5.10"). Everything else (spaces, punctuation, hyphens) separates
/// tokens; <see cref="Compounds"/> joins hyphenated words back where a stage reads them as one.
/// </summary>
internal static class Tokenizer
{
    /// <summary>
    /// The words and numbers of <paramref name="text"/>, in order: the leftmost-longest matches of
    /// <c>\d+(?:[.,]\d+)*|\p{L}+(?:['’]\p{L}+)*</c>, read by hand because every sentence is read
    /// this way several times and a regular expression allocates a match object per word.
    /// </summary>
    public static IEnumerable<Token> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var digits = char.IsDigit(text[i]);
            if (digits || char.IsLetter(text[i]))
            {
                var end = Run(text, i, digits);
                yield return new Token(text[i..end], i);
                i = end;
            }
            else
                i++;
        }
    }

    /// <summary>The end of a number (digits joined by single "." or ",") or a word (letters joined by single
    /// apostrophes) that starts at <paramref name="start"/>.</summary>
    private static int Run(string text, int start, bool digits)
    {
        var end = start;
        while (true)
        {
            while (end < text.Length && IsPart(text[end], digits))
                end++;
            if (end + 1 < text.Length && IsJoiner(text[end], digits) && IsPart(text[end + 1], digits))
                end++;
            else
                return end;
        }
    }

    private static bool IsPart(char c, bool digits) => digits ? char.IsDigit(c) : char.IsLetter(c);

    private static bool IsJoiner(char c, bool digits) => digits ? c is '.' or ',' : c is '\'' or '’';

    /// <summary>
    /// Tokens joined by a hyphen with nothing else between ("35-year-old", "Jean-Luc") as one token;
    /// the others as they are.
    /// </summary>
    public static IEnumerable<Token> Compounds(string text) => Compounds(text, Tokens(text));

    /// <summary><see cref="Compounds(string)"/> from the text's <see cref="Tokens"/> already read, so a sentence is not read twice.</summary>
    public static IEnumerable<Token> Compounds(string text, IEnumerable<Token> tokens)
    {
        Token? open = null;
        foreach (var token in tokens)
        {
            if (open is { } o && token.Start == o.End + 1 && text[o.End] == '-')
            {
                open = new Token(text[o.Start..token.End], o.Start);
                continue;
            }
            if (open is { } done) yield return done;
            open = token;
        }
        if (open is { } last) yield return last;
    }

    /// <summary>Lower case with typographic apostrophes folded, so "Didn’t" is "didn't".</summary>
    public static string Fold(string word) => word.Replace('’', '\'').ToLowerInvariant();

    /// <summary>A folded word without its possessive or contraction ending: "et's" is "et", "we've" is "we".</summary>
    public static string BaseOf(string lower)
    {
        var apostrophe = lower.IndexOf('\'');
        return apostrophe < 0 ? lower : lower[..apostrophe];
    }
}
