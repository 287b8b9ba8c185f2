using Digest.Core;
using Spectre.Console;

namespace Digest.Cli;

public enum Verbosity { Quiet, Normal, Verbose }

/// <summary>
/// Everything a command prints goes through here: results to standard output, diagnostics and
/// errors to standard error. Colours and the progress display only on an interactive terminal;
/// otherwise plain lines that scripts can parse.
/// </summary>
public sealed class Reporter
{
    private readonly CliEnvironment environment;
    private readonly IAnsiConsole output;

    public Reporter(CliEnvironment environment, Verbosity verbosity)
    {
        this.environment = environment;
        Verbosity = verbosity;
        output = Console(environment.Out, environment.Interactive);
    }

    public Verbosity Verbosity { get; }

    private static IAnsiConsole Console(TextWriter writer, bool interactive) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
    });

    /// <summary>A normal message; silent with --quiet.</summary>
    public void Info(string text)
    {
        if (Verbosity != Verbosity.Quiet)
            Line(environment.Out, text, null);
    }

    /// <summary>Detail only wanted with --verbose.</summary>
    public void Detail(string text)
    {
        if (Verbosity == Verbosity.Verbose)
            Line(environment.Out, text, "grey");
    }

    /// <summary>The closing line of a command that worked; silent with --quiet.</summary>
    public void Success(string text)
    {
        if (Verbosity != Verbosity.Quiet)
            Line(environment.Out, text, "green");
    }

    /// <summary><c>path:line:col: severity: message</c>; warnings are left out with --quiet, errors never.</summary>
    public void Report(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == Severity.Warning && Verbosity == Verbosity.Quiet)
            return;
        Line(environment.Error, diagnostic.ToString(), diagnostic.Severity == Severity.Error ? "red" : "yellow");
    }

    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
            Report(diagnostic);
    }

    /// <summary>An error that is not about one place in the content: <c>error: message</c>.</summary>
    public void Error(string message) => Line(environment.Error, $"error: {message}", "red");

    /// <summary>A whole error line as it is (<c>path:line:col: error: ...</c> or <c>error: ...</c>).</summary>
    public void ErrorLine(string line) => Line(environment.Error, line, "red");

    public void Warning(string message)
    {
        if (Verbosity != Verbosity.Quiet)
            Line(environment.Error, $"warning: {message}", "yellow");
    }

    /// <summary>A line the publisher asked for (<c>--timings</c>), to standard error, even with --quiet.</summary>
    public void Timing(string line) => Line(environment.Error, line, "grey");

    /// <summary>Runs <paramref name="work"/> under a spinner on a terminal, plainly elsewhere.</summary>
    public T Progress<T>(string label, Func<T> work)
    {
        if (!environment.Interactive || Verbosity == Verbosity.Quiet)
            return work();
        return output.Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(label), _ => work());
    }

    private void Line(TextWriter writer, string text, string? style)
    {
        var interactive = writer == environment.Out ? environment.Interactive : environment.ErrorInteractive;
        // Colour by plain ANSI codes, never through Spectre's markup: it would wrap long lines at the
        // terminal's width, and an editor must find "path:line:col" whole on one line.
        writer.WriteLine(interactive && style is not null ? $"\u001b[{Colours[style]}m{text}\u001b[0m" : text);
    }

    private static readonly Dictionary<string, int> Colours = new() { ["red"] = 31, ["green"] = 32, ["yellow"] = 33, ["grey"] = 90 };
}
