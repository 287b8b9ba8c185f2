using System.Collections.Immutable;
using Digest.Core.Clean;
using Digest.Core.Group;
using Digest.Core.Load;

namespace Digest.Tests.Group;

public class StoryGrouperTests
{
    private static CleanArticle Make(string path, string? story = null)
    {
        var (article, diagnostics) = ContentLoader.Parse(
            $"---\ntitle: T {path}\noutlet: O\n{(story is null ? "" : $"story: {story}\n")}---\nText.\n", path);
        Assert.Empty(diagnostics);
        return new BoilerplateCleaner([]).Clean(article!);
    }

    [Fact]
    public void Story_key_wins_over_folder()
    {
        var stories = StoryGrouper.Group([Make("content/a/x.md", "Shared Story"), Make("content/b/y.md", "shared story"), Make("content/a/z.md")]);
        Assert.Equal(["a", "shared-story"], stories.Select(s => s.Slug));
        Assert.Equal(["content/a/x.md", "content/b/y.md"], stories[1].Articles.Select(a => a.Article.Path));
    }

    [Fact]
    public void Same_file_name_in_one_story_gets_distinct_ids()
    {
        var stories = StoryGrouper.Group([Make("content/a/ap.md", "s"), Make("content/b/ap.md", "s")]);
        Assert.Equal(["ap", "ap-2"], stories.Single().Articles.Select(a => a.Id));
    }
}
