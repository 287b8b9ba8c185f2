using System.CommandLine;
using Digest.Cli.Commands;

namespace Digest.Cli;

/// <summary>The <c>digest</c> command line: a thin shell over Digest.Core.</summary>
public static class DigestCommand
{
    /// <summary>Exit codes, documented in README.</summary>
    public const int Ok = 0, ContentErrors = 1, UsageError = 2, Crash = 3;

    public static readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "Print only errors",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Print more detail (each file written or skipped)",
        Recursive = true,
    };

    public static RootCommand Create(CliEnvironment environment)
    {
        var root = new RootCommand("""
            Digest: build static news and memorial digests from articles by several outlets.

            Examples:
              digest new site memorials && cd memorials
              digest import ~/saved/page.html --story flood-2024
              digest serve
              digest build --strict
            """)
        {
            Quiet, Verbose,
        };
        root.Subcommands.Add(BuildCommand.Create(environment));
        root.Subcommands.Add(ServeCommand.Create(environment));
        root.Subcommands.Add(NewCommand.Create(environment));
        root.Subcommands.Add(CheckCommand.Create(environment));
        root.Subcommands.Add(ImportCommand.Create(environment));
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; wrong usage is exit code 2, not System.CommandLine's 1.</summary>
    public static async Task<int> InvokeAsync(string[] args, CliEnvironment environment, CancellationToken cancellation = default)
    {
        if (args.Length == 0)
            args = ["--help"]; // digest alone: what it can do, not an error
        ParseResult parse;
        try
        {
            parse = Create(environment).Parse(args);
        }
        catch (InvalidOperationException e)
        {
            // A validator met a value the parser could not convert; the usage is wrong either way.
            environment.Error.WriteLine($"error: {e.Message}");
            return UsageError;
        }
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                environment.Error.WriteLine($"error: {WithSuggestion(error.Message, parse)}");
            environment.Error.WriteLine($"Run '{string.Join(' ', CommandPath(parse))} --help' for usage and examples.");
            return UsageError;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = environment.Out,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
            }, cancellation);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A publisher gets a message, not a stack trace; exit code 3 says Digest could not run.
            environment.Error.WriteLine($"error: {e.Message}");
            return Crash;
        }
    }

    /// <summary>A mistyped command or option gets the closest one the command knows ("did you mean 'build'?").</summary>
    private static string WithSuggestion(string message, ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        foreach (var token in parse.UnmatchedTokens)
        {
            if (!message.Contains($"'{token}'", StringComparison.Ordinal))
                continue;
            var known = token.StartsWith('-')
                ? command.Options.Concat(Recursive(parse)).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal))
                : command.Subcommands.Select(c => c.Name);
            if (Core.Suggestion.Closest(token, known) is { } suggestion)
                return $"{message.TrimEnd('.')}: did you mean '{suggestion}'?";
        }
        return message;
    }

    private static IEnumerable<Option> Recursive(ParseResult parse)
    {
        for (var result = parse.CommandResult.Parent as System.CommandLine.Parsing.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            foreach (var option in result.Command.Options.Where(o => o.Recursive))
                yield return option;
    }

    private static IEnumerable<string> CommandPath(ParseResult parse)
    {
        var names = new Stack<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Push(result.Parent is null ? "digest" : result.Command.Name);
        return names;
    }

    /// <summary>Runs <c>digest build</c> with <paramref name="options"/>, printing to the console.</summary>
    internal static int Run(Core.Build.BuildOptions options) =>
        BuildCommand.Run(options, new Reporter(CliEnvironment.FromConsole(), Verbosity.Normal));

    internal static Reporter Reporter(ParseResult parse, CliEnvironment environment) =>
        new(environment, parse.GetValue(Quiet) ? Verbosity.Quiet : parse.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal);

    /// <summary>The --source option every site command shares.</summary>
    internal static Option<DirectoryInfo> SourceOption()
    {
        var option = new Option<DirectoryInfo>("--source", "-s")
        {
            Description = "Site folder holding site.yml and content/ (default: the current folder)",
            DefaultValueFactory = _ => new DirectoryInfo("."),
        };
        // A mistyped site folder must not build an empty site (or write into a new folder).
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<DirectoryInfo>() is { Exists: false } folder)
                result.AddError($"--source {folder.FullName}: no such folder; give the site folder, the one holding site.yml and content/");
        });
        return option;
    }

    internal static Option<bool> DraftsOption() => new("--drafts") { Description = "Include articles marked 'draft: true'" };

    internal static Option<bool> FutureOption() => new("--future") { Description = "Include articles dated after today (UTC)" };
}
