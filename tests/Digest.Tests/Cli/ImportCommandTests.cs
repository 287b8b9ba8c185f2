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

        var (exit, _, error) = Cli.Run("import", page, "--source", site.Path, "--story", "dunes");
        Assert.Equal(DigestCommand.Crash, exit);
        Assert.Contains("content/dunes/shoreline-daily.md already exists: pass --force", error);
        Assert.Equal("hand-edited\n", File.ReadAllText(target));

        Assert.Equal(DigestCommand.Ok, Cli.Run("import", page, "--source", site.Path, "--story", "dunes", "--force").Exit);
        Assert.Contains("Dunes Reopen After Nesting Season", File.ReadAllText(target));
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
