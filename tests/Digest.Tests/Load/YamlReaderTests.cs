using Digest.Core.Load;
using YamlDotNet.RepresentationModel;

namespace Digest.Tests.Load;

/// <summary>The one YAML reader: file positions, and hostile YAML refused at its line instead of hanging or crashing the build.</summary>
public class YamlReaderTests
{
    [Fact]
    public void Nodes_carry_their_file_line_and_column()
    {
        var (root, error) = YamlReader.Read("title: A\ntags:\n  - one\n  - two\n", "site.yml");
        Assert.Null(error);
        var tags = (YamlSequenceNode)((YamlMappingNode)root!).Children[new YamlScalarNode("tags")];
        Assert.Equal((4, 5), (YamlReader.LineOf(tags.Children[1]), YamlReader.ColumnOf(tags.Children[1])));
    }

    [Fact]
    public void An_alias_that_refers_to_itself_is_an_error_at_the_alias()
    {
        var (root, error) = YamlReader.Read("title: ok\nloop: &a\n  - x\n  - *a\n", "f.yml");
        Assert.Null(root);
        Assert.Equal("f.yml:4:5: error: the alias '*a' refers to itself; remove it", error!.ToString());
    }

    [Fact]
    public void An_alias_bomb_is_refused_before_it_expands()
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 12; i++)
            lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");
        var (root, error) = YamlReader.Read(string.Join('\n', lines) + "\n", "bomb.yml");
        Assert.Null(root);
        Assert.Equal("bomb.yml", error!.Path);
        Assert.InRange(error.Line, 2, 12);
        Assert.Contains($"more than {YamlReader.MaxNodes:N0} values", error.Message);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_a_stack_overflow()
    {
        var (root, error) = YamlReader.Read("x: " + new string('[', 100_000) + "\n", "deep.yml");
        Assert.Null(root);
        Assert.Equal(1, error!.Line);
        Assert.Contains($"nested more than {YamlReader.MaxDepth} deep", error.Message);
    }

    [Theory]
    [InlineData("? [a, b]\n: value\n", 1, 3)]
    [InlineData("title: T\n{a: 1}: value\n", 2, 1)]
    public void A_key_that_is_a_list_or_mapping_is_an_error_at_the_key(string yaml, int line, int column)
    {
        var (_, error) = YamlReader.Read(yaml, "k.yml");
        Assert.Equal((line, column), (error!.Line, error.Column));
        Assert.Contains("a key must be a plain word", error.Message);
    }

    [Fact]
    public void An_alias_to_a_missing_anchor_is_an_error()
    {
        var (_, error) = YamlReader.Read("a: 1\nb: *nowhere\n", "m.yml");
        Assert.Equal("m.yml:2:4: error: the alias '*nowhere' names no anchor '&nowhere' above it", error!.ToString());
    }

    [Fact]
    public void Ordinary_aliases_still_work()
    {
        var (root, error) = YamlReader.Read("base: &b [x, y]\nagain: *b\n", "ok.yml");
        Assert.Null(error);
        Assert.Equal(2, ((YamlSequenceNode)((YamlMappingNode)root!).Children[new YamlScalarNode("again")]).Children.Count);
    }
}
