using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace Digest.Core.Text;

/// <summary>
/// Numbers written as words ("three", "a dozen", "second"). The comparer reads "three" and "3" as one
/// number; dates count "two months later" with them; conflicts compare "25 hurt" with "twenty-five".
/// </summary>
internal static class NumberWords
{
    /// <summary>The cardinals "one" to "twelve", in order of value, as a regex alternation (a constant, for generated patterns).</summary>
    public const string OneToTwelve = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

    /// <summary>The cardinals "one" to "twenty", in order of value, as a regex alternation.</summary>
    public const string OneToTwenty = OneToTwelve + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";

    /// <summary>Cardinal numbers as words, in order of value up to twenty, then the round ones.</summary>
    public static readonly ImmutableArray<(string Word, int Value)> Cardinals =
    [
        ("zero", 0), .. OneToTwenty.Split('|').Select((word, i) => (word, i + 1)),
        ("thirty", 30), ("forty", 40), ("fifty", 50), ("hundred", 100), ("dozen", 12),
    ];

    /// <summary>Ordinal numbers as words, to their written form ("second" is "2nd").</summary>
    public static readonly ImmutableArray<(string Word, string Written)> Ordinals =
        [("first", "1st"), ("second", "2nd"), ("third", "3rd"), ("fourth", "4th"), ("fifth", "5th")];

    /// <summary>Every number word to the digits it stands for ("three" is "3", "second" is "2nd").</summary>
    public static readonly FrozenDictionary<string, string> AsDigits = Cardinals
        .Select(c => KeyValuePair.Create(c.Word, c.Value.ToString(CultureInfo.InvariantCulture)))
        .Concat(Ordinals.Select(o => KeyValuePair.Create(o.Word, o.Written)))
        .ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The value of a cardinal from "zero" to <paramref name="max"/>, any case; false for other words.</summary>
    public static bool TryValue(string word, int max, out int value)
    {
        var lower = word.ToLowerInvariant();
        foreach (var (w, v) in Cardinals)
            if (v <= max && w == lower && w != "dozen")
            {
                value = v;
                return true;
            }
        value = 0;
        return false;
    }
}
