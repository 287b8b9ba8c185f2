using System.Runtime.CompilerServices;
using System.Text;

namespace Digest.Tests.Support;

/// <summary>
/// Golden-file assertions following Verify's conventions, so a later move to Verify is mechanical:
/// <c>{Class}.{Method}.verified.{ext}</c> beside the test file is committed; on a mismatch the actual
/// output is written to <c>{Class}.{Method}.received.{ext}</c> and the test fails. Set
/// <c>DIGEST_ACCEPT=1</c> to accept received output as the new verified file (review it first).
/// </summary>
public static class Golden
{
    public const string AcceptVariable = "DIGEST_ACCEPT";

    public static void Verify(string actual, string extension, string? name = null,
        [CallerFilePath] string testFile = "", [CallerMemberName] string method = "")
    {
        var folder = Path.GetDirectoryName(testFile)!;
        var stem = $"{Path.GetFileNameWithoutExtension(testFile)}.{name ?? method}";
        var verified = Path.Combine(folder, $"{stem}.verified.{extension}");
        var received = Path.Combine(folder, $"{stem}.received.{extension}");
        actual = actual.Replace("\r\n", "\n");

        var expected = File.Exists(verified) ? File.ReadAllText(verified, Encoding.UTF8).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        Assert.Fail(expected is null
            ? $"No verified file yet. Review {received} and rename it to {Path.GetFileName(verified)} (or run with {AcceptVariable}=1)."
            : $"Output differs from {Path.GetFileName(verified)}; see {received}. {FirstDifference(expected, actual)}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al)
                return $"First difference at line {i + 1}:\n  verified: {el}\n  received: {al}";
        }
        return "";
    }
}
