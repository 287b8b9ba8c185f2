using System.Text;

namespace Digest.Core.Import;

internal static class PlainText
{
    /// <summary>Trims and collapses every run of white space (including non-breaking spaces) to one space.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
