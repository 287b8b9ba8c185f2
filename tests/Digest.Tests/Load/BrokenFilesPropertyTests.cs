using CsCheck;
using Digest.Core.Build;
using Digest.Core.Load;
using Digest.Tests.Support;

namespace Digest.Tests.Load;

/// <summary>Properties over generated input: broken files never cost a good article, and the front-matter reader never throws.</summary>
public class BrokenFilesPropertyTests
{
    private const string Second = "---\ntitle: Ferry timetable changes\noutlet: Island Post\ndate: 2024-05-03\n---\n\nThe winter ferry timetable starts on Monday.\n";

    private static readonly string[] Places = ["content/lifeboat/broken.md", "content/ferry/broken.md", "content/other/broken.md", "content/flat.md", "site.yml", "stories.yml", "content/ferry/_story.yml"];

    [Fact]
    public void Any_set_of_broken_files_added_to_a_good_site_leaves_every_good_article_built()
    {
        var kinds = HostileInputTests.HostileFiles().Select(row => row.Data.Item2).ToArray();
        Gen.Select(Gen.Int[0, kinds.Length - 1], Gen.Int[0, Places.Length - 1]).Array[1, 6]
            .Sample(broken =>
            {
                using var site = new Paths.TempFolder();
                site.Write("content/lifeboat/coast-radio.md", HostileInputTests.Good);
                site.Write("content/ferry/island-post.md", Second);
                foreach (var (kind, place) in broken)
                {
                    var path = Path.Combine(site.Path, Places[place]);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllBytes(path, kinds[kind]);
                }
                var built = SiteBuilder.Plan(new BuildOptions(site.Path)).Digests.SelectMany(d => d.Sources).Select(s => s.Path).ToHashSet();
                return built.Contains("content/lifeboat/coast-radio.md") && built.Contains("content/ferry/island-post.md");
            }, iter: 25, threads: 1);
    }

    [Fact]
    public void The_front_matter_reader_never_throws_and_points_inside_the_file()
    {
        var yamlish = Gen.String[Gen.Char["-:[]{}&*!|>?#'\",\t\n abc1\u00e9\u0001"], 0, 120];
        Gen.OneOf(Gen.String, yamlish.Select(y => $"---\ntitle: T\noutlet: X\n{y}\n---\nText.\n"))
            .Sample(text =>
            {
                var (article, diagnostics) = ContentLoader.Parse(text, "content/s/a.md");
                var lines = text.Split('\n').Length;
                return (article is not null || diagnostics.Length > 0)
                    && diagnostics.All(d => d.Line >= 1 && d.Line <= lines && d.Column >= 1);
            }, iter: 3000);
    }
}
