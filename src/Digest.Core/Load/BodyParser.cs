using System.Collections.Immutable;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Digest.Core.Load;

/// <summary>
/// Turns a Markdown body into paragraphs of plain text. Inline markup (emphasis, links, code)
/// is reduced to its text, because the merge compares and quotes what readers read.
/// </summary>
internal static class BodyParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <param name="firstLine">1-based file line on which <paramref name="body"/> starts.</param>
    public static ImmutableArray<Paragraph> Parse(string body, int firstLine) =>
        [.. ParagraphTexts(body, firstLine)
            .Select(p => new Paragraph(p.Line, [.. SentenceSplitter.Split(p.Text).Select(s => new Sentence(s, p.Line))]))
            .Where(p => p.Sentences.Length > 0)];

    /// <summary>
    /// The text of each paragraph and heading, white space collapsed to single spaces, with the
    /// file line it starts on: what <see cref="SentenceSplitter"/> cuts into sentences.
    /// </summary>
    public static IEnumerable<(int Line, string Text)> ParagraphTexts(string body, int firstLine)
    {
        var document = Markdown.Parse(body, Pipeline);
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is not (ParagraphBlock or HeadingBlock) || leaf.Inline is null)
                continue;
            var text = Normalise(InlineText(leaf.Inline));
            if (text.Length > 0)
                yield return (firstLine + leaf.Line, text);
        }
    }

    private static string InlineText(ContainerInline container)
    {
        var sb = new StringBuilder();
        Append(container, sb);
        return sb.ToString();
    }

    private static void Append(Inline inline, StringBuilder sb)
    {
        switch (inline)
        {
            case LiteralInline literal: sb.Append(literal.Content.AsSpan()); break;
            case CodeInline code: sb.Append(code.Content); break;
            case LineBreakInline: sb.Append(' '); break;
            case AutolinkInline autolink: sb.Append(autolink.Url); break;
            case HtmlEntityInline entity: sb.Append(entity.Transcoded.AsSpan()); break;
            case HtmlInline: break; // raw HTML tags are untrusted markup, not text
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    Append(child, sb);
                break;
        }
    }

    /// <summary>No white space but single spaces between other characters: <see cref="Normalise"/> would return the same text.</summary>
    private static bool IsNormal(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' '))
                return false;
        return true;
    }

    /// <summary>Collapses runs of white space; text is otherwise kept exactly.</summary>
    internal static string Normalise(string text)
    {
        // Most paragraphs are single-spaced already: kept as they are, not copied.
        if (IsNormal(text))
            return text;
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
