using System.Diagnostics;
using System.Text.Json;
using Digest.Tests.Support;

namespace Digest.Tests.Browser;

/// <summary>
/// The HTML checkers and Lighthouse that <c>.ci/install</c> puts in <c>.ci/tools</c> (npm's vnu-jar,
/// html-validate 10.x, Lighthouse 12.2.3), run as separate processes over the built site.
/// </summary>
public static class PageCheckers
{
    public static string Tools => Path.Combine(Paths.Repository, ".ci", "tools", "node_modules");
    public static string VnuJar => Path.Combine(Tools, "vnu-jar", "build", "dist", "vnu.jar");
    public static string HtmlValidate => Path.Combine(Tools, "html-validate", "bin", "html-validate.mjs");
    public static string Lighthouse => Path.Combine(Tools, "lighthouse", "cli", "index.js");

    /// <summary>Skips the calling test, with the reason, where a tool is not installed.</summary>
    public static void Require(string path)
    {
        BrowserSite.RequireChromium();
        if (!File.Exists(path))
            Assert.Skip($"{path} is missing: run .ci/install to install the HTML checkers and Lighthouse");
    }

    public sealed record Result(int ExitCode, string Output);

    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Paths.Repository,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new Result(process.ExitCode, await output + await error);
    }

    /// <summary>The Nu HTML Checker's messages (errors and warnings) as JSON objects.</summary>
    public static async Task<List<JsonElement>> VnuAsync(IEnumerable<string> files)
    {
        var result = await RunAsync("java", ["-jar", VnuJar, "--format", "json", "--exit-zero-always", .. files]);
        var json = result.Output[result.Output.IndexOf('{')..];
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.Clone())];
    }
}
