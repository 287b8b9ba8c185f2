using System.Globalization;
using System.Text;
using System.Xml;

namespace Digest.Core.Render.Feeds;

/// <summary>Date formats and XML hygiene shared by the XML writers.</summary>
internal static class FeedFormat
{
    /// <summary>RFC 822 (RFC 1123 spelling), as RSS 2.0 requires: "Fri, 01 Oct 2021 00:00:00 +0000".</summary>
    public static string Rfc822(DateOnly date) =>
        date.ToDateTime(TimeOnly.MinValue).ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    /// <summary>RFC 3339, as Atom and JSON Feed require: "2021-10-01T00:00:00Z".</summary>
    public static string Rfc3339(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    /// <summary>Drops characters XML 1.0 cannot carry (control characters, lone surrogates) so article text never breaks a feed.</summary>
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) sb.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) sb.Append(text, i++, 2);
        }
        return sb.ToString();
    }

    public static XmlWriter Writer(Stream stream) => XmlWriter.Create(stream, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        NewLineChars = "\n",
    });

    public static void Element(XmlWriter xml, string name, string value) => xml.WriteElementString(name, Clean(value));

    public static byte[] Bytes(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var xml = Writer(buffer))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
