using System.Text;
using Digest.Core.Build;

namespace Digest.Tests.Build;

/// <summary>
/// Rebuilds in Hugo's style: build a site, change one thing, build again, and count what the
/// second build had to do. Counts come from the build's result, never from the clock.
/// </summary>
public class RebuildTests
{
    private static BuildResult Rebuild(CachedSite site, Action change)
    {
        var first = SiteBuilder.Build(site.Options());
        Assert.True(first.Succeeded);
        Assert.Equal(first.Digests.Length, first.StoriesMerged);
        change();
        var second = SiteBuilder.Build(site.Options());
        Assert.True(second.Succeeded);
        // Whatever the cache did, the site is the one a build without it makes.
        var plan = SiteBuilder.Plan(site.Options(cache: false));
        CachedSite.AssertSameBytes(plan, second);
        // Pages kept on all cores are still reported in the site's order, as a build without the cache renders them.
        Assert.Equal(plan.OutputPaths, second.OutputPaths);
        return second;
    }

    [Fact]
    public void Nothing_changed_nothing_merged()
    {
        using var site = new CachedSite(withCorpus: false);
        var second = Rebuild(site, () => { });
        Assert.Equal(0, second.StoriesMerged);
        // Every article but the two of the story whose editor excludes a sentence (which reads them, so they are cleaned again) is left unread.
        Assert.Equal(2, second.ArticlesCleaned);
        Assert.Equal(second.ArticleCount - 2, second.ArticlesUnread);
        Assert.Equal(0, second.FilesWritten);
        Assert.Equal(second.OutputPaths.Length, second.FilesUnchanged);
        Assert.Equal(0, second.PagesRendered);
        Assert.Equal(second.OutputPaths.Count(SiteBuilder.IsPage), second.PagesKept);
    }

    [Fact]
    public void Editing_one_article_merges_only_its_story()
    {
        using var site = new CachedSite();
        var path = Path.Combine(site.Path, "content/library-fire/radio.md");
        var second = Rebuild(site, () => File.AppendAllText(path, "\nThe council will meet on Tuesday to discuss repairs.\n"));

        Assert.Equal(1, second.StoriesMerged);
        // Only the edited story's two articles and the two of the story whose editor excludes a sentence are cleaned.
        Assert.Equal(4, second.ArticlesCleaned);
        Assert.Equal(second.ArticleCount - 4, second.ArticlesUnread);
        // Its page and digest.json, and the site-wide pages that show it (home, listings, feeds, search) at most.
        Assert.InRange(second.FilesWritten, 2, second.OutputPaths.Length / 4);
        Assert.Equal(second.OutputPaths.Length, second.FilesWritten + second.FilesUnchanged);
        var library = second.Digests.Single(d => d.Slug == "library-fire");
        Assert.Contains(library.Body, b => b.Text == "The council will meet on Tuesday to discuss repairs.");
        // Only pages whose bytes change are rendered again: the story's own, and those listing it, which
        // show its lede (the longer article now leads); the other stories' pages are kept.
        Assert.Equal(6, second.PagesRendered);
        Assert.Equal(second.OutputPaths.Count(SiteBuilder.IsPage) - 6, second.PagesKept);
        Assert.Equal(6 + 1 + 4, second.FilesWritten); // those pages (each one changed), the story's digest.json, three feeds and the search index
    }

    [Fact]
    public void Editing_one_article_parses_only_the_articles_whose_text_is_read_again()
    {
        using var site = new CachedSite();
        var second = Rebuild(site, () => File.AppendAllText(Path.Combine(site.Path, "content/library-fire/radio.md"), "\nThe council will meet on Tuesday to discuss repairs.\n"));

        // Its outlet's articles (whose footers are looked for again), its story's (merged), and the articles of stories
        // whose editor excludes a sentence (read to find it); every other file is hashed and found loaded as before.
        var loaded = Core.Load.ContentLoader.Load(site.Path).Articles;
        var overridden = Directory.GetFiles(Path.Combine(site.Path, "content"), "_story.yml", SearchOption.AllDirectories)
            .Select(f => Path.GetFileName(Path.GetDirectoryName(f)!)).ToHashSet(StringComparer.Ordinal);
        var read = loaded.Count(a => a.Outlet == "Fold Radio" || a.Folder == "library-fire" || overridden.Contains(a.Folder));
        Assert.Equal(read, second.FilesRead);
        Assert.True(read < second.ArticleCount / 2 || second.ArticleCount < 12, $"{read} of {second.ArticleCount} files parsed");
        Assert.Equal(1, second.StoriesMerged);
    }

    [Fact]
    public void Damaged_records_of_loaded_files_and_footers_are_read_again_never_trusted()
    {
        using var site = new CachedSite(withCorpus: false);
        SiteBuilder.Build(site.Options());
        var records = new[] { "loaded", "footers" }.SelectMany(kind => Directory.GetFiles(Path.Combine(site.CacheFolder, kind), "*.json")).ToList();
        Assert.Contains(records, r => r.Contains("/loaded/", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Contains("/footers/", StringComparison.Ordinal));
        foreach (var record in records)
        {
            // The header and the length kept, the body changed: its checksum no longer holds.
            var bytes = File.ReadAllBytes(record);
            bytes[^2] ^= 0x20;
            File.WriteAllBytes(record, bytes);
        }
        File.AppendAllText(Path.Combine(site.Path, "content/library-fire/radio.md"), "\nThe council will meet on Tuesday to discuss repairs.\n");

        var second = SiteBuilder.Build(site.Options());

        Assert.Equal(second.ArticleCount, second.FilesRead);
        CachedSite.AssertSameBytes(SiteBuilder.Plan(site.Options(cache: false)), second);
        var third = SiteBuilder.Build(site.Options());
        Assert.InRange(third.FilesRead, 0, second.ArticleCount - 1);
    }

    [Fact]
    public void An_article_saved_unchanged_in_another_place_is_parsed_where_it_now_is()
    {
        using var site = new CachedSite(withCorpus: false);
        SiteBuilder.Build(site.Options());
        // The same bytes under another path are another article (its id, folder and story come from the path).
        File.Move(Path.Combine(site.Path, "content/library-fire/radio.md"), Path.Combine(site.Path, "content/library-fire/fold-radio.md"));

        var second = SiteBuilder.Build(site.Options());

        Assert.True(second.FilesRead >= 1);
        CachedSite.AssertSameBytes(SiteBuilder.Plan(site.Options(cache: false)), second);
        Assert.Contains(second.Digests.Single(d => d.Slug == "library-fire").Sources, s => s.Id == "fold-radio");
    }

    [Fact]
    public void Editing_a_headline_renders_the_pages_that_list_the_story()
    {
        using var site = new CachedSite(withCorpus: false);
        var path = Path.Combine(site.Path, "content/ferry-aground/_story.yml");
        var second = Rebuild(site, () => File.WriteAllText(path, File.ReadAllText(path).Replace("The Morven runs aground", "Morven aground at Skerry", StringComparison.Ordinal)));

        var pages = second.OutputPaths.Count(SiteBuilder.IsPage);
        // The story's page, the home page, and every outlet, tag, month and person page listing it; not the other stories' pages.
        Assert.InRange(second.PagesRendered, 3, pages - 2);
        Assert.Equal(pages, second.PagesRendered + second.PagesKept);
    }

    /// <summary>Builds, changes, builds again; the pages (output paths) the second build rendered, and the pages of the first build.</summary>
    private static (BuildResult Second, HashSet<string> Rendered, Dictionary<string, string> Before) RebuildTold(CachedSite site, Action change)
    {
        var first = SiteBuilder.Build(site.Options());
        Assert.True(first.Succeeded);
        var before = first.OutputPaths.Where(SiteBuilder.IsPage)
            .ToDictionary(p => p, p => File.ReadAllText(Path.Combine(first.OutputFolder, p)), StringComparer.Ordinal);
        change();
        // Told on the threads that render, several at once.
        var told = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var second = SiteBuilder.Build(site.Options() with { Rendered = (output, file) => told.TryAdd(file.Path, 0) });
        Assert.True(second.Succeeded);
        CachedSite.AssertSameBytes(SiteBuilder.Plan(site.Options(cache: false)), second);
        return (second, [.. told.Keys.Where(SiteBuilder.IsPage)], before);
    }

    [Fact]
    public void Editing_a_headline_renders_every_page_that_shows_it_and_no_other_story_page()
    {
        using var site = new CachedSite(withCorpus: false);
        var path = Path.Combine(site.Path, "content/ferry-aground/_story.yml");
        var (second, rendered, before) = RebuildTold(site, () => File.WriteAllText(path, File.ReadAllText(path).Replace("The Morven runs aground", "Morven aground at Skerry", StringComparison.Ordinal)));

        var showing = before.Where(p => p.Value.Contains("The Morven runs aground", StringComparison.Ordinal)).Select(p => p.Key).ToList();
        Assert.Contains("stories/ferry-aground/index.html", showing);
        Assert.True(showing.Count > 2, "the home page and listings show the headline too");
        Assert.All(showing, p => Assert.Contains(p, rendered));
        Assert.All(showing, p => Assert.Contains("Morven aground at Skerry", File.ReadAllText(Path.Combine(second.OutputFolder, p)), StringComparison.Ordinal));
        Assert.DoesNotContain(rendered, p => p.StartsWith("stories/", StringComparison.Ordinal) && p != "stories/ferry-aground/index.html");
    }

    [Fact]
    public void Editing_an_article_renders_its_story_page_and_keeps_the_other_story_pages()
    {
        using var site = new CachedSite();
        var path = Path.Combine(site.Path, "content/library-fire/radio.md");
        var (second, rendered, before) = RebuildTold(site, () => File.AppendAllText(path, "\nThe council will meet on Tuesday to discuss repairs.\n"));

        Assert.Contains("stories/library-fire/index.html", rendered);
        Assert.Contains("The council will meet on Tuesday", File.ReadAllText(Path.Combine(second.OutputFolder, "stories/library-fire/index.html")), StringComparison.Ordinal);
        var stories = before.Keys.Count(p => p.StartsWith("stories/", StringComparison.Ordinal));
        Assert.True(stories > 2);
        Assert.DoesNotContain(rendered, p => p.StartsWith("stories/", StringComparison.Ordinal) && p != "stories/library-fire/index.html");
    }

    [Theory]
    [InlineData("title: Fold Desk\nbase_url: https://example.org/news\n")]
    [InlineData("title: Harbour Desk\nbase_url: https://example.com/news\n")]
    [InlineData("title: Harbour Desk\nbase_url: https://example.org/news\ndescription: Local news from the coast\n")]
    [InlineData("title: Harbour Desk\nbase_url: https://example.org/news\nlanguage: en-GB\n")]
    public void Changing_a_setting_every_page_shows_renders_every_page(string settings)
    {
        using var site = new CachedSite(withCorpus: false);
        var (second, rendered, before) = RebuildTold(site, () => site.Write("site.yml", settings));

        Assert.Equal(0, second.PagesKept);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), rendered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Changing_where_outlet_pages_live_renders_every_story_page_that_links_them()
    {
        using var site = new CachedSite(withCorpus: false);
        var (second, rendered, before) = RebuildTold(site, () => site.Write("site.yml", "title: Harbour Desk\nbase_url: https://example.org/news\npermalinks:\n  outlet: sources/:slug/\n"));

        var stories = before.Keys.Where(p => p.StartsWith("stories/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(stories);
        Assert.All(stories, p => Assert.Contains(p, rendered));
        Assert.All(stories, p => Assert.Contains("sources/", File.ReadAllText(Path.Combine(second.OutputFolder, p)), StringComparison.Ordinal));
    }

    [Fact]
    public void A_serve_session_is_told_each_file_as_it_is_rendered_and_not_the_pages_kept()
    {
        using var site = new CachedSite(withCorpus: false);
        var told = new System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        var options = site.Options() with { Memory = new BuildMemory(), Rendered = (output, file) => told[Path.Combine(output, file.Path)] = file.Content };
        SiteBuilder.Build(options);
        told.Clear();
        File.AppendAllText(Path.Combine(site.Path, "content/library-fire/radio.md"), "\nThe council will meet on Tuesday to discuss repairs.\n");

        var second = SiteBuilder.Build(options);

        var page = Path.Combine(second.OutputFolder, "stories/library-fire/index.html");
        Assert.Equal(File.ReadAllBytes(page), told[page]);
        Assert.DoesNotContain(Path.Combine(second.OutputFolder, "stories/ferry-aground/index.html"), told.Keys);
        Assert.Equal(second.PagesRendered, told.Keys.Count(SiteBuilder.IsPage));
        Assert.All(told, f => Assert.Equal(File.ReadAllBytes(f.Key), f.Value));
    }

    [Fact]
    public void An_edited_story_page_is_told_before_the_pages_ahead_of_it_are_kept()
    {
        using var site = new CachedSite(withCorpus: false);
        var first = SiteBuilder.Build(site.Options());
        var storyPages = first.OutputPaths.Where(p => p.StartsWith("stories/", StringComparison.Ordinal) && SiteBuilder.IsPage(p)).ToList();
        Assert.True(storyPages.Count > 2);
        // The oldest story's page comes last: every other story's page is put in the new site before it.
        var last = storyPages[^1];
        var edited = first.Digests.Single(d => last == $"stories/{d.Slug}/index.html");
        File.AppendAllText(Path.Combine(site.Path, edited.Sources[0].Path), "\nThe council will meet on Tuesday to discuss repairs.\n");

        List<string>? stagedWhenTold = null;
        var second = SiteBuilder.Build(site.Options() with
        {
            Rendered = (output, file) =>
            {
                if (file.Path == last)
                    stagedWhenTold = [.. Directory.GetDirectories(site.Path, ".public.staging-*")
                        .SelectMany(staging => Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories)
                            .Select(f => Path.GetRelativePath(staging, f).Replace('\\', '/')))];
            },
        });

        Assert.NotNull(stagedWhenTold);
        Assert.DoesNotContain(stagedWhenTold, storyPages.Contains);
        Assert.Equal(1, second.StoriesMerged);
        Assert.Equal(storyPages, second.OutputPaths.Where(storyPages.Contains)); // still put in the site in the stories' order
        CachedSite.AssertSameBytes(SiteBuilder.Plan(site.Options(cache: false)), second);
    }

    [Fact]
    public void Changing_a_template_renders_every_page()
    {
        using var site = new CachedSite(withCorpus: false);
        var footer = Encoding.UTF8.GetString(Digest.Core.Render.Theme.Embedded()["layout.sbn-html"]).Replace("</body>", "<!-- local build --></body>", StringComparison.Ordinal);
        var second = Rebuild(site, () => site.Write("templates/layout.sbn-html", footer));

        Assert.Equal(0, second.PagesKept);
        Assert.Equal(second.OutputPaths.Count(SiteBuilder.IsPage), second.PagesRendered);
        Assert.Contains("<!-- local build -->", File.ReadAllText(Path.Combine(second.OutputFolder, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_changed_in_the_output_is_rendered_again_not_kept()
    {
        using var site = new CachedSite(withCorpus: false);
        var second = Rebuild(site, () =>
        {
            // Another tool rewrote one page of the output, and another page lost its record's date.
            var home = Path.Combine(site.Path, "public/index.html");
            File.WriteAllText(home, File.ReadAllText(home).Replace("<body", "<body data-x", StringComparison.Ordinal));
            var archive = Path.Combine(site.Path, "public/archive/index.html");
            File.SetLastWriteTimeUtc(archive, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        });

        Assert.Equal(2, second.PagesRendered);
        Assert.Equal(1, second.FilesWritten);
    }

    [Fact]
    public void A_corrupt_record_of_the_output_is_ignored()
    {
        using var site = new CachedSite(withCorpus: false);
        var second = Rebuild(site, () =>
        {
            foreach (var record in Directory.EnumerateFiles(Path.Combine(site.CacheFolder, "outputs")))
                File.WriteAllText(record, File.ReadAllText(record).Replace("\"Hash\":\"", "\"Hash\":\"0", StringComparison.Ordinal));
        });

        Assert.Equal(second.OutputPaths.Count(SiteBuilder.IsPage), second.PagesRendered);
        Assert.Equal(0, second.FilesWritten); // compared byte for byte, as without a record
    }

    [Fact]
    public void Saving_an_article_unchanged_merges_nothing()
    {
        using var site = new CachedSite(withCorpus: false);
        var path = Path.Combine(site.Path, "content/library-fire/radio.md");
        var second = Rebuild(site, () => File.WriteAllText(path, File.ReadAllText(path)));
        Assert.Equal(0, second.StoriesMerged);
    }

    [Fact]
    public void Adding_an_article_to_a_story_merges_that_story()
    {
        using var site = new CachedSite();
        var second = Rebuild(site, () => site.Write("content/ferry-aground/radio.md",
            "---\ntitle: Morven towed to Port Elsby\noutlet: Fold Radio\ndate: 2023-03-16\n---\nThe ferry Morven was towed to Port Elsby on Thursday.\n"));

        Assert.Equal(1, second.StoriesMerged);
        Assert.Equal(3, second.Digests.Single(d => d.Slug == "ferry-aground").Sources.Length);
    }

    [Fact]
    public void Adding_a_story_merges_only_the_new_story()
    {
        using var site = new CachedSite(withCorpus: false);
        var second = Rebuild(site, () => site.Write("content/bridge-closed/daily.md",
            "---\ntitle: Elsby bridge shut for repairs\noutlet: Elsby Daily\ndate: 2023-05-01\n---\nThe Elsby road bridge closed on Monday for six weeks of repairs.\n"));

        Assert.Equal(1, second.StoriesMerged);
        Assert.Equal(4, second.Digests.Length);
    }

    [Fact]
    public void Editing_a_story_override_merges_only_that_story()
    {
        using var site = new CachedSite(withCorpus: false);
        var path = Path.Combine(site.Path, "content/ferry-aground/_story.yml");
        var second = Rebuild(site, () => File.WriteAllText(path, File.ReadAllText(path).Replace("The Morven runs aground", "Morven aground at Skerry", StringComparison.Ordinal)));

        Assert.Equal(1, second.StoriesMerged);
        Assert.Equal("Morven aground at Skerry", second.Digests.Single(d => d.Slug == "ferry-aground").Title);
    }

    [Fact]
    public void Removing_an_article_merges_its_story_and_drops_its_entry()
    {
        using var site = new CachedSite(withCorpus: false);
        var second = Rebuild(site, () => File.Delete(Path.Combine(site.Path, "content/library-fire/radio.md")));

        Assert.Equal(1, second.StoriesMerged);
        Assert.Equal(second.Digests.Length, site.Entries.Count());
    }

    [Fact]
    public void Changing_the_site_settings_merges_every_story()
    {
        using var site = new CachedSite(withCorpus: false);
        var second = Rebuild(site, () => site.Write("site.yml", "title: Fold Desk\nbase_url: https://example.org/news\n"));
        Assert.Equal(second.Digests.Length, second.StoriesMerged);
        Assert.Equal(second.ArticleCount, second.ArticlesCleaned);
    }

    [Fact]
    public void A_serve_session_keeps_its_stories_in_memory_between_builds()
    {
        using var site = new CachedSite(withCorpus: false);
        var memory = new BuildMemory();
        var options = site.Options() with { Memory = memory };
        var first = SiteBuilder.Build(options);
        Assert.Equal(first.Digests.Length, memory.Count);
        // The disk entries gone: the session still has every story it merged.
        Directory.Delete(site.EntriesFolder, recursive: true);
        File.AppendAllText(Path.Combine(site.Path, "content/library-fire/radio.md"), "\nThe council will meet on Tuesday to discuss repairs.\n");

        var second = SiteBuilder.Build(options);

        Assert.Equal(1, second.FilesRead);
        Assert.Equal(1, second.ArticlesCleaned);
        Assert.Equal(1, second.StoriesMerged);
        Assert.Equal(second.Digests.Length, memory.Count);
        CachedSite.AssertSameBytes(SiteBuilder.Plan(site.Options(cache: false)), second);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_unchanged_article_is_cleaned_again_when_a_new_article_reveals_its_outlet_footer(bool serveSession)
    {
        using var site = new CachedSite(withCorpus: false);
        const string tip = "Send your news tips to our newsroom by email.";
        File.AppendAllText(Path.Combine(site.Path, "content/library-fire/daily.md"), $"\n{tip}\n");
        var options = site.Options() with { Memory = serveSession ? new BuildMemory() : null };
        var first = SiteBuilder.Build(options);
        Assert.DoesNotContain(first.Digests.Single(d => d.Slug == "library-fire").Removed, r => r.Text == tip);

        // The same line closing another story by the same outlet: now it is the outlet's footer in both.
        site.Write("content/bridge-closed/daily.md",
            $"---\ntitle: Elsby bridge shut for repairs\noutlet: Elsby Daily\ndate: 2023-05-01\n---\nThe Elsby road bridge closed on Monday for six weeks of repairs. "
            + $"Engineers found cracks in two of its piers last month. Buses will run a detour through Marden.\n\n{tip}\n");
        var second = SiteBuilder.Build(options);

        // A serve session cleans the new article and the one whose footer it reveals; a build also cleans the other articles
        // of the merged stories and those of the story whose editor excludes a sentence, which it left unread.
        Assert.Equal((serveSession ? 2 : 5, 2), (second.ArticlesCleaned, second.StoriesMerged));
        // A serve session reads the new file; a build parses it and the articles whose text is read again: the outlet's (its
        // footers are looked for again), the merged stories' and those of the story whose editor excludes a sentence.
        if (serveSession)
            Assert.Equal(1, second.FilesRead);
        else
            Assert.InRange(second.FilesRead, 3, second.ArticleCount - 1);
        Assert.Contains(second.Digests.Single(d => d.Slug == "library-fire").Removed, r => r.Text == tip);
        CachedSite.AssertSameBytes(SiteBuilder.Plan(site.Options(cache: false)), second);
    }

    [Fact]
    public void A_serve_session_cleans_every_article_again_when_the_boilerplate_patterns_change()
    {
        using var site = new CachedSite(withCorpus: false);
        var options = site.Options() with { Memory = new BuildMemory() };
        var first = SiteBuilder.Build(options);
        Assert.Equal(first.ArticleCount, first.FilesRead);

        site.Write("site.yml", "title: Harbour Desk\nbase_url: https://example.org/news\nboilerplate:\n  - '^The library will stay shut until June\\.$'\n");
        var second = SiteBuilder.Build(options);

        Assert.Equal(0, second.FilesRead);
        Assert.Equal(second.ArticleCount, second.ArticlesCleaned);
        Assert.Contains(second.Digests.Single(d => d.Slug == "library-fire").Removed, r => r.Text == "The library will stay shut until June.");
        CachedSite.AssertSameBytes(SiteBuilder.Plan(site.Options(cache: false)), second);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_build_given_up_part_way_leaves_the_last_good_site(bool serveSession)
    {
        using var site = new CachedSite(withCorpus: false);
        var memory = serveSession ? new BuildMemory() : null;
        var first = SiteBuilder.Build(site.Options() with { Memory = memory });
        var before = CachedSite.Files(first);
        File.AppendAllText(Path.Combine(site.Path, "content/library-fire/radio.md"), "\nThe council will meet on Tuesday to discuss repairs.\n");
        using var newer = new CancellationTokenSource();

        // A newer change comes as soon as the first file is rendered.
        Assert.ThrowsAny<OperationCanceledException>(() => SiteBuilder.Build(site.Options() with
        {
            Memory = memory, Cancellation = newer.Token, Rendered = (_, _) => newer.Cancel(),
        }));

        var now = CachedSite.Files(first);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), now.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, f => Assert.Equal(f.Value, now[f.Key]));
        Assert.Empty(Directory.GetDirectories(site.Path, ".public.staging-*"));
        var next = SiteBuilder.Build(site.Options() with { Memory = memory });
        CachedSite.AssertSameBytes(SiteBuilder.Plan(site.Options(cache: false)), next);
        Assert.Contains("The council will meet on Tuesday", File.ReadAllText(Path.Combine(next.OutputFolder, "stories/library-fire/index.html")), StringComparison.Ordinal);
    }
}
