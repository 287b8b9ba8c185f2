using System.Collections.Immutable;
using System.Text.Json;

namespace Digest.Cli.Serve;

/// <summary>The outcome of the dev server's latest build, as sent to open pages.</summary>
/// <param name="Number">Counts builds since the server started; a page seeing it change reloads.</param>
/// <param name="Problems">Error lines (<c>path:line:col: error: message</c>) to show over the page; empty when all is well.</param>
public sealed record BuildStatus(int Number, ImmutableArray<string> Problems)
{
    public string ToJson() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["build"] = Number,
        ["problems"] = Problems,
    });
}
