namespace Digest.Cli.Serve;

/// <summary>
/// The dev server's only addition to pages: one script tag, inserted into HTML responses as they
/// are served (never written to the output folder). The script listens to the server's events,
/// reloads when a new build is ready and shows build errors over the page. It builds the overlay
/// with DOM calls and textContent, so a message can never become markup, and styles it through
/// the CSSOM, which the pages' Content-Security-Policy (style-src 'self') allows.
/// </summary>
internal static class LiveReload
{
    public const string Prefix = "/__digest/";
    public const string ScriptPath = Prefix + "live.js";
    public const string EventsPath = Prefix + "events";
    public const string ScriptTag = "<script src=\"" + ScriptPath + "\"></script>";

    public static byte[] Inject(byte[] html)
    {
        var text = System.Text.Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = at < 0 ? text + ScriptTag : text.Insert(at, ScriptTag + "\n");
        return System.Text.Encoding.UTF8.GetBytes(text);
    }

    public const string Script = """
        (() => {
          "use strict";
          let build = null;
          let overlay = null;
          const events = new EventSource("/__digest/events");
          events.onmessage = (message) => {
            const status = JSON.parse(message.data);
            if (build !== null && status.build !== build) { location.reload(); return; }
            build = status.build;
            show(status.problems);
          };
          function show(problems) {
            if (overlay) { overlay.remove(); overlay = null; }
            if (!problems.length) return;
            overlay = document.createElement("div");
            overlay.setAttribute("role", "alert");
            overlay.id = "digest-build-errors";
            Object.assign(overlay.style, {
              position: "fixed", left: "0", right: "0", bottom: "0", maxHeight: "60vh", overflow: "auto",
              zIndex: "2147483647", background: "#2b0b0b", color: "#ffdede", padding: "1em",
              font: "14px/1.4 ui-monospace, monospace", borderTop: "4px solid #e5484d",
            });
            const title = document.createElement("strong");
            title.textContent = "digest serve: the last build reported " + problems.length + " error(s)";
            const close = document.createElement("button");
            close.type = "button";
            close.textContent = "Dismiss";
            Object.assign(close.style, { float: "right" });
            close.onclick = () => overlay.remove();
            const list = document.createElement("pre");
            Object.assign(list.style, { whiteSpace: "pre-wrap", margin: "0.5em 0 0" });
            list.textContent = problems.join("\n");
            overlay.append(close, title, list);
            document.body.append(overlay);
          }
        })();
        """;
}
