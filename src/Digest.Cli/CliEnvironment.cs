namespace Digest.Cli;

/// <summary>
/// What a command reads from the outside world, passed in so that tests run commands in-process
/// with captured output and a fixed date.
/// </summary>
/// <param name="Interactive">Standard output is a terminal and NO_COLOR is unset: colours and a progress display.</param>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool Interactive, TimeProvider Clock)
{
    /// <summary>Standard error is a terminal too: <c>digest build 2&gt;log</c> must not write colour codes into the log.</summary>
    public bool ErrorInteractive { get; init; } = Interactive;

    public static CliEnvironment FromConsole()
    {
        var colour = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new(Console.Out, Console.Error, Interactive: colour && !Console.IsOutputRedirected, TimeProvider.System)
        {
            ErrorInteractive = colour && !Console.IsErrorRedirected,
        };
    }

    public DateOnly Today => Core.Load.PublicationFilter.UtcToday(Clock);
}
