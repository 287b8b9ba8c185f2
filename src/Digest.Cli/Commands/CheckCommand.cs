using System.CommandLine;
using Digest.Cli.Check;

namespace Digest.Cli.Commands;

/// <summary><c>digest check</c>: every problem of the site, nothing written.</summary>
internal static class CheckCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var source = DigestCommand.SourceOption();
        var command = new Command("check", """
            Validate site.yml, content and override files without writing anything: required fields,
            dates, duplicate source ids and story slugs, broken internal links, scheduled articles.
            Prints path:line:col: severity: message; exits with 1 if there is any error.

            Examples:
              digest check
              digest check --source ~/sites/memorials --quiet
            """)
        {
            source,
        };
        command.SetAction(parse =>
        {
            var reporter = DigestCommand.Reporter(parse, environment);
            var result = reporter.Progress("Checking the site…", () => SiteChecker.Check(parse.GetValue(source)!.FullName, environment.Today));
            reporter.Report(result.Diagnostics);
            var summary = $"Checked {BuildCommand.Plural(result.ArticleCount, "article", "articles")} in {BuildCommand.Plural(result.StoryCount, "story", "stories")}: "
                + $"{BuildCommand.Plural(result.Errors, "error", "errors")}, {BuildCommand.Plural(result.Warnings, "warning", "warnings")}";
            if (result.Errors > 0)
            {
                reporter.Error(summary);
                return DigestCommand.ContentErrors;
            }
            reporter.Success(summary);
            return DigestCommand.Ok;
        });
        return command;
    }
}
