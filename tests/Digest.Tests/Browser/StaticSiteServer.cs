using System.Net;
using System.Net.Sockets;

namespace Digest.Tests.Browser;

/// <summary>
/// Serves a built site from a folder on 127.0.0.1 and a free port, like a plain static host:
/// a folder URL serves its index.html, a missing file serves 404.html with status 404. Nothing
/// outside the folder is served.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _folder;
    private readonly Task _loop;

    /// <param name="prefix">URL path the site is mounted at, such as "/" or "/news/".</param>
    public StaticSiteServer(string folder, string prefix = "/")
    {
        _folder = Path.GetFullPath(folder);
        var port = FreePort();
        Prefix = prefix;
        BaseUrl = $"http://127.0.0.1:{port}{prefix}";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    /// <summary>The site's root URL, ending in '/'.</summary>
    public string BaseUrl { get; }
    public string Prefix { get; }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            try { Respond(context); }
            catch (Exception e) when (e is HttpListenerException or IOException) { /* the browser went away */ }
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        var file = path.StartsWith(Prefix, StringComparison.Ordinal) ? Resolve(path[Prefix.Length..]) : null;
        response.StatusCode = 200;
        if (file is null)
        {
            response.StatusCode = 404;
            file = Path.Combine(_folder, "404.html");
        }
        var bytes = File.Exists(file) ? File.ReadAllBytes(file) : [];
        response.ContentType = ContentType(file);
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        response.Close();
    }

    private string? Resolve(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(_folder, relative));
        if (!full.StartsWith(_folder, StringComparison.Ordinal)) return null;
        if (Directory.Exists(full)) full = Path.Combine(full, "index.html");
        return File.Exists(full) ? full : null;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".xml" => "application/xml",
        _ => "text/plain; charset=utf-8",
    };

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
