using System.Globalization;
using System.Text;

namespace Digest.Benchmarks;

/// <summary>A generated content file and the story it truly belongs to.</summary>
public sealed record SyntheticArticle(string Path, int Story, string Text);

/// <summary>
/// Generates a newsroom archive: many stories of one to six articles each, over five years, from a
/// few dozen outlets. Stories share a common vocabulary and a pool of recurring people (a few appear
/// in many stories, as celebrities do) and places; an article retells a subset of its story's facts,
/// some verbatim (wire copy), some reworded, plus filler. Seeded, so every run makes the same archive.
/// </summary>
public sealed class SyntheticCorpus
{
    private static readonly string[] Syllables =
        ["ka", "lo", "mi", "ra", "te", "su", "ven", "dor", "al", "ik", "be", "no", "sha", "tru", "pel", "gan",
         "or", "fi", "des", "mar", "lu", "cor", "an", "et", "bri", "sol", "ta", "ne", "vo", "gri", "hal", "ost"];

    private static readonly string[] Outlets =
        ["AP", "Reuters", "AFP", "BBC", "CNN", "NYT", "Guardian", "PEOPLE", "ET", "Fox", "NPR", "WaPo", "Times",
         "Telegraph", "Daily Mail", "HuffPost", "Insider", "ABC", "NBC", "CBS", "DW", "Al Jazeera", "Politico", "Axios"];

    private static readonly string[] FunctionWords =
        ["the", "a", "of", "in", "on", "and", "to", "with", "after", "for", "at", "by", "from", "as", "that", "said", "was", "has"];

    private readonly Random random;
    private readonly string[] common;
    private readonly string[] topical;
    private readonly string[] people;
    private readonly string[] places;

    public SyntheticCorpus(int seed = 20211001)
    {
        random = new Random(seed);
        common = Words(3000, 2, 3);
        topical = Words(40000, 2, 4);
        var first = Words(400, 2, 2).Select(Capitalise).ToArray();
        var last = Words(3000, 2, 3).Select(Capitalise).ToArray();
        people = [.. Enumerable.Range(0, 6000).Select(_ => $"{Pick(first)} {Pick(last)}")];
        places = [.. Words(1500, 2, 3).Select(Capitalise)];
    }

    public IEnumerable<SyntheticArticle> Generate(int count)
    {
        var articles = new List<(int Story, string Outlet, string Text)>(count);
        var start = new DateOnly(2019, 1, 1);
        for (var story = 0; articles.Count < count; story++)
        {
            var date = start.AddDays(random.Next(5 * 365));
            // Skewed picks: a few people and topic words recur across many stories.
            string[] cast = [.. Enumerable.Range(0, random.Next(2, 4)).Select(_ => Skewed(people))];
            var place = Skewed(places);
            string[] topic = [.. Enumerable.Range(0, 12).Select(_ => Skewed(topical))];
            string[] facts = [.. Enumerable.Range(0, random.Next(8, 14)).Select(_ => Fact(cast, place, topic))];
            var size = Math.Min(count - articles.Count, 1 + (int)Math.Floor(-Math.Log(1 - random.NextDouble()) * 1.6) % 6);
            var wire = random.NextDouble() < 0.3;
            for (var a = 0; a < size; a++)
            {
                var outlet = Pick(Outlets);
                DateOnly? published = random.NextDouble() < 0.1 ? null : date.AddDays(random.Next(3));
                articles.Add((story, outlet, Article(cast, place, topic, facts, published, outlet, verbatim: wire && a > 0 ? 0.8 : 0.3)));
            }
        }
        // Interleave stories so that neighbours in path order are unrelated, as in a real archive.
        var order = Enumerable.Range(0, articles.Count).OrderBy(_ => random.Next()).ToArray();
        for (var i = 0; i < order.Length; i++)
        {
            var (story, outlet, text) = articles[order[i]];
            yield return new SyntheticArticle($"content/{i:D6}-{Slugify(outlet)}.md", story, text);
        }
    }

    private string Article(string[] cast, string place, string[] topic, string[] facts, DateOnly? date, string outlet, double verbatim)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append(CultureInfo.InvariantCulture, $"title: \"{cast[0]} {topic[0]} {topic[1]} in {place}\"\n");
        sb.Append(CultureInfo.InvariantCulture, $"outlet: {outlet}\n");
        if (date is { } d) sb.Append(CultureInfo.InvariantCulture, $"date: {d:yyyy-MM-dd}\n");
        sb.Append("---\n\n");
        var sentences = facts.Where(_ => random.NextDouble() < 0.75)
            .Select(f => random.NextDouble() < verbatim ? f : Reword(f))
            .Concat(Enumerable.Range(0, random.Next(2, 6)).Select(_ => Filler()))
            .OrderBy(_ => random.Next())
            .ToList();
        for (var i = 0; i < sentences.Count; i++)
            sb.Append(sentences[i]).Append(i % 3 == 2 ? "\n\n" : " ");
        sb.Append('\n');
        return sb.ToString();
    }

    private string Fact(string[] cast, string place, string[] topic)
    {
        var words = new List<string> { Pick(cast) };
        for (var i = random.Next(9, 16); i > 0; i--)
            words.Add(random.NextDouble() switch
            {
                < 0.35 => Pick(topic),
                < 0.60 => Pick(FunctionWords),
                < 0.65 => place,
                < 0.70 => random.Next(2, 500).ToString(CultureInfo.InvariantCulture),
                _ => Pick(common),
            });
        return string.Join(' ', words) + ".";
    }

    /// <summary>A rewrite: some words swapped for common ones, some dropped.</summary>
    private string Reword(string fact)
    {
        var words = fact.TrimEnd('.').Split(' ').ToList();
        for (var i = random.Next(2, 5); i > 0 && words.Count > 4; i--)
        {
            var at = random.Next(1, words.Count);
            if (random.NextDouble() < 0.5) words.RemoveAt(at); else words[at] = Pick(common);
        }
        return string.Join(' ', words) + ".";
    }

    /// <summary>Background and boilerplate-like prose, sometimes naming someone from another story.</summary>
    private string Filler()
    {
        var words = new List<string> { Capitalise(Pick(common)) };
        for (var i = random.Next(8, 15); i > 0; i--)
            words.Add(random.NextDouble() < 0.08 ? Skewed(people) : random.NextDouble() < 0.4 ? Pick(FunctionWords) : Pick(common));
        return string.Join(' ', words) + ".";
    }

    private string[] Words(int count, int minSyllables, int maxSyllables)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Count < count)
        {
            var sb = new StringBuilder();
            for (var n = random.Next(minSyllables, maxSyllables + 1); n > 0; n--) sb.Append(Pick(Syllables));
            seen.Add(sb.ToString());
        }
        return [.. seen.Order(StringComparer.Ordinal)];
    }

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];

    /// <summary>Cubed uniform: the first items of the list come up far more often than the last.</summary>
    private T Skewed<T>(T[] items) => items[(int)(Math.Pow(random.NextDouble(), 3) * items.Length)];

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Slugify(string outlet) => outlet.ToLowerInvariant().Replace(' ', '-');
}
