using System.Collections.Immutable;
using System.Text;
using Digest.Core.Render;

namespace Digest.Tests.Render;

public class HandlebarsTemplateEngineTests
{
    private static HandlebarsTemplateEngine Engine(params (string Path, string Text)[] files) =>
        new(new Theme(files.ToImmutableSortedDictionary(f => f.Path, f => Encoding.UTF8.GetBytes(f.Text), StringComparer.Ordinal)));

    private static readonly Dictionary<string, object?> Model = new()
    {
        ["story"] = new Dictionary<string, object?>
        {
            ["items"] = new List<object> { new Dictionary<string, object?> { ["x"] = "<script>alert(1)</script>" } },
        },
    };

    [Theory]
    [InlineData("{{#with story}}{{> items}}{{/with}}")]
    [InlineData("{{#with story}}\n{{> items}}\n{{/with}}")]
    [InlineData("{{#with story}}\n  {{> items}}\n{{/with}}")] // Handlebars.Net leaves this one unescaped unless prepared
    [InlineData("{{#with story}}\n\t{{> items }}\n{{/with}}")]
    public void Values_are_escaped_inside_partials_however_they_are_called(string page)
    {
        var engine = Engine(("page.hbs", page), ("partials/items.hbs", "{{#each items}}\n  <p>{{x}}</p>\n{{/each}}"));
        var html = engine.Render("page", Model);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public void Missing_template_names_the_file_to_add()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Engine().Render("story", Model));
        Assert.Contains("templates/story.hbs", e.Message);
    }
}
