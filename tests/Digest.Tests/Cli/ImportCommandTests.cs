using Digest.Cli;
using Digest.Core.Load;
using Digest.Tests.Support;

namespace Digest.Tests.Cli;

public class ImportCommandTests
{
    private const string Page = """
        <!DOCTYPE html><html><head>
        <meta property="og:title" content="Dunes Reopen After Nesting Season">
        <meta property="og:site_name" content="Shoreline Daily">
        <link rel="canonical" href="https://shoreline.example/dunes">
        <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-09-01T06:00:00Z"}</script>
        </head><body><nav><a href="/">Home</a></nav>
        <article><h1>Dunes Reopen After Nesting Season</h1>
        <p>The dunes opened to walkers again on Friday.</p><div class="ad"><p>Advertisement</p></div>
        <p>Rangers counted forty nests this year.</p></article>
        <footer><p>Contact us</p></footer></body></html>
        """;

    [Fact]
    public void Imports_a_saved_page_and_a_text_file_into_a_site_that_builds()
    {
        using var site = new Paths.TempFolder();
        var page = site.Write("inbox/dunes.html", Page);
        var text = site.Write("inbox/dunes.txt", "date 2023-09-02\nDunes Open Again\n\nThe dunes opened to walkers again on Friday.\n\nDogs stay on leads.\n");

        var (exit, output, error) = Cli.Run("import", page, "--source", site.Path, "--story", "dunes");
        Assert.Equal((DigestCommand.Ok, ""), (exit, error));
        Assert.Contains("content/dunes/shoreline-daily.md", output);
        Assert.Equal(DigestCommand.Ok, Cli.Run("import", text, "--source", site.Path, "--story", "dunes", "--outlet", "Bay FM").Exit);

        var (article, _) = ContentLoader.LoadFile(site.Path, "content/dunes/shoreline-daily.md");
        Assert.Equal("Shoreline Daily", article!.Outlet);
        Assert.Equal(new DateOnly(2023, 9, 1), article.Date);
        Assert.Equal("https://shoreline.example/dunes", article.Url);
        Assert.Equal(["The dunes opened to walkers again on Friday.", "Rangers counted forty nests this year."], article.Sentences.Select(s => s.Text));

        var build = Cli.Run("build", "--source", site.Path);
        Assert.Equal(DigestCommand.Ok, build.Exit);
        Assert.StartsWith("Built 1 story from 2 articles", build.Out);
    }

    [Fact]
    public void Never_overwrites_without_force()
    {
        using var site = new Paths.TempFolder();
        var page = site.Write("inbox/dunes.html", Page);
        var target = site.Write("content/dunes/shoreline-daily.md", "hand-edited\n");

        var (exit, output, _) = Cli.Run("import", page, "--source", site.Path, "--story", "dunes");
        Assert.Equal(DigestCommand.Ok, exit);
        Assert.Contains("content/dunes/shoreline-daily-2.md", output);
        Assert.Equal("hand-edited\n", File.ReadAllText(target));

        Assert.Equal(DigestCommand.Ok, Cli.Run("import", page, "--source", site.Path, "--story", "dunes", "--force").Exit);
        Assert.Contains("Dunes Reopen After Nesting Season", File.ReadAllText(target));
    }

    [Fact]
    public void Importing_the_same_page_again_asks_for_force_and_a_second_article_of_the_outlet_gets_its_own_file()
    {
        using var site = new Paths.TempFolder();
        var first = site.Write("inbox/dunes.html", Page);
        var second = site.Write("inbox/dunes-later.html", Page
            .Replace("https://shoreline.example/dunes", "https://shoreline.example/dunes-day-two")
            .Replace("Rangers counted forty nests this year.", "Rangers closed one path again on Saturday."));
        Assert.Equal(DigestCommand.Ok, Cli.Run("import", first, "--source", site.Path, "--story", "dunes").Exit);

        var again = Cli.Run("import", first, "--source", site.Path, "--story", "dunes");
        Assert.Equal(DigestCommand.Crash, again.Exit);
        Assert.Contains("already imported as content/dunes/shoreline-daily.md", again.Error);

        var (exit, output, error) = Cli.Run("import", second, "--source", site.Path, "--story", "dunes");
        Assert.Equal((DigestCommand.Ok, ""), (exit, error));
        Assert.Contains("content/dunes/shoreline-daily-2.md", output);
        Assert.Contains("forty nests", File.ReadAllText(Path.Combine(site.Path, "content/dunes/shoreline-daily.md")));
        Assert.Contains("closed one path", File.ReadAllText(Path.Combine(site.Path, "content/dunes/shoreline-daily-2.md")));
    }

    [Theory]
    [InlineData("photo.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PNG image")]
    [InlineData("scan.jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46 }, "JPEG image")]
    [InlineData("story.html", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "PDF document")]
    [InlineData("notes.txt", new byte[] { 0x54, 0x69, 0x74, 0x6C, 0x65, 0, 0, 1, 2 }, "binary file")]
    public void Images_and_binary_files_are_refused_and_nothing_is_written(string name, byte[] bytes, string said)
    {
        using var site = new Paths.TempFolder();
        var file = Path.Combine(site.Path, "inbox", name);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, bytes);

        var (exit, _, error) = Cli.Run("import", file, "--source", site.Path, "--story", "dunes", "--outlet", "Bay FM");

        Assert.Equal(DigestCommand.ContentErrors, exit);
        Assert.Contains(said, error);
        Assert.False(Directory.Exists(Path.Combine(site.Path, "content")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("iso-8859-1")]
    [InlineData("windows-1252")]
    public void A_latin1_or_windows_1252_page_is_read_in_its_encoding(string? declared)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var site = new Paths.TempFolder();
        var html = Page.Replace("Rangers counted forty nests this year.", "The caf\u00e9 by the \u201cold pier\u201d reopened.");
        if (declared is not null)
            html = html.Replace("<head>", $"<head><meta charset=\"{declared}\">");
        var file = Path.Combine(site.Path, "inbox", "dunes.html");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        // Latin-1 has no curly quotes: its page says "old pier" with straight ones.
        var encoding = declared == "iso-8859-1" ? System.Text.Encoding.Latin1 : System.Text.Encoding.GetEncoding(1252);
        if (declared == "iso-8859-1")
            html = html.Replace("\u201c", "\"").Replace("\u201d", "\"");
        File.WriteAllBytes(file, encoding.GetBytes(html));

        var (exit, _, error) = Cli.Run("import", file, "--source", site.Path, "--story", "dunes");

        Assert.Equal((DigestCommand.Ok, ""), (exit, error));
        var written = File.ReadAllText(Path.Combine(site.Path, "content/dunes/shoreline-daily.md"));
        Assert.Contains("The caf\u00e9 by the", written);
        Assert.DoesNotContain("\uFFFD", written);
        if (declared != "iso-8859-1")
            Assert.Contains("\u201cold pier\u201d", written);
    }

    [Fact]
    public void Plain_text_without_an_outlet_is_refused_and_other_files_still_import()
    {
        using var site = new Paths.TempFolder();
        var text = site.Write("inbox/a.txt", "Dunes Open Again\n\nThe dunes opened.\n");
        var page = site.Write("inbox/b.html", Page);

        var (exit, _, error) = Cli.Run("import", text, page, "--source", site.Path);

        Assert.Equal(DigestCommand.ContentErrors, exit);
        Assert.Contains("pass --outlet NAME", error);
        Assert.True(File.Exists(Path.Combine(site.Path, "content/dunes-reopen-after-nesting-season/shoreline-daily.md")));
        Assert.False(Directory.Exists(Path.Combine(site.Path, "content/dunes-open-again")));
    }

    [Fact]
    public void An_import_keeping_under_half_of_the_page_text_warns_and_still_writes()
    {
        using var site = new Paths.TempFolder();
        var replies = string.Concat(Enumerable.Range(1, 10).Select(i =>
            $"<div class=\"reader-post\"><p>Reader {i} wrote a long reply about the dunes, the nesting birds and the rangers' count.</p></div>"));
        // The page declares its body (itemprop=articleBody) but most of its text stands outside it.
        var page = site.Write("inbox/dunes.html", Page.Replace("<article>", "<article itemprop=\"articleBody\">").Replace("<footer>", $"<section>{replies}</section><footer>"));

        var (exit, output, error) = Cli.Run("import", page, "--source", site.Path, "--story", "dunes");

        Assert.Equal(DigestCommand.Ok, exit);
        Assert.Contains("warning: ", error);
        Assert.Contains("of the page's", error);
        Assert.True(File.Exists(Path.Combine(site.Path, "content/dunes/shoreline-daily.md")));
    }
}
