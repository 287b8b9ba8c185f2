using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace Digest.Cli.Serve;

/// <summary>The outcome of the dev server's latest build, as sent to open pages.</summary>
/// <param name="Number">Counts builds since the server started; a page seeing it change reloads.</param>
/// <param name="Problems">Error lines (<c>path:line:col: error: message</c>) to show over the page; empty when all is well.</param>
public sealed record BuildStatus(int Number, ImmutableArray<string> Problems)
{
    /// <summary>Written field by field: the published CLI is compiled ahead of time, where serialising by reflection is unavailable.</summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("build", Number);
            json.WriteStartArray("problems");
            foreach (var problem in Problems)
                json.WriteStringValue(problem);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
