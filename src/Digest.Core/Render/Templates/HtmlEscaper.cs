using System.Buffers;
using System.Text;

namespace Digest.Core.Render.Templates;

/// <summary>
/// The escaping of every value a template writes: <c>&amp; &lt; &gt; " ' ` =</c> become entities, so a
/// value is safe as element text and inside a quoted or unquoted attribute. Other characters stay.
/// </summary>
internal static class HtmlEscaper
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'`=");

    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
            return text;
        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#x27;"); break;
                case '`': builder.Append("&#x60;"); break;
                case '=': builder.Append("&#x3D;"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
