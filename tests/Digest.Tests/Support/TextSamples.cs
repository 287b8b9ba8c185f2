using System.Text;

namespace Digest.Tests.Support;

/// <summary>Texts to hold a hand-written scanner equal to the regex it replaces on: random ones and the seed story's lines.</summary>
public static class TextSamples
{
    /// <summary><paramref name="count"/> texts of 1 to <paramref name="longest"/> characters drawn from <paramref name="alphabet"/>, the same each run.</summary>
    public static IEnumerable<string> Random(string alphabet, int count, int longest)
    {
        var random = new System.Random(14);
        var text = new StringBuilder();
        for (var n = 0; n < count; n++)
        {
            text.Clear();
            for (var i = random.Next(1, longest + 1); i > 0; i--)
                text.Append(alphabet[random.Next(alphabet.Length)]);
            yield return text.ToString();
        }
    }

    /// <summary>Every UTF-16 character set into each of the texts <paramref name="frames"/> makes of it.</summary>
    public static IEnumerable<string> EveryCharacterIn(Func<char, string[]> frames)
    {
        for (var c = 0; c <= char.MaxValue; c++)
            foreach (var text in frames((char)c))
                yield return text;
    }

    /// <summary>Every line of the seed story's articles.</summary>
    public static IEnumerable<string> SeedLines()
    {
        var files = Directory.GetFiles(Path.Combine(Paths.Repository, "content"), "*.md", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        return files.SelectMany(File.ReadLines);
    }
}
