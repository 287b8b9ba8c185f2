using Digest.Core.Render;

namespace Digest.Tests.Group;

public class EditorNoteTests
{
    [Theory]
    [InlineData("**Updated** on 3 May.", "<p><strong>Updated</strong> on 3 May.</p>")]
    [InlineData("<b onclick=\"x()\">hi</b>", "<p>&lt;b onclick=&quot;x()&quot;&gt;hi&lt;/b&gt;</p>")]
    [InlineData("[a](javascript:alert(1)) <javascript:alert(2)>", "<p>a javascript:alert(2)</p>")]
    [InlineData("[a](//evil.example/x) [b](../other/)", "<p>a <a href=\"../other/\">b</a></p>")]
    [InlineData("![photo](https://example.org/p.jpg)", "<p><a href=\"https://example.org/p.jpg\">photo</a></p>")]
    [InlineData("<https://example.org>", "<p><a href=\"https://example.org\">https://example.org</a></p>")]
    public void Note_is_markdown_without_raw_html_unsafe_links_or_remote_images(string markdown, string html) =>
        Assert.Equal(html, EditorNoteRenderer.ToHtml(markdown));
}
