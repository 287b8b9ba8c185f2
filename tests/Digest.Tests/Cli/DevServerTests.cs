using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Digest.Cli;
using Digest.Cli.Commands;
using Digest.Cli.Serve;
using Digest.Tests.Support;

namespace Digest.Tests.Cli;

/// <summary>
/// The dev server on a free loopback port over a fresh sample site. Waits are bounded and only
/// ever wait for something to happen; nothing here asserts how fast.
/// </summary>
public sealed class DevServerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private const string StoryPage = "stories/harbor-lighthouse-relit/";

    private readonly Paths.TempFolder site = new();
    private readonly StringWriter terminal = new();
    private readonly HttpClient http = new(new SocketsHttpHandler { AllowAutoRedirect = false });
    private DevServer server = null!;

    public async ValueTask InitializeAsync()
    {
        Assert.Equal(DigestCommand.Ok, Cli.Run("new", "site", site.Path).Exit);
        server = await DevServer.StartAsync(Options(port: 0), Reporter(), TestContext.Current.CancellationToken);
        http.BaseAddress = server.Address;
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        http.Dispose();
        site.Dispose();
    }

    private ServeOptions Options(int port) =>
        new(site.Path, port, false, false, new FixedClock(new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero)), TimeSpan.FromMilliseconds(100));

    private Reporter Reporter() => new(Cli.Environment(terminal, terminal), Verbosity.Normal);

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:4000")]
    [InlineData("127.0.0.2")]
    public async Task Answers_only_requests_addressed_to_itself(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "");
        request.Headers.Host = host;
        var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        using var local = new HttpRequestMessage(HttpMethod.Get, "");
        local.Headers.Host = $"localhost:{server.Address.Port}";
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(local, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Serves_built_pages_with_the_reload_script_added_only_in_transit()
    {
        var response = await http.GetAsync("", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var home = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Old Harbor Lighthouse Shines Again", home);
        Assert.Contains(LiveReload.ScriptTag + "\n</body>", home);

        var story = await http.GetStringAsync(StoryPage, TestContext.Current.CancellationToken);
        Assert.Contains("Mara Quint", story);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Path, "public"), "*", SearchOption.AllDirectories))
            Assert.DoesNotContain("__digest", File.ReadAllText(file));

        var script = await http.GetAsync("__digest/live.js", TestContext.Current.CancellationToken);
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
        Assert.Contains("new EventSource(\"/__digest/events\")", await script.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_folder_without_its_slash_redirects_so_relative_links_work()
    {
        var response = await http.GetAsync("stories/harbor-lighthouse-relit", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/stories/harbor-lighthouse-relit/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/../site.yml")]
    [InlineData("/%2e%2e/site.yml")]
    [InlineData("/%2E%2E/site.yml")]
    [InlineData("/.%2e/site.yml")]
    [InlineData("/stories/%2e%2e/%2e%2e/site.yml")]
    [InlineData("/stories/..%2f..%2fsite.yml")]
    [InlineData("/%2e%2e%2fsite.yml")]
    [InlineData("/..%5csite.yml")]
    [InlineData("/%252e%252e/site.yml")]
    [InlineData("/stories/../../site.yml")]
    [InlineData("//site.yml")]
    [InlineData("/%2fetc%2fpasswd")]
    [InlineData("/..%00/site.yml")]
    [InlineData("/.staging/index.html")]
    public async Task Nothing_outside_the_output_folder_is_served(string path)
    {
        var (status, body) = await RawRequestAsync("GET", path);
        Assert.True(status is 400 or 404, $"{path}: status {status}");
        Assert.DoesNotContain("title: My Digest", body);
        Assert.DoesNotContain("root:", body);
    }

    [Fact]
    public async Task A_missing_page_answers_404_with_the_sites_own_not_found_page()
    {
        var response = await http.GetAsync("no/such/page/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var own = File.ReadAllText(Path.Combine(site.Path, "public", "404.html"));
        Assert.Equal(Encoding.UTF8.GetString(LiveReload.Inject(Encoding.UTF8.GetBytes(own))), await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/stories/%68arbor-lighthouse-relit/")]
    [InlineData("/stories/harbor-lighthouse-relit/index.html?utm=1")]
    [InlineData("/assets/style.css")]
    public async Task Encoded_and_plain_paths_inside_the_output_folder_are_served(string path)
    {
        var (status, _) = await RawRequestAsync("GET", path);
        Assert.Equal(200, status);
    }

    [Fact]
    public async Task A_symbolic_link_inside_the_output_folder_is_not_followed()
    {
        var link = Path.Combine(site.Path, "public", "config.txt");
        try { File.CreateSymbolicLink(link, Path.Combine(site.Path, "site.yml")); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { Assert.Skip("cannot create symbolic links here"); }
        var (status, body) = await RawRequestAsync("GET", "/config.txt");
        Assert.Equal(404, status);
        Assert.DoesNotContain("title: My Digest", body);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    public async Task Only_get_and_head_are_allowed(string method)
    {
        var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), StoryPage), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD", response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : string.Join(", ", response.Headers.GetValues("Allow")));
    }

    [Fact]
    public async Task Head_answers_headers_without_a_body()
    {
        var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, StoryPage), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 0);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_edit_rebuilds_the_site_and_tells_open_pages_to_reload()
    {
        using var events = await EventStream.OpenAsync(http);
        var first = await events.NextAsync();

        var file = Path.Combine(site.Path, "content/harbor-lighthouse-relit/valley-courier.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("three summers", "four long summers"));

        var next = await events.NextAsync(s => s.GetProperty("build").GetInt32() > first.GetProperty("build").GetInt32());
        Assert.Equal(0, next.GetProperty("problems").GetArrayLength());
        Assert.Contains("four long summers", await http.GetStringAsync(StoryPage, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Build_errors_reach_the_terminal_and_the_page_overlay()
    {
        using var events = await EventStream.OpenAsync(http);
        await events.NextAsync();

        File.WriteAllText(Path.Combine(site.Path, "content/harbor-lighthouse-relit/broken.md"), "---\ntitle: No outlet here\n---\nText.\n");

        const string expected = "content/harbor-lighthouse-relit/broken.md:2:1: error: missing required field 'outlet': add 'outlet: ...' to the front matter";
        var status = await events.NextAsync(s => s.GetProperty("problems").GetArrayLength() > 0);
        Assert.Equal(expected, status.GetProperty("problems")[0].GetString());
        Assert.Contains(expected, terminal.ToString());
        // The rest of the site still builds and is still served.
        Assert.Contains("Mara Quint", await http.GetStringAsync(StoryPage, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_port_in_use_is_a_clear_error()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var output = new StringWriter();

        var exit = await ServeCommand.RunAsync(Options(port), new Reporter(Cli.Environment(output, output), Verbosity.Normal), TestContext.Current.CancellationToken);

        Assert.Equal(DigestCommand.Crash, exit);
        Assert.Contains($"error: port {port} is already in use on 127.0.0.1: stop the program using it, or pick another port with --port", output.ToString());
    }

    /// <summary>A request written by hand, so that no client library normalises the path first.</summary>
    private async Task<(int Status, string Body)> RawRequestAsync(string method, string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.Address.Port, TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }

    /// <summary>The server-sent events an open page receives.</summary>
    private sealed class EventStream : IDisposable
    {
        private readonly HttpResponseMessage response;
        private readonly StreamReader reader;

        private EventStream(HttpResponseMessage response, StreamReader reader) => (this.response, this.reader) = (response, reader);

        public static async Task<EventStream> OpenAsync(HttpClient http)
        {
            var response = await http.GetAsync(LiveReload.EventsPath, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
            return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken)));
        }

        /// <summary>The next status matching <paramref name="wanted"/>, waiting at most <see cref="Patience"/>.</summary>
        public async Task<JsonElement> NextAsync(Func<JsonElement, bool>? wanted = null)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(Patience);
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (!line.StartsWith("data: ", StringComparison.Ordinal))
                    continue;
                var status = JsonDocument.Parse(line["data: ".Length..]).RootElement;
                if (wanted is null || wanted(status))
                    return status;
            }
            throw new InvalidOperationException("the event stream closed");
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }
}
