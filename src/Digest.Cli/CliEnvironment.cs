namespace Digest.Cli;

/// <summary>
/// What a command reads from the outside world, passed in so that tests run commands in-process
/// with captured output and a fixed date.
/// </summary>
/// <param name="Interactive">Standard output is a terminal and NO_COLOR is unset: colours and a progress display.</param>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool Interactive, TimeProvider Clock)
{
    public static CliEnvironment FromConsole() => new(
        Console.Out,
        Console.Error,
        Interactive: !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        TimeProvider.System);

    public DateOnly Today => Core.Load.PublicationFilter.UtcToday(Clock);
}
