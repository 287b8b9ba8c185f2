using System.Net;
using Digest.Cli.Commands;
using Digest.Core;
using Digest.Core.Build;
using Digest.Core.Load;
using Digest.Core.Render.Templates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;

namespace Digest.Cli.Serve;

/// <param name="Port">Port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="Quiet">How long the files must stay unchanged before a rebuild starts.</param>
public sealed record ServeOptions(string SiteFolder, int Port, bool IncludeDrafts, bool IncludeFuture, TimeProvider Clock, TimeSpan Quiet);

/// <summary>
/// <c>digest serve</c>: builds the site into its output folder, serves that folder on the loopback
/// interface only, rebuilds when content, templates or site.yml change, and tells open pages to
/// reload. Only GET and HEAD; only files inside the output folder; nothing but the live-reload
/// script tag is added, at serving time.
/// </summary>
public sealed class OutputRefusedException(string line) : Exception(line);

public sealed class DevServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly ServeOptions options;
    private readonly Reporter reporter;
    private readonly WebApplication app;
    private readonly SiteWatcher watcher;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock buildLock = new();
    /// <summary>The last build's files, cleaned articles and merged stories: a rebuild after an edit reads, cleans and merges only what it touched.</summary>
    private readonly BuildMemory memory = new();
    /// <summary>
    /// Files the build under way has rendered (full path in the output folder to bytes), served before the new site
    /// is swapped in, so an edited page shows as soon as it is rendered; emptied when the build ends, either way.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> rendering = new(StringComparer.Ordinal);
    private long renderingBytes;

    /// <summary>What <see cref="rendering"/> holds at most: a build that renders more (the first) is seen when it is written.</summary>
    private const long RenderingLimit = 64 << 20;

    private TaskCompletionSource nextBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task watching = Task.CompletedTask;
    /// <summary>The folder served: the last output this server built, or one an earlier Digest build left; null before either.</summary>
    private string? outputFolder;

    private DevServer(ServeOptions options, Reporter reporter)
    {
        this.options = options;
        this.reporter = reporter;
        var configured = Path.Combine(options.SiteFolder, SiteConfigLoader.Load(options.SiteFolder).Config.Output);
        outputFolder = File.Exists(Path.Combine(configured, Core.Write.SiteWriter.MarkerFile)) ? configured : null;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = options.SiteFolder });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        app = builder.Build();
        app.Run(HandleAsync);
        watcher = new SiteWatcher(options.SiteFolder);
    }

    public BuildStatus Status { get; private set; } = new(0, []);

    /// <summary>The port listened on, once listening: requests must be addressed to 127.0.0.1 or localhost on it.</summary>
    private int? port;

    /// <summary>Why the last build wrote nothing to its output folder, or null.</summary>
    private string? refusal;

    /// <summary>The address pages are served from, for example <c>http://127.0.0.1:4000/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Listens, then builds. Throws <see cref="IOException"/> when the port is taken, before touching the output.</summary>
    public static async Task<DevServer> StartAsync(ServeOptions options, Reporter reporter, CancellationToken cancellation)
    {
        var server = new DevServer(options, reporter);
        try
        {
            await server.app.StartAsync(cancellation);
            server.Rebuild([], CancellationToken.None);
            if (server.refusal is { } refusal)
                throw new OutputRefusedException(refusal); // never serve a folder the build would not write
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        var address = server.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.Address = new Uri(address.TrimEnd('/') + "/");
        server.port = server.Address.Port;
        server.watching = Task.Run(() => server.watcher.RunAsync(options.Quiet, server.Rebuild, server.stopping.Token));
        return server;
    }

    /// <param name="superseded">Cancelled when a newer change comes: the build is given up, the last good site stays served, and pages are not reloaded.</param>
    private void Rebuild(IReadOnlyList<string> changed, CancellationToken superseded)
    {
        lock (buildLock)
        {
            foreach (var path in changed)
                reporter.Detail($"changed: {path}");
            IEnumerable<string> problems;
            try
            {
                BuildResult result;
                try
                {
                    result = SiteBuilder.Build(new BuildOptions(options.SiteFolder, null, false,
                        options.IncludeDrafts, options.IncludeFuture, PublicationFilter.UtcToday(options.Clock))
                    {
                        UseCache = true, Memory = memory, Rendered = Rendered, Cancellation = superseded,
                    });
                }
                finally
                {
                    rendering.Clear();
                    renderingBytes = 0;
                }
                reporter.Report(result.Diagnostics);
                foreach (var stage in result.Stages.Stages)
                    reporter.Detail(stage.ToString());
                problems = result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString());
                refusal = result.Refusal;
                if (result.Refusal is { } refused)
                {
                    reporter.ErrorLine(refused);
                    problems = problems.Append(refused);
                }
                else
                {
                    outputFolder = result.OutputFolder;
                    reporter.Success(BuildCommand.Summary(result, Path.GetRelativePath(options.SiteFolder, result.OutputFolder)));
                }
            }
            catch (OperationCanceledException) when (superseded.IsCancellationRequested)
            {
                reporter.Detail("given up for a newer change");
                return;
            }
            catch (TemplateException e)
            {
                // A broken template: the page keeps the last good build and shows where to fix it.
                reporter.Report(e.Diagnostics);
                problems = e.Diagnostics.Select(d => d.ToString());
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Whatever else broke this build (a locked file, a full disk), the server keeps serving the
                // last good site and shows the error until the next change fixes it.
                reporter.Error($"the build failed: {e.Message}");
                problems = [$"error: the build failed, the page shows the last good build: {e.Message}"];
            }
            Status = new BuildStatus(Status.Number + 1, [.. problems]);
            Interlocked.Exchange(ref nextBuild, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
    }

    private void Rendered(string output, Core.Render.OutputFile file)
    {
        // Only into the folder being served, and only while the build under way has rendered little.
        if (outputFolder is null || Path.GetFullPath(output) != Path.GetFullPath(outputFolder)
            || Interlocked.Add(ref renderingBytes, file.Content.Length) > RenderingLimit)
            return;
        rendering[Path.GetFullPath(Path.Combine(output, file.Path))] = file.Content;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (request.Host.Host is not ("127.0.0.1" or "localhost") || (request.Host.Port is { } asked && asked != port))
        {
            // DNS rebinding: a page on another host name resolved to 127.0.0.1 must not read the site.
            response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        // The raw target, not Kestrel's decoded and normalised path: resolving it is this method's job.
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var path = target.Split('?', '#')[0];
        if (path == LiveReload.EventsPath)
        {
            await EventsAsync(context);
            return;
        }
        if (path == LiveReload.ScriptPath)
        {
            await SendAsync(context, 200, "text/javascript; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(LiveReload.Script));
            return;
        }

        if (outputFolder is null)
        {
            await SendAsync(context, 503, "text/html; charset=utf-8", LiveReload.Inject(System.Text.Encoding.UTF8.GetBytes("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>No site yet</title></head><body><h1>No site yet</h1><p>The build has not written a site: see the terminal.</p></body></html>")));
            return;
        }
        var resolved = StaticPath.Resolve(outputFolder, path);
        if (resolved.Redirect is { } location)
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = location;
            return;
        }
        // A file can vanish between resolving and reading while a rebuild swaps the folder: then 404.
        var bytes = resolved.File is { } file ? (rendering.TryGetValue(Path.GetFullPath(file), out var fresh) ? fresh : TryRead(file)) : null;
        if (bytes is null)
        {
            // The site's own 404 page, as a static host would answer; a minimal one if the theme has none.
            var page = TryRead(Path.Combine(outputFolder, "404.html")) ?? System.Text.Encoding.UTF8.GetBytes("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body><h1>Not found</h1><p>No page here. <a href=\"/\">Home</a></p></body></html>");
            await SendAsync(context, 404, "text/html; charset=utf-8", LiveReload.Inject(page));
            return;
        }
        if (!ContentTypes.TryGetContentType(resolved.File!, out var type))
            type = "application/octet-stream";
        if (type == "text/html")
        {
            type += "; charset=utf-8";
            bytes = LiveReload.Inject(bytes);
        }
        else if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/javascript")
        {
            type += "; charset=utf-8";
        }
        await SendAsync(context, 200, type, bytes);
    }

    private static byte[]? TryRead(string file)
    {
        try { return File.ReadAllBytes(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    private static async Task SendAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Server-sent events: the current status at once, then one after every build.</summary>
    private async Task EventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        if (HttpMethods.IsHead(context.Request.Method))
            return;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
        var cancellation = linked.Token;
        try
        {
            while (!cancellation.IsCancellationRequested)
            {
                // Take the wait before the status: a build finishing in between is then sent twice, never missed.
                var next = nextBuild.Task;
                await context.Response.WriteAsync($"data: {Status.ToJson()}\n\n", cancellation);
                await context.Response.Body.FlushAsync(cancellation);
                while (await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(15), cancellation)) != next)
                {
                    // A comment line now and then: lets a closed tab be noticed and keeps proxies from timing out.
                    await context.Response.WriteAsync(": ping\n\n", cancellation);
                    await context.Response.Body.FlushAsync(cancellation);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        watcher.Dispose();
        await watching;
        try
        {
            await app.StopAsync(CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
        }
        await app.DisposeAsync();
        stopping.Dispose();
    }
}
