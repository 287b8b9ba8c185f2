using Digest.Core;

namespace Digest.Tests.Load;

/// <summary>Every language gets a readable ASCII slug of its own; none falls back to a shared "untitled".</summary>
public class SlugTests
{
    [Theory]
    [InlineData("Zoë Ångström", "zoe-angstrom")]
    [InlineData("Chrissy Teigen's son", "chrissy-teigens-son")]
    [InlineData("Москва — пожар на складе", "moskva-pozhar-na-sklade")]
    [InlineData("Αθήνα", "athina")]
    [InlineData("東京", "dongjing")]
    [InlineData("القاهرة", "lqhrh")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Наталья Петрова", "natalya-petrova")]
    public void Other_scripts_are_transliterated(string text, string slug) => Assert.Equal(slug, Slug.From(text));

    [Fact]
    public void Names_in_different_scripts_get_different_slugs()
    {
        string[] names = ["Иван Петров", "Ιβάν Πέτροφ", "伊万·彼得罗夫", "إيفان بيتروف", "イワン・ペトロフ", "이반 페트로프"];
        var slugs = names.Select(n => Slug.From(n)).ToArray();
        Assert.Equal(names.Length, slugs.Distinct().Count());
        Assert.All(slugs, s => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", s));
    }

    [Fact]
    public void Text_where_nothing_transliterates_gets_a_stable_hash_never_untitled()
    {
        var a = Slug.From("★★★");
        var b = Slug.From("♥♥");
        Assert.NotEqual("untitled", a);
        Assert.NotEqual(a, b);
        Assert.Equal(a, Slug.From("★★★"));
        Assert.Matches("^[0-9a-f]{6}$", a);
    }
}
