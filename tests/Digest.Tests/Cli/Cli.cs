using Digest.Cli;

namespace Digest.Tests.Cli;

/// <summary>A clock stopped at one instant, so that "today" in tests never moves.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>Runs the <c>digest</c> command line in-process with captured output and a fixed date.</summary>
public static class Cli
{
    public static readonly DateOnly Today = new(2024, 6, 1);

    public static CliEnvironment Environment(StringWriter output, StringWriter error) =>
        new(output, error, Interactive: false, new FixedClock(new DateTimeOffset(2024, 6, 1, 23, 30, 0, TimeSpan.Zero)));

    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = DigestCommand.InvokeAsync(args, Environment(output, error)).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }

    public const string Article = "---\ntitle: {0}\noutlet: {1}\ndate: {2}\n---\n{3}\n";
}
