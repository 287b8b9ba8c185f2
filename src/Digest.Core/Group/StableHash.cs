using System.Text;

namespace Digest.Core.Group;

/// <summary>
/// FNV-1a over UTF-8: the same text gives the same hash in every process. <c>string.GetHashCode</c>
/// is randomised per process in .NET, so it must never decide anything that reaches the output.
/// </summary>
internal static class StableHash
{
    public static uint Of(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
            hash = (hash ^ b) * 16777619u;
        return hash;
    }

    /// <summary>Six lower-case hex digits, enough to tell apart stories whose headlines give the same slug.</summary>
    public static string Short(string text) => (Of(text) & 0xFFFFFF).ToString("x6", System.Globalization.CultureInfo.InvariantCulture);
}
