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
    /// <summary>Cardinal numbers as words, in order of value up to twenty, then the round ones.</summary>
    public static readonly ImmutableArray<(string Word, int Value)> Cardinals =
    [
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
        ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20),
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

    /// <summary>The cardinals "one" to <paramref name="max"/> as a regex alternation ("one|two|three").</summary>
    public static string Alternation(int max) =>
        string.Join('|', Cardinals.Where(c => c.Value >= 1 && c.Value <= max && c.Word != "dozen").Select(c => c.Word));

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
