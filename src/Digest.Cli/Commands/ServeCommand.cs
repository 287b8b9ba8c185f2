using System.CommandLine;
using Digest.Cli.Serve;
using Microsoft.AspNetCore.Connections;

namespace Digest.Cli.Commands;

/// <summary><c>digest serve</c>: build, serve on 127.0.0.1, rebuild and reload on change.</summary>
internal static class ServeCommand
{
    public const int DefaultPort = 4000;

    public static Command Create(CliEnvironment environment)
    {
        var source = DigestCommand.SourceOption();
        var port = new Option<int>("--port", "-p")
        {
            Description = $"Port on 127.0.0.1 (default: {DefaultPort})",
            DefaultValueFactory = _ => DefaultPort,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 65535)
                    return n;
                result.AddError($"--port must be a number between 1 and 65535, not '{text}'");
                return DefaultPort;
            },
        };
        var drafts = DigestCommand.DraftsOption();
        var future = DigestCommand.FutureOption();
        var command = new Command("serve", """
            Build the site, serve it on http://127.0.0.1:PORT/, and rebuild when content/, templates/ or
            site.yml change; open pages reload by themselves and show build errors over the page.
            For previewing only: the server listens on this machine alone. Stop it with Ctrl+C.

            Examples:
              digest serve
              digest serve --port 8080 --drafts --future
              digest serve --source ~/sites/memorials
            """)
        {
            source, port, drafts, future,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var reporter = DigestCommand.Reporter(parse, environment);
            // A save is one burst of file events within a few milliseconds; every millisecond waited here is one more before the
            // edited page shows. A burst that comes later anyway (a slow save) gives up the rebuild the first part started.
            var options = new ServeOptions(parse.GetValue(source)!.FullName, parse.GetValue(port), parse.GetValue(drafts),
                parse.GetValue(future), environment.Clock, TimeSpan.FromMilliseconds(50));
            return await RunAsync(options, reporter, cancellation);
        });
        return command;
    }

    internal static async Task<int> RunAsync(ServeOptions options, Reporter reporter, CancellationToken cancellation)
    {
        DevServer server;
        try
        {
            server = await DevServer.StartAsync(options, reporter, cancellation);
        }
        catch (OutputRefusedException)
        {
            return DigestCommand.Crash; // the build has said why
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            reporter.Error($"port {options.Port} is already in use on 127.0.0.1: stop the program using it, or pick another port with --port");
            return DigestCommand.Crash;
        }
        await using (server)
        {
            reporter.Info($"Serving at {server.Address} (Ctrl+C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
            }
            reporter.Info("Stopped.");
        }
        return DigestCommand.Ok;
    }
}
