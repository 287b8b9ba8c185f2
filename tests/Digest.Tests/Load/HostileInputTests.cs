using System.Diagnostics;
using System.Text;
using Digest.Core;
using Digest.Core.Build;
using Digest.Tests.Support;

namespace Digest.Tests.Load;

/// <summary>One bad file never stops the site: each costs only itself, with an error at its real line.</summary>
public class HostileInputTests
{
    public const string Good = "---\ntitle: Lifeboat launched off Skerry Point\noutlet: Coast Radio\ndate: 2024-05-02\n---\n\nThe lifeboat was launched at dawn on Thursday.\n";

    private static string AliasBomb()
    {
        var text = new StringBuilder("---\ntitle: Bomb\noutlet: X\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
            text.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        return text.Append("---\nText.\n").ToString();
    }

    /// <summary>A hostile content file (as bytes) and the line its error must point at.</summary>
    public static TheoryData<string, byte[], int> HostileFiles() => new()
    {
        { "recursive alias", Encoding.UTF8.GetBytes("---\ntitle: T\noutlet: &a [x, *a]\n---\nText.\n"), 3 },
        { "alias bomb", Encoding.UTF8.GetBytes(AliasBomb()), 8 },
        { "complex key", Encoding.UTF8.GetBytes("---\ntitle: T\noutlet: X\n? [a, b]\n: c\n---\nText.\n"), 4 },
        { "deep nesting", Encoding.UTF8.GetBytes("---\ntitle: T\noutlet: X\nx: " + new string('[', 5000) + "\n---\nText.\n"), 4 },
        { "title as a list", Encoding.UTF8.GetBytes("---\ntitle: [a, b]\noutlet: X\n---\nText.\n"), 2 },
        { "tags as a mapping", Encoding.UTF8.GetBytes("---\ntitle: T\noutlet: X\ntags: {a: 1}\n---\nText.\n"), 4 },
        { "control character", Encoding.UTF8.GetBytes("---\ntitle: T\noutlet: X\n---\n\nHello\u0001 world.\n"), 6 },
        { "invalid UTF-8 in the body", [.. Encoding.UTF8.GetBytes("---\ntitle: T\noutlet: X\n---\n\nCaf"), 0xE9, .. Encoding.UTF8.GetBytes(" society.\n")], 6 },
        { "a PNG named .md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], 1 },
        { "empty", [], 1 },
        { "unclosed front matter", Encoding.UTF8.GetBytes("---\ntitle: T\n"), 1 },
        { "bad date", Encoding.UTF8.GetBytes("---\ntitle: T\noutlet: X\ndate: May 1\n---\nText.\n"), 4 },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void A_hostile_content_file_costs_only_itself(string kind, byte[] bytes, int line)
    {
        using var site = new Paths.TempFolder();
        site.Write("content/lifeboat/coast-radio.md", Good);
        File.WriteAllBytes(Path.Combine(site.Path, "content/lifeboat/hostile.md"), bytes);

        var result = SiteBuilder.Plan(new BuildOptions(site.Path));

        var error = Assert.Single(result.Diagnostics, d => d.Path == "content/lifeboat/hostile.md");
        Assert.True(error.Severity == Severity.Error, kind);
        Assert.Equal(line, error.Line);
        Assert.Equal("content/lifeboat/coast-radio.md", Assert.Single(Assert.Single(result.Digests).Sources).Path);
    }

    [Theory]
    [InlineData("site.yml")]
    [InlineData("stories.yml")]
    [InlineData("content/lifeboat/_story.yml")]
    public void A_hostile_config_or_override_file_costs_only_itself(string file)
    {
        using var site = new Paths.TempFolder();
        site.Write("content/lifeboat/coast-radio.md", Good);
        site.Write(file, "title: x\nloop: &a\n  - *a\n");

        var result = SiteBuilder.Plan(new BuildOptions(site.Path));

        var error = Assert.Single(result.Diagnostics, d => d.Path == file);
        Assert.Equal($"{file}:3:5: error: ", error.ToString()[..(file.Length + 13)]);
        Assert.Single(result.Digests);
    }

    [Fact]
    public void Pipes_are_never_opened_and_symbolic_link_loops_are_reported()
    {
        if (OperatingSystem.IsWindows()) return;
        using var site = new Paths.TempFolder();
        site.Write("content/lifeboat/coast-radio.md", Good);
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(site.Path, "content/lifeboat/pipe.md")))
            mkfifo.WaitForExit();
        File.CreateSymbolicLink(Path.Combine(site.Path, "content/lifeboat/a.md"), "b.md");
        File.CreateSymbolicLink(Path.Combine(site.Path, "content/lifeboat/b.md"), "a.md");
        Directory.CreateSymbolicLink(Path.Combine(site.Path, "content/lifeboat/again"), "..");

        var result = SiteBuilder.Plan(new BuildOptions(site.Path));

        Assert.Contains(result.Diagnostics, d => d.Path == "content/lifeboat/pipe.md" && d.Message.Contains("pipe or device"));
        Assert.Contains(result.Diagnostics, d => d.Path == "content/lifeboat/a.md" && d.Severity == Severity.Error);
        Assert.Contains(result.Diagnostics, d => d.Path == "content/lifeboat/again" && d.Message.Contains("loop"));
        Assert.Equal("content/lifeboat/coast-radio.md", Assert.Single(Assert.Single(result.Digests).Sources).Path);
    }
}
