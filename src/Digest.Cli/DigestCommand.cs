using System.CommandLine;
using Digest.Core;
using Digest.Core.Build;

namespace Digest.Cli;

/// <summary>The <c>digest</c> command line: a thin shell over <see cref="SiteBuilder"/>.</summary>
public static class DigestCommand
{
    /// <summary>Exit codes, documented in README.</summary>
    public const int Ok = 0, ContentErrors = 1, UsageError = 2, Crash = 3;

    public static RootCommand Create()
    {
        var root = new RootCommand("Digest: build static news and memorial digests from articles by several outlets.");
        root.Subcommands.Add(BuildCommand());
        return root;
    }

    private static Command BuildCommand()
    {
        var source = new Option<DirectoryInfo>("--source", "-s")
        {
            Description = "Site folder holding site.yml and content/ (default: the current folder)",
            DefaultValueFactory = _ => new DirectoryInfo("."),
        };
        var output = new Option<DirectoryInfo?>("--output", "-o")
        {
            Description = "Output folder (default: the 'output' key of site.yml, 'public')",
        };
        var strict = new Option<bool>("--strict") { Description = "Fail the build, writing nothing, on any content error" };

        var command = new Command("build", "Build the site into the output folder, replacing it atomically.\n\nExamples:\n  digest build\n  digest build --source ~/sites/memorials --output /var/www/html --strict")
        {
            source, output, strict,
        };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(
                parse.GetValue(source)!.FullName,
                parse.GetValue(output)?.FullName,
                parse.GetValue(strict));
            return Run(options);
        });
        return command;
    }

    internal static int Run(BuildOptions options)
    {
        try
        {
            var result = SiteBuilder.Build(options);
            foreach (var diagnostic in result.Diagnostics)
                Console.Error.WriteLine(diagnostic);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"build failed: {result.Diagnostics.Count(d => d.Severity == Severity.Error)} error(s) with --strict; nothing was written");
                return ContentErrors;
            }
            Console.WriteLine($"Built {result.Digests.Length} stories from {result.ArticleCount} articles into {result.Files.Length} files in {Path.GetRelativePath(Environment.CurrentDirectory, result.OutputFolder)} ({result.Elapsed.TotalSeconds:0.00} s)");
            return Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return Crash;
        }
    }
}
