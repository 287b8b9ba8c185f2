using System.CommandLine;
using System.Text.RegularExpressions;
using Digest.Cli;
using Digest.Tests.Support;

namespace Digest.Tests.Cli;

public class CommandLineTests
{
    public static TheoryData<string> CommandPaths()
    {
        var data = new TheoryData<string>();
        void Walk(Command command, string path)
        {
            data.Add(path);
            foreach (var sub in command.Subcommands)
                Walk(sub, (path + " " + sub.Name).Trim());
        }
        Walk(DigestCommand.Create(Cli.Environment(new StringWriter(), new StringWriter())), "");
        return data;
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void Every_command_has_help_with_examples(string path)
    {
        var (exit, output, _) = Cli.Run([.. path.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);
        Assert.Equal(DigestCommand.Ok, exit);
        Assert.Contains("Usage:", output);
        Assert.Contains("Examples:", output);
        Assert.Contains("digest " + path, output[output.IndexOf("Examples:", StringComparison.Ordinal)..]);
    }

    [Theory]
    [InlineData("build --bogus")]
    [InlineData("serve --port abc")]
    [InlineData("frobnicate")]
    [InlineData("new article --story s")]
    [InlineData("new article --story s --outlet X --date 2024-13-01")]
    [InlineData("serve --port 70000")]
    [InlineData("import")]
    public void Wrong_usage_exits_with_2_and_points_to_help(string args)
    {
        var (exit, _, error) = Cli.Run(args.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(DigestCommand.UsageError, exit);
        Assert.Contains("error:", error);
    }

    [Fact]
    public void Digest_alone_prints_help()
    {
        var (exit, output, error) = Cli.Run();
        Assert.Equal(DigestCommand.Ok, exit);
        Assert.Equal("", error);
        Assert.Contains("Usage:", output);
        Assert.Contains("build", output);
    }

    [Theory]
    [InlineData("biuld", "'biuld': did you mean 'build'?")]
    [InlineData("serv", "'serv': did you mean 'serve'?")]
    [InlineData("build --stict", "'--stict': did you mean '--strict'?")]
    [InlineData("build --sorce .", "'--sorce': did you mean '--source'?")]
    [InlineData("serve --drafs", "'--drafs': did you mean '--drafts'?")]
    [InlineData("build --verbos", "'--verbos': did you mean '--verbose'?")]
    public void A_mistyped_command_or_option_suggests_the_right_one(string args, string suggestion)
    {
        var (exit, _, error) = Cli.Run(args.Split(' '));
        Assert.Equal(DigestCommand.UsageError, exit);
        Assert.Contains(suggestion, error);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("99999")]
    public void A_port_that_is_not_a_port_is_a_usage_error_without_a_stack_trace(string port)
    {
        var (exit, _, error) = Cli.Run("serve", "--port", port);
        Assert.Equal(DigestCommand.UsageError, exit);
        Assert.StartsWith($"error: --port must be a number between 1 and 65535, not '{port}'", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Error_lines_are_never_wrapped_even_on_a_terminal()
    {
        var error = new StringWriter();
        var reporter = new Reporter(new CliEnvironment(new StringWriter(), error, Interactive: true, TimeProvider.System), Verbosity.Normal);
        var message = "a message long enough to pass any terminal width, " + string.Concat(Enumerable.Repeat("and then some more words ", 20)) + "to the end";

        reporter.Report(Core.Diagnostic.Error("content/a-long-story-folder/an-outlet.md", 12, 7, message));

        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"content/a-long-story-folder/an-outlet.md:12:7: error: {message}", line);
    }

    [Fact]
    public void The_summary_counts_files_left_out_drafts_and_scheduled_articles()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/a/x.md", string.Format(Cli.Article, "One", "X", "2024-01-01", "Hello there."));
        site.Write("content/a/broken.md", "---\ntitle: Broken\n---\nNo outlet.\n");
        site.Write("content/a/draft.md", "---\ntitle: Draft\noutlet: Y\ndraft: yes\n---\nNot yet.\n");
        site.Write("content/a/later.md", string.Format(Cli.Article, "Later", "Z", "2030-01-01", "Next decade."));

        var (exit, output, _) = Cli.Run("build", "--source", site.Path);

        Assert.Equal(DigestCommand.Ok, exit);
        Assert.EndsWith("; left out 1 file with errors (listed above), 1 draft (--drafts), 1 scheduled article (--future)", output.TrimEnd());
    }

    [Fact]
    public void Build_ends_with_a_one_line_summary_and_quiet_prints_nothing()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/a/x.md", string.Format(Cli.Article, "One", "X", "2024-01-01", "Hello there."));
        site.Write("content/a/y.md", string.Format(Cli.Article, "Two", "Y", "2024-01-02", "Hello again."));

        var (exit, output, error) = Cli.Run("build", "--source", site.Path);
        Assert.Equal(DigestCommand.Ok, exit);
        Assert.Equal("", error);
        var pages = Directory.GetFiles(Path.Combine(site.Path, "public"), "*.html", SearchOption.AllDirectories).Length;
        Assert.Matches(new Regex($@"^Built 1 story from 2 articles into {pages} pages in \S+ \(\d+\.\d\d s\)\r?\n$"), output);

        var quiet = Cli.Run("build", "--source", site.Path, "--quiet");
        Assert.Equal((0, "", ""), quiet);

        var verbose = Cli.Run("build", "--source", site.Path, "--verbose");
        Assert.Contains("wrote stories/a/index.html", verbose.Out);
        Assert.Contains("wrote stories/a/digest.json", verbose.Out);
    }

    [Fact]
    public void Timings_print_each_stage_then_what_the_runtime_spent_to_standard_error()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/a/x.md", string.Format(Cli.Article, "One", "X", "2024-01-01", "Hello there."));
        site.Write("content/a/y.md", string.Format(Cli.Article, "Two", "Y", "2024-01-02", "Hello again."));

        var (exit, output, error) = Cli.Run("build", "--source", site.Path, "--quiet", "--timings", "--no-cache");

        Assert.Equal(DigestCommand.Ok, exit);
        Assert.Equal("", output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["Load", "Clean", "Group", "Merge", "Render", "Write", "Runtime"], lines.Select(l => l.Split(' ')[0]));
        Assert.Contains(lines, l => l.StartsWith("Load ", StringComparison.Ordinal) && l.EndsWith("2 articles, 2 sentences", StringComparison.Ordinal));
        Assert.Matches(new Regex(@"^Runtime +\d+\.\d{3} s JIT \(\d+ methods\), \d+\.\d{3} s paused by \d+ collections \(\d+ full, peak heap \d+ MiB\), \d+ MiB allocated$"), lines[^1]);
    }

    [Fact]
    public void Content_errors_print_as_path_line_col_and_strict_exits_with_1()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/a/x.md", string.Format(Cli.Article, "One", "X", "2024-01-01", "Hello there."));
        site.Write("content/b/y.md", "---\ntitle: Broken\n---\nNo outlet.\n");

        var (exit, _, error) = Cli.Run("build", "--source", site.Path, "--strict");

        Assert.Equal(DigestCommand.ContentErrors, exit);
        Assert.StartsWith("content/b/y.md:2:1: error: missing required field 'outlet'", error);
    }

    [Fact]
    public void A_build_that_cannot_write_exits_with_3()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/a/x.md", string.Format(Cli.Article, "One", "X", "2024-01-01", "Hello there."));
        site.Write("blocker", "a file where the output's parent folder should be");

        var (exit, _, error) = Cli.Run("build", "--source", site.Path, "--output", Path.Combine(site.Path, "blocker", "public"));

        Assert.Equal(DigestCommand.Crash, exit);
        Assert.StartsWith("error: ", error);
    }

    [Fact]
    public void A_theme_that_does_not_compile_is_an_error_with_its_place_not_a_crash()
    {
        using var site = new Paths.TempFolder();
        site.Write("content/a/x.md", string.Format(Cli.Article, "One", "X", "2024-01-01", "Hello there."));
        site.Write("templates/index.sbn-html", "<ol>\n{{ for s in stories }}<li>{{ s.title }}</li>\n</ol>\n");

        var (exit, _, error) = Cli.Run("build", "--source", site.Path);

        Assert.Equal(DigestCommand.ContentErrors, exit);
        Assert.StartsWith("templates/index.sbn-html:2:", error);
        Assert.Contains(": error: ", error);
        Assert.Contains("the last good site is unchanged", error);
        Assert.DoesNotContain("   at ", error);
        Assert.False(Directory.Exists(Path.Combine(site.Path, "public")));
    }
}
