using System.CommandLine;
using Digest.Core;
using Digest.Core.Build;
using Digest.Core.Render.Templates;

namespace Digest.Cli.Commands;

/// <summary><c>digest build</c>: the whole pipeline into the output folder.</summary>
internal static class BuildCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var source = DigestCommand.SourceOption();
        var output = new Option<DirectoryInfo?>("--output", "-o")
        {
            Description = "Output folder (default: the 'output' key of site.yml, 'public')",
        };
        var strict = new Option<bool>("--strict") { Description = "Fail the build, writing nothing, on any content error" };
        var drafts = DigestCommand.DraftsOption();
        var future = DigestCommand.FutureOption();
        var force = new Option<bool>("--force")
        {
            Description = "Replace the output folder even if it holds files Digest did not write (they are deleted)",
        };

        var timings = new Option<bool>("--timings")
        {
            Description = "Print each stage's wall and CPU time and what it handled (articles, stories, sentences, pages, bytes) to standard error",
        };

        var noCache = new Option<bool>("--no-cache")
        {
            Description = $"Merge every story again, neither reading nor writing the build cache ({Digest.Core.Build.DigestCache.FolderName}/ in the site folder)",
        };

        var command = new Command("build", """
            Build the site into the output folder, replacing it atomically. A folder holding files
            Digest did not write is refused unless --force; files to publish as they are (CNAME,
            images) go in the site's static/ folder.

            Examples:
              digest build
              digest build --drafts --future
              digest build --timings
              digest build --source ~/sites/memorials --output ~/www/memorials --strict
            """)
        {
            source, output, strict, drafts, future, force, timings, noCache,
        };
        command.SetAction(parse => Run(
            new BuildOptions(
                parse.GetValue(source)!.FullName,
                parse.GetValue(output)?.FullName,
                parse.GetValue(strict),
                parse.GetValue(drafts),
                parse.GetValue(future),
                environment.Today,
                parse.GetValue(force)) { UseCache = !parse.GetValue(noCache) },
            DigestCommand.Reporter(parse, environment),
            parse.GetValue(timings)));
        return command;
    }

    internal static int Run(BuildOptions options, Reporter reporter, bool timings = false)
    {
        BuildResult result;
        try
        {
            result = reporter.Progress("Building the site…", () => SiteBuilder.Build(options));
        }
        catch (TemplateException e)
        {
            reporter.Report(e.Diagnostics);
            reporter.Error("the templates above need fixing; nothing was written, the last good site is unchanged");
            return DigestCommand.ContentErrors;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Output not writable, or the disk full: the last good site stays.
            reporter.Error($"the build could not finish, the last good site is unchanged: {e.Message}");
            return DigestCommand.Crash;
        }
        reporter.Report(result.Diagnostics);
        if (timings)
        {
            foreach (var stage in result.Stages.Stages)
                reporter.Timing(stage.ToString());
            reporter.Timing(StageClock.Runtime());
        }
        if (result.Refusal is not null)
        {
            reporter.ErrorLine(result.Refusal);
            return DigestCommand.Crash;
        }
        if (!result.Succeeded)
        {
            reporter.Error($"build failed: {result.Diagnostics.Count(d => d.Severity == Severity.Error)} error(s) with --strict; nothing was written");
            return DigestCommand.ContentErrors;
        }
        foreach (var path in result.OutputPaths)
            reporter.Detail($"wrote {path}");
        reporter.Success(Summary(result, Path.GetRelativePath(Environment.CurrentDirectory, result.OutputFolder)));
        return DigestCommand.Ok;
    }

    /// <summary>The one-line summary: stories, articles, pages, seconds; then what was left out and why.</summary>
    internal static string Summary(BuildResult result, string where)
    {
        var pages = result.OutputPaths.Count(SiteBuilder.IsPage);
        var line = $"Built {Plural(result.Digests.Length, "story", "stories")} from {Plural(result.ArticleCount, "article", "articles")} "
            + $"into {Plural(pages, "page", "pages")} in {where} ({result.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s)";
        var broken = result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Path).Distinct(StringComparer.Ordinal).Count();
        string[] leftOut = [
            .. broken > 0 ? [$"{Plural(broken, "file", "files")} with errors (listed above)"] : Array.Empty<string>(),
            .. result.SkippedDrafts > 0 ? [$"{Plural(result.SkippedDrafts, "draft", "drafts")} (--drafts)"] : Array.Empty<string>(),
            .. result.SkippedScheduled > 0 ? [$"{Plural(result.SkippedScheduled, "scheduled article", "scheduled articles")} (--future)"] : Array.Empty<string>(),
        ];
        return leftOut.Length == 0 ? line : $"{line}; left out {string.Join(", ", leftOut)}";
    }

    internal static string Plural(int n, string one, string many) => StageClock.Count(n, one, many);
}
