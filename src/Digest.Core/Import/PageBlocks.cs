using System.Text;
using AngleSharp.Dom;
using Digest.Core.Load;

namespace Digest.Core.Import;

/// <summary>
/// The blocks of text of a page in reading order, whatever element holds them: a <c>p</c>, a
/// heading, a list item, or a <c>div</c> that holds one paragraph on its own (as broadcasters'
/// pages do), and text standing between blocks. Inline markup (links, emphasis, spans) is part of
/// its block's text.
/// </summary>
internal static class PageBlocks
{
    /// <summary>A block's text, white space collapsed, and the element that holds it.</summary>
    public sealed record Block(IElement Owner, string Text);

    /// <summary>Elements that start a new block of text.</summary>
    private static readonly HashSet<string> BlockNames = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "body", "html",
    };

    /// <summary>Elements whose text is a paragraph whatever it looks like.</summary>
    private static readonly HashSet<string> TextBlockNames = new(StringComparer.Ordinal)
    {
        "p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd",
    };

    /// <summary>Loose text (in a div, between blocks) this long is a paragraph even without a sentence's end.</summary>
    private const int ProseLength = 80;

    public static List<Block> Of(IElement? root)
    {
        var blocks = new List<Block>();
        if (root is not null)
            Walk(root, blocks);
        return blocks;
    }

    /// <summary>
    /// The element that holds most of the page's text: each paragraph counts fully for the
    /// element around it, half for that one's parent and a third for the next, so a body that
    /// wraps every paragraph in its own div (or two) still wins over any one wrapper.
    /// </summary>
    public static IElement? Densest(IElement? root)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var block in Of(root))
        {
            // A paragraph element's text belongs to the element around it; loose text between
            // blocks belongs to the element that holds it.
            var element = HoldsBlocks(block.Owner) ? block.Owner : block.Owner.ParentElement;
            for (var level = 1; level <= 3 && element is not null; level++, element = element.ParentElement)
                scores[element] = scores.GetValueOrDefault(element) + (double)block.Text.Length / level;
        }
        return scores.Count == 0 ? null : scores.MaxBy(s => s.Value).Key;
    }

    private static void Walk(IElement element, List<Block> blocks)
    {
        var text = new StringBuilder();
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement { LocalName: "br" } when NextElementIsBr(child):
                    Flush(element, text, blocks); // <br><br>: a paragraph break in a block of loose text
                    break;
                case IElement { LocalName: "br" }:
                    text.Append(' ');
                    break;
                case IElement e when BlockNames.Contains(e.LocalName) || HoldsBlocks(e):
                    Flush(element, text, blocks);
                    Walk(e, blocks);
                    break;
                case IElement e:
                    text.Append(e.TextContent);
                    break;
            }
        }
        Flush(element, text, blocks);
    }

    private static void Flush(IElement owner, StringBuilder text, List<Block> blocks)
    {
        var paragraph = BodyParser.Normalise(text.ToString());
        text.Clear();
        if (paragraph.Length > 0 && (TextBlockNames.Contains(owner.LocalName) || LooksLikeProse(paragraph)))
            blocks.Add(new Block(owner, paragraph));
    }

    /// <summary>Loose text is a paragraph if it ends a sentence or is long: a date or a site name in a div is not.</summary>
    private static bool LooksLikeProse(string text) =>
        text.Length >= ProseLength || text.TrimEnd('"', '\'', '”', '’', ')') is { Length: > 0 } end && end[^1] is '.' or '!' or '?' or '…';

    private static bool HoldsBlocks(IElement element) => element.Descendants<IElement>().Any(d => BlockNames.Contains(d.LocalName));

    private static bool NextElementIsBr(INode br)
    {
        for (var next = br.NextSibling; next is not null; next = next.NextSibling)
        {
            if (next is IText t && string.IsNullOrWhiteSpace(t.Data))
                continue;
            return next is IElement { LocalName: "br" };
        }
        return false;
    }
}
