using System.Collections.Immutable;
using System.Text;
using Digest.Core;
using Digest.Core.Build;

namespace Digest.Tests.Build;

/// <summary>
/// The content-hash cache of merged stories: it must never change a byte of the site, and an entry
/// that is damaged, foreign or from another engine is merged again, never trusted.
/// </summary>
public class DigestCacheTests
{
    [Fact]
    public void A_site_from_the_cache_has_the_same_bytes_as_one_merged_afresh()
    {
        using var site = new CachedSite();
        var fresh = SiteBuilder.Plan(site.Options(cache: false));
        var cold = SiteBuilder.Plan(site.Options());
        var warm = SiteBuilder.Plan(site.Options());

        Assert.False(Directory.Exists(Path.Combine(site.Path, "public")), "planning writes no output");
        Assert.Equal(fresh.Digests.Length, cold.StoriesMerged);
        Assert.Equal(0, warm.StoriesMerged);
        Assert.Equal(fresh.Digests.Length, site.Entries.Count());
        CachedSite.AssertSameBytes(fresh, cold);
        CachedSite.AssertSameBytes(fresh, warm);
    }

    [Fact]
    public void Front_matter_fields_and_overrides_come_back_from_the_cache_as_they_were()
    {
        using var site = new CachedSite(withCorpus: false);
        SiteBuilder.Plan(site.Options());
        var warm = SiteBuilder.Plan(site.Options());

        Assert.Equal(0, warm.StoriesMerged);
        var ferry = warm.Digests.Single(d => d.Slug == "ferry-aground");
        Assert.Equal("The Morven runs aground", ferry.Title);
        Assert.Equal("We *corrected* the number of passengers.", ferry.Editorial!.Note?.TrimEnd());
        var fields = ferry.Sources.Single(s => s.Id == "coastal").Fields!;
        Assert.Equal("Ines Duarte", fields["photographer"]);
        Assert.Equal(["Ines Duarte", "Tom Bell"], Assert.IsType<ImmutableArray<object?>>(fields["credits"]));
        var location = Assert.IsType<ImmutableSortedDictionary<string, object?>>(fields["location"]);
        Assert.Same(StringComparer.Ordinal, location.KeyComparer);
        Assert.Equal(["county", "grid", "harbour"], location.Keys);
        Assert.Equal(["12", "40"], Assert.IsType<ImmutableArray<object?>>(location["grid"]));
    }

    [Fact]
    public void Damaged_and_foreign_entries_are_merged_again_never_trusted()
    {
        using var site = new CachedSite(withCorpus: false);
        var fresh = SiteBuilder.Plan(site.Options(cache: false));
        SiteBuilder.Plan(site.Options());
        var entries = site.Entries.ToList();
        Assert.True(entries.Count >= 3, $"only {entries.Count} entries");

        var whole = File.ReadAllBytes(entries[0]);
        // Truncated, as by a full disk or a killed build.
        File.WriteAllBytes(entries[0], whole[..(whole.Length / 2)]);
        // The digest edited: still valid JSON, but not what was stored.
        var edited = File.ReadAllText(entries[1]);
        Assert.Contains("\"Title\":\"", edited, StringComparison.Ordinal);
        File.WriteAllText(entries[1], edited.Replace("\"Title\":\"", "\"Title\":\"X", StringComparison.Ordinal));
        // Another story's entry, whole and valid, under this story's key.
        File.WriteAllBytes(entries[2], whole);

        var rebuilt = SiteBuilder.Plan(site.Options());

        Assert.Equal(3, rebuilt.StoriesMerged);
        CachedSite.AssertSameBytes(fresh, rebuilt);
        var again = SiteBuilder.Plan(site.Options());
        Assert.Equal(0, again.StoriesMerged);
        CachedSite.AssertSameBytes(fresh, again);
    }

    [Fact]
    public void Garbage_in_every_entry_is_merged_again()
    {
        using var site = new CachedSite(withCorpus: false);
        var fresh = SiteBuilder.Plan(site.Options(cache: false));
        SiteBuilder.Plan(site.Options());
        var entries = site.Entries.ToList();
        File.WriteAllBytes(entries[0], []);
        File.WriteAllText(entries[1], "digest-cache 3\nnot a key\n\n{}");
        foreach (var entry in entries.Skip(2))
            File.WriteAllBytes(entry, [.. Enumerable.Range(0, 3000).Select(i => (byte)(i * 7919 % 251))]);

        var rebuilt = SiteBuilder.Plan(site.Options());

        Assert.Equal(entries.Count, rebuilt.StoriesMerged);
        CachedSite.AssertSameBytes(fresh, rebuilt);
    }

    [Fact]
    public void Entries_of_another_engine_are_not_read_and_are_pruned()
    {
        using var site = new CachedSite(withCorpus: false);
        var fresh = SiteBuilder.Plan(site.Options(cache: false));
        var old = SiteBuilder.Plan(site.Options() with { Engine = "an older digest" });
        var oldEntries = site.Entries.ToList();
        Assert.Equal(old.Digests.Length, old.StoriesMerged);

        var current = SiteBuilder.Plan(site.Options());

        Assert.Equal(fresh.Digests.Length, current.StoriesMerged);
        CachedSite.AssertSameBytes(fresh, current);
        Assert.Empty(site.Entries.Intersect(oldEntries));
        Assert.Equal(fresh.Digests.Length, site.Entries.Count());
    }

    [Fact]
    public void A_deleted_cache_is_made_again()
    {
        using var site = new CachedSite(withCorpus: false);
        var first = SiteBuilder.Build(site.Options());
        Directory.Delete(site.CacheFolder, recursive: true);

        var second = SiteBuilder.Build(site.Options());

        Assert.Equal(first.Digests.Length, second.StoriesMerged);
        CachedSite.AssertSameBytes(first, second);
        Assert.Equal(first.Digests.Length, site.Entries.Count());
        Assert.Equal(0, SiteBuilder.Build(site.Options()).StoriesMerged);
    }

    [Fact]
    public void Without_the_cache_nothing_is_read_or_written()
    {
        using var site = new CachedSite(withCorpus: false);
        var result = SiteBuilder.Build(site.Options(cache: false));

        Assert.Equal(result.Digests.Length, result.StoriesMerged);
        Assert.False(Directory.Exists(site.CacheFolder));
    }

    [Fact]
    public void Files_in_the_cache_folder_that_Digest_did_not_write_are_left_alone()
    {
        using var site = new CachedSite(withCorpus: false);
        SiteBuilder.Build(site.Options());
        var mine = site.Write($"{DigestCache.FolderName}/stories/notes.txt", "mine");
        var lookalike = site.Write($"{DigestCache.FolderName}/stories/{new string('a', 63)}.json", "not a key: 63 digits");

        SiteBuilder.Build(site.Options());

        Assert.Equal("mine", File.ReadAllText(mine));
        Assert.True(File.Exists(lookalike));
    }

    [Fact]
    public void A_cache_folder_Digest_did_not_make_is_not_used()
    {
        using var site = new CachedSite(withCorpus: false);
        var theirs = site.Write($"{DigestCache.FolderName}/photo.jpg", "not ours");

        var result = SiteBuilder.Build(site.Options());

        Assert.True(result.Succeeded);
        Assert.Equal(result.Digests.Length, result.StoriesMerged);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("holds files Digest did not write", StringComparison.Ordinal));
        Assert.Equal([theirs], Directory.EnumerateFileSystemEntries(site.CacheFolder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_cache_folder_that_links_out_of_the_site_is_not_written()
    {
        using var site = new CachedSite(withCorpus: false);
        using var elsewhere = new Support.Paths.TempFolder();
        Directory.CreateSymbolicLink(site.CacheFolder, elsewhere.Path);

        var result = SiteBuilder.Build(site.Options());

        Assert.True(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Path == DigestCache.FolderName && d.Message.Contains("link", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere.Path));
    }

    [Fact]
    public void The_output_folder_is_never_the_cache()
    {
        using var site = new CachedSite(withCorpus: false);

        var result = SiteBuilder.Build(site.Options(output: site.CacheFolder));

        Assert.True(result.Succeeded);
        Assert.Equal(result.Digests.Length, result.StoriesMerged);
        Assert.Contains(result.Diagnostics, d => d.Path == DigestCache.FolderName);
        Assert.True(File.Exists(Path.Combine(site.CacheFolder, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.CacheFolder, "stories", "stories")));
    }

    [Fact]
    public void Digest_build_no_cache_writes_no_cache()
    {
        using var site = new CachedSite(withCorpus: false);

        var (exit, _, error) = Cli.Cli.Run("build", "--quiet", "--no-cache", "--source", site.Path);

        Assert.True(exit == 0, error);
        Assert.False(Directory.Exists(site.CacheFolder));
        var (again, _, error2) = Cli.Cli.Run("build", "--quiet", "--source", site.Path);
        Assert.True(again == 0, error2);
        Assert.NotEmpty(site.Entries);
        Assert.StartsWith("Signature: 8a477f597d28d172789f06886806bc55", File.ReadAllText(Path.Combine(site.CacheFolder, "CACHEDIR.TAG")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_names_its_format_and_key()
    {
        using var site = new CachedSite(withCorpus: false);
        SiteBuilder.Plan(site.Options());

        foreach (var entry in site.Entries)
        {
            var lines = Encoding.UTF8.GetString(File.ReadAllBytes(entry)).Split('\n', 4);
            Assert.Equal("digest-cache 3", lines[0]);
            Assert.Equal(Path.GetFileNameWithoutExtension(entry), lines[1]);
            // Each part's checksum and length: a story's brief, then its whole digest.
            Assert.Matches("^[0-9a-f]{64}:[0-9]+ [0-9a-f]{64}:[0-9]+$", lines[2]);
        }
    }

    [Fact]
    public void A_cache_of_the_earlier_layout_is_not_read_and_only_its_own_entries_are_pruned()
    {
        using var site = new CachedSite(withCorpus: false);
        var fresh = SiteBuilder.Plan(site.Options(cache: false));
        SiteBuilder.Plan(site.Options());
        // An entry as the first layout wrote it (its header names that format, its key and checksum still hold), and
        // that layout's folder of cleaned articles, with a file of someone else's beside Digest's entries.
        var entry = site.Entries.First();
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, [.. "digest-cache 1"u8, .. bytes.AsSpan(bytes.AsSpan().IndexOf((byte)'\n'))]);
        var articles = Path.Combine(site.CacheFolder, "articles");
        Directory.CreateDirectory(articles);
        var oldArticle = Path.Combine(articles, new string('a', 64) + ".json");
        File.WriteAllText(oldArticle, "digest-cache 1\n" + new string('a', 64) + "\n\n{}");
        var notes = Path.Combine(articles, "notes.txt");
        File.WriteAllText(notes, "mine");
        var briefs = Path.Combine(site.CacheFolder, "briefs");
        Directory.CreateDirectory(briefs);
        File.WriteAllText(Path.Combine(briefs, new string('c', 64) + ".json"), "digest-cache 1\n" + new string('c', 64) + "\n\n{}");

        var rebuilt = SiteBuilder.Plan(site.Options());

        Assert.Equal(1, rebuilt.StoriesMerged);
        CachedSite.AssertSameBytes(fresh, rebuilt);
        Assert.Equal(bytes, File.ReadAllBytes(entry));
        Assert.False(File.Exists(oldArticle));
        Assert.Equal("mine", File.ReadAllText(notes));
        Assert.False(Directory.Exists(briefs));
        Assert.Equal(0, SiteBuilder.Plan(site.Options()).StoriesMerged);
    }

    [Fact]
    public void A_link_planted_as_a_folder_of_the_earlier_layout_is_not_pruned_through()
    {
        using var site = new CachedSite(withCorpus: false);
        using var elsewhere = new Support.Paths.TempFolder();
        SiteBuilder.Plan(site.Options());
        var outside = elsewhere.Write(new string('b', 64) + ".json", "not Digest's");
        Directory.CreateSymbolicLink(Path.Combine(site.CacheFolder, "articles"), elsewhere.Path);

        var rebuilt = SiteBuilder.Plan(site.Options());

        Assert.Equal(0, rebuilt.StoriesMerged);
        Assert.Equal("not Digest's", File.ReadAllText(outside));
    }

    [Fact]
    public void A_link_planted_as_a_story_entry_is_replaced_not_read_or_written_through()
    {
        using var site = new CachedSite(withCorpus: false);
        using var elsewhere = new Support.Paths.TempFolder();
        var fresh = SiteBuilder.Plan(site.Options(cache: false));
        SiteBuilder.Plan(site.Options());
        var entry = site.Entries.First();
        var target = elsewhere.Write("outside.txt", "not Digest's");
        // The entry's own bytes, which would be trusted if read through the link, and a line more, which writing through it would lose.
        byte[] copied = [.. File.ReadAllBytes(entry), .. "\n"u8];
        File.WriteAllBytes(target, copied);
        File.Delete(entry);
        File.CreateSymbolicLink(entry, target);

        var rebuilt = SiteBuilder.Plan(site.Options());

        Assert.Equal(1, rebuilt.StoriesMerged);
        Assert.Equal(copied, File.ReadAllBytes(target));
        Assert.Null(new FileInfo(entry).LinkTarget);
        Assert.Equal(copied[..^1], File.ReadAllBytes(entry));
        Assert.Equal(0, SiteBuilder.Plan(site.Options()).StoriesMerged);
        CachedSite.AssertSameBytes(fresh, rebuilt);
    }

    [Fact]
    public void An_article_is_cleaned_again_only_where_its_story_is_merged()
    {
        using var site = new CachedSite(withCorpus: false);
        var fresh = SiteBuilder.Plan(site.Options(cache: false));
        var first = SiteBuilder.Plan(site.Options());
        Assert.Equal(first.ArticleCount, first.ArticlesCleaned);
        Assert.False(Directory.Exists(Path.Combine(site.CacheFolder, "articles")));

        // Every story taken from the cache: its articles are left unread (but the two of the story whose editor excludes a
        // sentence, which reads them).
        var unread = SiteBuilder.Plan(site.Options());
        Assert.Equal(0, unread.StoriesMerged);
        Assert.Equal(2, unread.ArticlesCleaned);
        Assert.Equal(unread.ArticleCount - 2, unread.ArticlesUnread);
        CachedSite.AssertSameBytes(fresh, unread);

        // Every story merged again: every article is read and cleaned.
        Directory.Delete(site.EntriesFolder, recursive: true);
        var rebuilt = SiteBuilder.Plan(site.Options());
        Assert.Equal(fresh.Digests.Length, rebuilt.StoriesMerged);
        Assert.Equal(rebuilt.ArticleCount, rebuilt.ArticlesCleaned);
        Assert.Equal(0, rebuilt.ArticlesUnread);
        CachedSite.AssertSameBytes(fresh, rebuilt);
    }

    [Fact]
    public void A_story_whose_whole_digest_is_damaged_is_merged_again_only_when_its_pages_or_the_feeds_read_it()
    {
        using var site = new CachedSite(withCorpus: false);
        site.Write("site.yml", "title: Harbour Desk\nbase_url: https://example.org/news\nfeed_size: 1\n");
        var fresh = SiteBuilder.Build(site.Options(cache: false, output: Path.Combine(site.Path, "fresh")));
        var first = SiteBuilder.Build(site.Options());
        // Cut short after the brief that leads each, as a killed build leaves them.
        foreach (var entry in site.Entries.ToList())
            File.WriteAllBytes(entry, File.ReadAllBytes(entry)[..^100]);

        // Every page is kept from the last build: the summaries are all the site's other pages read, but for the feeds, which
        // give the newest stories whole, so those are merged again.
        var kept = SiteBuilder.Build(site.Options());
        Assert.Equal(1, kept.StoriesMerged);
        Assert.Equal(0, kept.PagesRendered);
        CachedSite.AssertSameBytes(fresh, kept);

        // Every page rendered (a plan keeps none): each story's whole digest is needed, and made again.
        var planned = SiteBuilder.Plan(site.Options());
        Assert.Equal(first.Digests.Length - 1, planned.StoriesMerged);
        CachedSite.AssertSameBytes(fresh, planned);
        Assert.Equal(first.Digests.Length, site.Entries.Count());
        Assert.Equal(0, SiteBuilder.Plan(site.Options()).StoriesMerged);
    }

    [Fact]
    public void A_story_whose_whole_digest_is_gone_is_merged_again()
    {
        using var site = new CachedSite(withCorpus: false);
        var first = SiteBuilder.Build(site.Options());
        File.Delete(site.Entries.First());

        var second = SiteBuilder.Build(site.Options());

        Assert.Equal(1, second.StoriesMerged);
        CachedSite.AssertSameBytes(first, second);
    }

    [Fact]
    public void Damaged_briefs_are_made_again_from_the_whole_digests()
    {
        using var site = new CachedSite(withCorpus: false);
        var fresh = SiteBuilder.Plan(site.Options(cache: false));
        SiteBuilder.Plan(site.Options());
        var entries = site.Entries.ToList();
        Assert.Equal(fresh.Digests.Length, entries.Count);
        // One with a letter of its brief's title changed (its whole digest still holds), one cut in half, one another story's.
        var whole = File.ReadAllBytes(entries[0]);
        var title = Encoding.UTF8.GetString(whole).IndexOf("\"Title\":\"", StringComparison.Ordinal) + 9;
        var damaged = whole.ToArray();
        damaged[title] ^= 0x01;
        File.WriteAllBytes(entries[0], damaged);
        var second = File.ReadAllBytes(entries[1]);
        File.WriteAllBytes(entries[1], second[..(second.Length / 2)]);
        File.WriteAllBytes(entries[2], whole);

        var rebuilt = SiteBuilder.Plan(site.Options());

        Assert.Equal(2, rebuilt.StoriesMerged);
        CachedSite.AssertSameBytes(fresh, rebuilt);
        Assert.Equal(whole, File.ReadAllBytes(entries[0]));
        Assert.Equal(0, SiteBuilder.Plan(site.Options()).StoriesMerged);
    }

    [Fact]
    public void A_summary_holds_what_the_site_wide_pages_read_and_not_where_each_sentence_came_from()
    {
        using var site = new CachedSite(withCorpus: false);
        var ferry = SiteBuilder.Plan(site.Options(cache: false)).Digests.Single(d => d.Slug == "ferry-aground");

        var summary = DigestCache.Summary(ferry);

        // The lede alone of its body: home pages and listings show it; the search index's text of the whole body is kept beside it.
        var lede = Assert.Single(summary.Body);
        Assert.Equal((ferry.Body[0].Text, ferry.Body[0].Paragraph), (lede.Text, lede.Paragraph));
        Assert.True(ferry.Body.Length > 1);
        Assert.Equal(ferry.Lede, summary.Lede);
        Assert.Equal(ferry.Quotes.Select(q => (q.Text, q.Speaker)), summary.Quotes.Select(q => (q.Text, q.Speaker)));
        Assert.Equal(ferry.Sources, summary.Sources);
        Assert.Equal(ferry.People, summary.People);
        Assert.Equal(ferry.Tags, summary.Tags);
        Assert.Equal(ferry.Editorial, summary.Editorial);
        Assert.All(summary.Body, b => Assert.Empty(b.From));
        Assert.Empty(summary.Timeline);
        Assert.NotEmpty(ferry.Body.SelectMany(b => b.From));
    }

    [Fact]
    public void Articles_of_one_story_from_two_folders_with_one_id_come_back_from_the_cache_as_merged_afresh()
    {
        using var site = new CachedSite(withCorpus: false);
        // Two folders, each with its coastal.md, told to be one story: grouping gives the second a new id.
        foreach (var (folder, line) in new[] { ("harbour-a", "The harbour wall was repaired on Monday, the council said."), ("harbour-b", "Workers finished repairs to the harbour wall on Monday.") })
            site.Write($"content/{folder}/coastal.md", $"---\ntitle: Harbour wall repaired\noutlet: Coastal Times\ndate: 2023-05-02\nstory: harbour-wall\n---\n{line}\n");
        var fresh = SiteBuilder.Plan(site.Options(cache: false));
        Assert.Contains(fresh.Digests.Single(d => d.Slug == "harbour-wall").Sources, s => s.Id == "coastal-2");
        SiteBuilder.Build(site.Options());

        var warm = SiteBuilder.Build(site.Options());
        var planned = SiteBuilder.Plan(site.Options());

        Assert.Equal(0, warm.StoriesMerged);
        Assert.Equal(0, planned.StoriesMerged);
        CachedSite.AssertSameBytes(fresh, warm);
        CachedSite.AssertSameBytes(fresh, planned);
    }
}
