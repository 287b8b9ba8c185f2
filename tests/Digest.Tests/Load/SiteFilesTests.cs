using Digest.Core;
using Digest.Core.Build;
using Digest.Core.Load;
using Digest.Tests.Support;

namespace Digest.Tests.Load;

/// <summary>Nothing from outside the site: symbolic links inside content/ or templates/ are followed only where they stay in the site.</summary>
public class SiteFilesTests
{
    private static string Article(string title) => $"---\ntitle: {title}\noutlet: Coast Radio\ndate: 2024-05-02\n---\n\nThe lifeboat was launched at dawn.\n";

    [Fact]
    public void Links_out_of_the_site_are_errors_and_not_followed()
    {
        if (OperatingSystem.IsWindows()) return;
        using var outside = new Paths.TempFolder();
        var secret = outside.Write("secret.md", Article("Secret"));
        outside.Write("folder/other.md", Article("Other"));
        outside.Write("layout.sbn-html", "LEAKED TEMPLATE");
        using var site = new Paths.TempFolder();
        site.Write("content/lifeboat/coast-radio.md", Article("Lifeboat launched"));
        File.CreateSymbolicLink(Path.Combine(site.Path, "content/lifeboat/leak.md"), secret);
        Directory.CreateSymbolicLink(Path.Combine(site.Path, "content/leaked"), Path.Combine(outside.Path, "folder"));
        File.CreateSymbolicLink(Path.Combine(site.Path, "content/lifeboat/inside.md"), "../../notes/kept.md");
        site.Write("notes/kept.md", Article("Kept"));
        Directory.CreateDirectory(Path.Combine(site.Path, "templates"));
        File.CreateSymbolicLink(Path.Combine(site.Path, "templates/layout.sbn-html"), Path.Combine(outside.Path, "layout.sbn-html"));

        var result = SiteBuilder.Plan(new BuildOptions(site.Path));

        Assert.Equal(["content/lifeboat/coast-radio.md", "content/lifeboat/inside.md"],
            ContentLoader.Load(site.Path).Articles.Select(a => a.Path));
        foreach (var path in new[] { "content/lifeboat/leak.md", "content/leaked", "templates/layout.sbn-html" })
        {
            var error = Assert.Single(result.Diagnostics, d => d.Path == path);
            Assert.Equal(Severity.Error, error.Severity);
            Assert.Contains("outside the site folder: not followed", error.Message);
        }
        Assert.DoesNotContain(result.Files, f => System.Text.Encoding.UTF8.GetString(f.Content).Contains("LEAKED", StringComparison.Ordinal));
    }

    [Fact]
    public void A_content_folder_that_is_itself_a_link_is_read()
    {
        if (OperatingSystem.IsWindows()) return;
        using var archive = new Paths.TempFolder();
        archive.Write("lifeboat/coast-radio.md", Article("Lifeboat launched"));
        using var site = new Paths.TempFolder();
        Directory.CreateSymbolicLink(Path.Combine(site.Path, "content"), archive.Path);

        var result = SiteBuilder.Plan(new BuildOptions(site.Path));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("content/lifeboat/coast-radio.md", Assert.Single(Assert.Single(result.Digests).Sources).Path);
    }
}
