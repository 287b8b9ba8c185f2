using System.Text;
using Digest.Cli;
using Digest.Core.Build;
using Digest.Core.Write;
using Digest.Tests.Support;

namespace Digest.Tests.Build;

public class SiteBuilderTests
{
    private const string Article = "---\ntitle: {0}\noutlet: {1}\ndate: 2021-10-0{2}\n---\n{3}\n";

    private static string Text(Core.Build.BuildResult result, string path) =>
        Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Content);

    [Fact]
    public void Seed_story_page_matches_golden_file()
    {
        var result = SiteBuilder.Plan(new BuildOptions(Paths.Repository));
        Golden.Verify(Text(result, "stories/chrissy-teigen-son-memorial/index.html"), "html");
    }

    [Fact]
    public void Seed_story_digest_json_matches_golden_file()
    {
        var result = SiteBuilder.Plan(new BuildOptions(Paths.Repository));
        Golden.Verify(Text(result, "stories/chrissy-teigen-son-memorial/digest.json"), "json");
    }

    [Fact]
    public void Site_with_only_config_and_content_builds_with_the_embedded_theme()
    {
        using var site = new Paths.TempFolder();
        site.Write("site.yml", "title: Memorials\n");
        site.Write("content/a/x.md", string.Format(Article, "Older", "X", 1, "Old news."));
        site.Write("content/b/y.md", string.Format(Article, "Newer", "Y", 2, "New news."));

        var result = SiteBuilder.Build(new BuildOptions(site.Path));

        Assert.True(result.Succeeded);
        var output = Path.Combine(site.Path, "public");
        Assert.True(File.Exists(Path.Combine(output, "assets/style.css")));
        Assert.True(File.Exists(Path.Combine(output, "stories/a/digest.json")));
        var index = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("<title>Memorials</title>", index);
        Assert.True(index.IndexOf("Newer", StringComparison.Ordinal) < index.IndexOf("Older", StringComparison.Ordinal), "newest story first");
    }

    [Fact]
    public void A_bad_file_is_reported_and_the_other_stories_still_build()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/a/x.md", string.Format(Article, "Good", "X", 1, "Fine."));
        site.Write("content/b/y.md", "---\ntitle: Broken\n---\nNo outlet.\n");

        var result = SiteBuilder.Build(new BuildOptions(site.Path));

        Assert.True(result.Succeeded);
        Assert.Equal("content/b/y.md:2:1: error: missing required field 'outlet': add 'outlet: ...' to the front matter",
            Assert.Single(result.Diagnostics).ToString());
        Assert.True(File.Exists(Path.Combine(site.Path, "public/stories/a/index.html")));
    }

    [Fact]
    public void Strict_build_fails_with_exit_code_1_and_keeps_the_last_good_site()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/a/x.md", string.Format(Article, "Good", "X", 1, "Fine."));
        Assert.Equal(0, DigestCommand.Run(new BuildOptions(site.Path, Strict: true)));
        site.Write("content/b/y.md", "---\ntitle: Broken\n---\nNo outlet.\n");

        Assert.Equal(DigestCommand.ContentErrors, DigestCommand.Run(new BuildOptions(site.Path, Strict: true)));

        Assert.True(File.Exists(Path.Combine(site.Path, "public/stories/a/index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Path, "public/stories/b")));
    }

    [Fact]
    public void A_broken_template_fails_the_build_at_its_place_and_keeps_the_last_good_site()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/a/x.md", string.Format(Article, "Good", "X", 1, "Fine."));
        Assert.Equal(0, DigestCommand.Run(new BuildOptions(site.Path)));
        var page = Path.Combine(site.Path, "public/stories/a/index.html");
        var before = File.ReadAllText(page);
        site.Write("content/a/x.md", string.Format(Article, "Changed", "X", 1, "Fine."));
        site.Write("templates/partials/sources.sbn-html", "<ol>\n{{ for s in story.sources }}<li>{{ s.outlett }}</li>{{ end }}\n</ol>\n");

        var e = Assert.Throws<Core.Render.Templates.TemplateException>(() => SiteBuilder.Build(new BuildOptions(site.Path)));

        Assert.Equal("templates/partials/sources.sbn-html:2:", Assert.Single(e.Diagnostics).ToString()[..38]);
        Assert.Equal(before, File.ReadAllText(page));
        // The pages written before the error went with the staging folder.
        Assert.Empty(Directory.GetDirectories(site.Path, ".public.*"));
    }

    [Fact]
    public void A_template_error_on_a_late_home_page_fails_the_build_as_itself()
    {
        // Home pages render on all cores, ahead of the one being written: the error of a later one must still come out unwrapped, at its place.
        using var site = new Paths.TempFolder();
        site.Write("site.yml", "title: T\npage_size: 1\n");
        for (var i = 1; i <= 4; i++)
            site.Write($"content/s{i}/x.md", string.Format(Article, $"Story {i}", "X", i, "Fine."));
        site.Write("templates/index.sbn-html", "{{ if pagination.current == 3 }}{{ pagination.nope }}{{ end }}\n");

        var e = Assert.Throws<Core.Render.Templates.TemplateException>(() => SiteBuilder.Build(new BuildOptions(site.Path)));

        Assert.StartsWith("templates/index.sbn-html:1:", Assert.Single(e.Diagnostics).ToString());
    }

    [Fact]
    public async Task A_replaced_site_is_left_for_the_next_build_which_removes_it_and_nothing_else()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/a/x.md", string.Format(Article, "First", "X", 1, "Fine."));
        SiteBuilder.Build(new BuildOptions(site.Path));
        // Folders beside the output under names Digest does not give are never touched.
        site.Write(".public.mine/keep.txt", "mine");
        site.Write(".public.replacedX-1/keep.txt", "mine");
        site.Write("content/a/x.md", string.Format(Article, "Second", "X", 1, "Fine."));

        SiteBuilder.Build(new BuildOptions(site.Path));
        var left = Assert.Single(Directory.GetDirectories(site.Path, ".public.replaced*-*"), f => f.EndsWith($"-{Environment.ProcessId}", StringComparison.Ordinal));
        Assert.Contains("First", File.ReadAllText(Path.Combine(left, "stories/a/index.html")), StringComparison.Ordinal);

        // The next build removes it while it works (what it has not removed by its end is left to the one after), and leaves the second.
        SiteBuilder.Build(new BuildOptions(site.Path));
        var next = Directory.GetDirectories(site.Path, ".public.replaced*-*").Where(f => f.EndsWith($"-{Environment.ProcessId}", StringComparison.Ordinal) && f != left).ToList();
        Assert.Contains("Second", File.ReadAllText(Path.Combine(Assert.Single(next), "stories/a/index.html")), StringComparison.Ordinal);
        Assert.Contains("Second", File.ReadAllText(Path.Combine(site.Path, "public/stories/a/index.html")), StringComparison.Ordinal);
        await SiteWriter.SweepReplaced(Path.Combine(site.Path, "public"), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(Directory.GetDirectories(site.Path, ".public.replaced*-*"), f => f.EndsWith($"-{Environment.ProcessId}", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(site.Path, "public/stories/a/index.html")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Path, ".public.mine/keep.txt")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Path, ".public.replacedX-1/keep.txt")));
    }

    [Fact]
    public void Site_templates_override_the_default_theme_file_by_file()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/a/x.md", string.Format(Article, "Good", "X", 1, "Fine."));
        site.Write("templates/index.sbn-html", "<p id=\"custom\">{{ for s in stories }}{{ s.title }}{{ end }}</p>");

        var result = SiteBuilder.Plan(new BuildOptions(site.Path));

        Assert.Contains("<p id=\"custom\">Good</p>", Text(result, "index.html"));
        Assert.Contains("class=\"digest\"", Text(result, "stories/a/index.html")); // story.sbn-html still the default
    }

    [Fact]
    public void Article_text_and_fields_are_escaped()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/a/x.md", "---\ntitle: \"<script>alert(1)</script>\"\noutlet: \"<b>X</b>\"\nurl: \"javascript:alert(1)\"\n---\nA <img src=x onerror=alert(1)> tag &amp; \"quote\".\n");

        var result = SiteBuilder.Plan(new BuildOptions(site.Path));
        var page = Text(result, "stories/a/index.html");

        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("<img", page);
        Assert.DoesNotContain("javascript:", page);
        Assert.Contains("&lt;script&gt;", page);
    }

    [Fact]
    public void Pages_load_nothing_from_other_hosts()
    {
        var result = SiteBuilder.Plan(new BuildOptions(Paths.Repository));
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) || f.Path.EndsWith(".css", StringComparison.Ordinal)))
        {
            var text = Encoding.UTF8.GetString(file.Content);
            Assert.DoesNotMatch(@"<(script|link|img)[^>]+(src|href)=""(https?:)?//", text);
            Assert.DoesNotMatch(@"url\((['""]?)(https?:)?//", text);
        }
    }

    [Fact]
    public void Build_into_the_site_folder_is_refused_and_nothing_is_lost()
    {
        using var site = new Paths.TempFolder();
        var article = site.Write("content/a/x.md", string.Format(Article, "Good", "X", 1, "Fine."));

        Assert.Equal(DigestCommand.Crash, DigestCommand.Run(new BuildOptions(site.Path, OutputFolder: site.Path)));

        Assert.True(File.Exists(article));
    }

    [Fact]
    public void Unreadable_file_is_reported_and_the_rest_builds()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/a/x.md", string.Format(Article, "Good", "X", 1, "Fine."));
        File.WriteAllBytes(Path.Combine(site.Path, "content/a/y.md"), [0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]);

        var result = SiteBuilder.Build(new BuildOptions(site.Path));

        var d = Assert.Single(result.Diagnostics);
        Assert.StartsWith("content/a/y.md:2:1: error: the file is not UTF-8 text (byte 0xFF)", d.ToString());
        Assert.Contains("UTF-8", d.Message);
        Assert.True(File.Exists(Path.Combine(site.Path, "public/stories/a/index.html")));
    }

    [Fact]
    public void Unknown_front_matter_fields_reach_templates()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/a/x.md", "---\ntitle: T\noutlet: X\nauthor: Jane Roe\nsection: Culture & Arts\nkicker: [a, b]\n---\nFine.\n");
        site.Write("templates/story.sbn-html", "{{ for s in story.sources }}<p>{{ s.author }}|{{ s.fields.section }}|{{ for k in s.fields.kicker }}{{ k }};{{ end }}|{{ s.fields.absent }}</p>{{ end }}");

        var result = SiteBuilder.Plan(new BuildOptions(site.Path));

        Assert.Contains("<p>Jane Roe|Culture &amp; Arts|a;b;|</p>", Text(result, "stories/a/index.html"));
    }
}
