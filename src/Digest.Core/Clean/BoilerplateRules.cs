using System.Text.RegularExpressions;

namespace Digest.Core.Clean;

/// <summary>
/// Generic patterns for lines outlets wrap around their articles. Each pattern must match the
/// whole sentence (anchored), so a real sentence that merely contains "advertisement" stays.
/// </summary>
public static partial class BoilerplateRules
{
    public sealed record Rule(string Reason, Regex Pattern);

    public static IReadOnlyList<Rule> Generic { get; } =
    [
        new("boilerplate: push-notification plug", PushPlug()),
        new("boilerplate: newsletter plug", NewsletterPlug()),
        new("boilerplate: image credit", ImageCredit()),
        new("boilerplate: advertisement", Advertisement()),
    ];

    [GeneratedRegex(@"^(get|turn on|enable|sign up for) push notifications\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex PushPlug();

    [GeneratedRegex(@"^(never miss a story|sign up for|subscribe to|get our)\b.*\bnewsletter\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex NewsletterPlug();

    [GeneratedRegex(@"^.{0,80}\|?\s*credit:\s*[^.!?]{0,80}$|^.{0,60}\bcredit:\s*[^.!?]{0,80}$", RegexOptions.IgnoreCase)]
    private static partial Regex ImageCredit();

    [GeneratedRegex(@"^(advertisement|continue reading the main story|advertisement continue reading the main story)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Advertisement();
}
