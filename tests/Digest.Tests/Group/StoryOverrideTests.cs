using System.Text;
using System.Text.Json;
using Digest.Core.Build;
using Digest.Core.Load;
using Digest.Tests.Support;

namespace Digest.Tests.Group;

/// <summary>The editor's override files, through a whole build of a small made-up site.</summary>
public class StoryOverrideTests
{
    private static string Article(string title, string outlet, string date, string body, string extra = "") =>
        $"---\ntitle: \"{title}\"\noutlet: {outlet}\ndate: {date}\n{extra}---\n\n{body}\n";

    private const string FerryA = "The island ferry Morven ran aground near Skerry Point on Sunday. All forty passengers were taken off by lifeboat. Sign up for our newsletter today.";
    private const string FerryB = "Forty passengers were rescued when the ferry Morven ran aground off Skerry Point. The coastguard praised the lifeboat crew. The owner, Tarn Lines, has opened an inquiry.";

    private static string Json(BuildResult result, string slug) =>
        Encoding.UTF8.GetString(result.Files.Single(f => f.Path == $"stories/{slug}/digest.json").Content);

    private static string Page(BuildResult result, string slug) =>
        Encoding.UTF8.GetString(result.Files.Single(f => f.Path == $"stories/{slug}/index.html").Content);

    [Fact]
    public void Story_file_pins_the_headline_excludes_a_sentence_and_adds_a_note()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/ferry/a.md", Article("Ferry aground", "A", "2024-05-05", FerryA));
        site.Write("content/ferry/b.md", Article("Passengers rescued from ferry", "B", "2024-05-05", FerryB));
        site.Write("content/ferry/_story.yml", """
            headline: The Morven runs aground
            exclude:
              - The coastguard praised the lifeboat crew.
              - opened an inquiry
            note: |
              We *corrected* the owner's name. <script>alert(1)</script> [bad](javascript:alert(1)) [good](https://example.org/x)
            """);

        var result = SiteBuilder.Plan(new BuildOptions(site.Path));

        Assert.Empty(result.Diagnostics);
        var digest = Assert.Single(result.Digests);
        Assert.Equal("ferry", digest.Slug);
        Assert.Equal("The Morven runs aground", digest.Title);
        Assert.DoesNotContain(digest.Body, b => b.Text.Contains("coastguard", StringComparison.Ordinal) || b.Text.Contains("inquiry", StringComparison.Ordinal));
        Assert.Equal(["The coastguard praised the lifeboat crew.", "The owner, Tarn Lines, has opened an inquiry."],
            digest.Removed.Where(r => r.Reason == "excluded by the editor").Select(r => r.Text));
        var articles = result.Digests[0].Sources.Select(s => ContentLoader.LoadFile(site.Path, s.Path).Article!).ToArray();
        Assert.Empty(DigestInvariants.Accounting(digest, articles));

        using var json = JsonDocument.Parse(Json(result, "ferry"));
        var overrides = json.RootElement.GetProperty("overrides");
        Assert.Equal("content/ferry/_story.yml", overrides.GetProperty("file").GetString());
        Assert.Equal("The Morven runs aground", overrides.GetProperty("headline").GetString());
        Assert.Equal(2, overrides.GetProperty("exclude").GetArrayLength());
        Assert.StartsWith("We *corrected*", overrides.GetProperty("note").GetString());

        var page = Page(result, "ferry");
        Assert.Contains("<h2 id=\"editor-note-heading\">Editor's note</h2>\n  <p>We <em>corrected</em> the owner's name. &lt;script&gt;alert(1)&lt;/script&gt; bad <a href=\"https://example.org/x\">good</a></p>\n</aside>", page);
        Assert.DoesNotContain("javascript:", page);
        Assert.True(page.IndexOf("editor-note", StringComparison.Ordinal) < page.IndexOf("class=\"body\"", StringComparison.Ordinal), "the note comes before the story");
    }

    [Fact]
    public void Story_file_sets_a_quotations_speaker_or_names_nobody_and_warns_of_a_quotation_it_cannot_find()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/ferry/a.md", Article("Ferry aground", "A", "2024-05-05",
            "The ferry Morven ran aground near Skerry Point on Sunday. \"We owe the lifeboat crew everything,\" he said. Passenger Ines Calder, 61, praised the crew. \"Nobody panicked at all,\" said Tarn Lines."));
        site.Write("content/ferry/_story.yml", """
            speakers:
              owe the lifeboat crew: Captain Rua Hendry
              "Nobody panicked at all": ~
              We will sail again in June: Tarn Lines
            """);
        var result = SiteBuilder.Plan(new BuildOptions(site.Path));

        var digest = Assert.Single(result.Digests);
        Assert.Equal("Captain Rua Hendry", digest.Quotes.Single(q => q.Text.Contains("lifeboat", StringComparison.Ordinal)).Speaker);
        Assert.Null(digest.Quotes.Single(q => q.Text.Contains("panicked", StringComparison.Ordinal)).Speaker);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("content/ferry/_story.yml:4:3: warning: 'speakers' names a quotation that is not in story 'ferry': copy its words from the article", warning.ToString());
        var speakers = JsonDocument.Parse(Json(result, "ferry")).RootElement.GetProperty("overrides").GetProperty("speakers");
        Assert.Equal(3, speakers.GetArrayLength());
        Assert.Equal("Captain Rua Hendry", speakers[0].GetProperty("speaker").GetString());
        Assert.Equal(JsonValueKind.Null, speakers[1].GetProperty("speaker").ValueKind);
    }

    [Fact]
    public void A_story_without_overrides_has_no_overrides_field_and_no_note()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/ferry/a.md", Article("Ferry aground", "A", "2024-05-05", FerryA));
        var result = SiteBuilder.Plan(new BuildOptions(site.Path));
        Assert.DoesNotContain("\"overrides\"", Json(result, "ferry"));
        Assert.DoesNotContain("editor-note", Page(result, "ferry"));
    }

    [Fact]
    public void Include_pulls_an_article_in_and_exclude_articles_pushes_one_out()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/ferry/a.md", Article("Ferry aground", "A", "2024-05-05", FerryA));
        site.Write("content/ferry/stray.md", Article("Rowing club elects captain", "C", "2024-05-05", "The rowing club elected a new captain on Friday."));
        site.Write("content/other/b.md", Article("Passengers rescued from ferry", "B", "2024-05-05", FerryB));
        site.Write("content/other/c.md", Article("Rowing club regatta", "C", "2024-05-05", "The rowing club held its regatta."));
        site.Write("content/ferry/_story.yml", "include: [other/b.md]\nexclude_articles:\n  - stray.md\n");

        var result = SiteBuilder.Plan(new BuildOptions(site.Path));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["content/ferry/a.md", "content/other/b.md"], result.Digests.Single(d => d.Slug == "ferry").Sources.Select(s => s.Path));
        Assert.Equal(["content/other/c.md"], result.Digests.Single(d => d.Slug == "other").Sources.Select(s => s.Path));
        Assert.Equal(["content/ferry/stray.md"], result.Digests.Single(d => d.Slug == "rowing-club-elects-captain").Sources.Select(s => s.Path));
        Assert.Equal(3, result.Digests.Length);
    }

    [Fact]
    public void Stories_file_forces_flat_articles_together_and_apart()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/a.md", Article("Ferry aground", "A", "2024-05-05", FerryA));
        site.Write("content/b.md", Article("Passengers rescued from ferry", "B", "2024-05-05", FerryB));
        site.Write("content/c.md", Article("Morven aground at Skerry Point", "C", "2024-05-05", FerryA.Replace("on Sunday", "yesterday")));
        site.Write("content/d.md", Article("Rowing club elects captain", "D", "2024-05-05", "The rowing club elected a new captain on Friday."));
        site.Write("stories.yml", """
            - articles: [content/a.md, content/d.md]
              exclude_articles: [content/c.md]
              headline: Ferry aground, and a new captain
            """);

        var result = SiteBuilder.Plan(new BuildOptions(site.Path));

        Assert.Empty(result.Diagnostics);
        var forced = result.Digests.Single(d => d.Slug == "ferry-aground-and-a-new-captain");
        Assert.Equal(["content/a.md", "content/b.md", "content/d.md"], forced.Sources.Select(s => s.Path));
        Assert.Equal(["content/c.md"], result.Digests.Single(d => d.Slug != forced.Slug).Sources.Select(s => s.Path));
    }

    [Fact]
    public void Overrides_naming_missing_articles_or_sentences_are_warnings_with_their_position()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/ferry/a.md", Article("Ferry aground", "A", "2024-05-05", FerryA));
        site.Write("content/ferry/b.md", Article("Passengers rescued from ferry", "B", "2024-05-05", FerryB));
        site.Write("content/ferry/_story.yml", "include:\n  - content/nowhere.md\nexclude:\n  - The ferry sank.\n  - Skerry Point\nheadlne: typo\n");
        site.Write("stories.yml", "- articles: [content/gone.md]\n");

        var result = SiteBuilder.Build(new BuildOptions(site.Path, Strict: true));

        Assert.True(result.Succeeded, "warnings do not fail a strict build");
        Assert.Equal([
            "content/ferry/_story.yml:2:5: warning: 'include' names 'content/nowhere.md', which is not an article of this site: give its path from the site folder, like content/story/outlet.md",
            "content/ferry/_story.yml:6:1: warning: unknown override 'headlne' is ignored: use headline, include, exclude_articles, exclude, speakers, note",
            "stories.yml:1:14: warning: 'articles' names 'content/gone.md', which is not an article of this site: give its path from the site folder, like content/story/outlet.md",
            "stories.yml:1:3: warning: this story names no existing article: list them under 'articles:'; it is ignored",
            "content/ferry/_story.yml:4:5: warning: 'exclude' names a sentence that is not in story 'ferry': copy its text from the article",
            "content/ferry/_story.yml:5:5: warning: 'exclude' text 'Skerry Point' is part of 2 different sentences of story 'ferry', so none is excluded: quote more of the one you mean",
        ], result.Diagnostics.Select(d => d.ToString()));
        Assert.DoesNotContain(result.Digests[0].Removed, r => r.Reason == "excluded by the editor");
    }

    [Fact]
    public void Malformed_override_file_is_an_error_and_the_site_still_builds()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/ferry/a.md", Article("Ferry aground", "A", "2024-05-05", FerryA));
        site.Write("content/ferry/_story.yml", "headline: [unclosed\n");

        var result = SiteBuilder.Plan(new BuildOptions(site.Path));

        var error = Assert.Single(result.Diagnostics);
        Assert.StartsWith("content/ferry/_story.yml:", error.ToString());
        Assert.Contains(": error: malformed overrides:", error.ToString());
        Assert.Equal("Ferry aground", Assert.Single(result.Digests).Title);
    }
}
