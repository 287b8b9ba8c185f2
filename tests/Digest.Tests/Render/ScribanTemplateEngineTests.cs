using System.Collections.Immutable;
using System.Text;
using Digest.Core;
using Digest.Core.Render;
using Digest.Core.Render.Templates;

namespace Digest.Tests.Render;

/// <summary>
/// The template engine as a theme author meets it: every way of printing a value escapes it once,
/// its defaults suit a site of any size, and every mistake is reported at its place.
/// </summary>
public class ScribanTemplateEngineTests
{
    private const string Hostile = "<script>alert('x')</script>\" onmouseover=\"alert(1)\" & `tick`";

    private static ScribanTemplateEngine Engine(params (string Path, string Text)[] files) =>
        new(new Theme(files.ToImmutableSortedDictionary(f => f.Path, f => Encoding.UTF8.GetBytes(f.Text), StringComparer.Ordinal)));

    private static Dictionary<string, object?> Model() => new()
    {
        ["x"] = Hostile,
        ["story"] = new Dictionary<string, object?>
        {
            ["title"] = Hostile,
            ["items"] = new List<object?> { new Dictionary<string, object?> { ["text"] = Hostile } },
            ["names"] = new List<object?> { Hostile, "plain" },
        },
        ["trusted"] = TrustedHtml.From("<em>made by Digest</em>"),
    };

    [Fact]
    public void A_page_in_its_layout_is_the_page_rendered_then_given_to_the_layout_as_content()
    {
        var engine = Engine(("page.sbn-html", "<p>{{ x }} é 😀</p>{{ v = 1 }}"),
            ("layout.sbn-html", "<main>{{ content }}</main>{{ content | string.size }}|{{ story.title }}"));
        var apart = Model();
        apart["content"] = TrustedHtml.From(engine.Render("page", Model()));
        var expected = engine.Render("layout", apart);

        Assert.Equal(expected, Encoding.UTF8.GetString(engine.RenderInLayout("page", "layout", Model())));
        // What the page's template sets stays its own, as when the two are rendered apart.
        var leaks = Engine(("page.sbn-html", "{{ v = 1 }}"), ("layout.sbn-html", "{{ v }}"));
        Assert.Throws<TemplateException>(() => leaks.RenderInLayout("page", "layout", Model()));
    }

    public static TheoryData<string, string> WaysToPrint => new()
    {
        { "plain", "{{ x }}" },
        { "attribute", "<a title=\"{{ x }}\" href='{{ x }}' data-x={{ x }}>" },
        { "member", "{{ story.title }}" },
        { "loop", "{{ for item in story.items }}<p>{{ item.text }}</p>{{ end }}" },
        { "string function", "{{ x | string.upcase }}{{ x | string.append \"!\" }}{{ x | string.replace \"x\" \"y\" }}" },
        { "concatenation", "{{ \"a\" + x + \"b\" }}" },
        { "function", "{{ func shout(v); ret v + \"!\"; end }}{{ shout x }}" },
        { "capture", "{{ capture c }}<b>{{ x }}</b>{{ end }}{{ c }}" },
        { "include with arguments", "{{ include \"echo\" x }}" },
        { "include reading the caller's variables", "{{ include \"title\" }}" },
        { "interpolation", "{{ $\"<{x}>\" }}" },
        { "array", "{{ story.names }}{{ [x, x] }}" },
        { "array join", "{{ story.names | array.join \", \" }}" },
        { "object.to_json", "{{ story | object.to_json }}" },
        { "trusted value through a string function", "{{ trusted | string.append x }}" },
    };

    [Theory]
    [MemberData(nameof(WaysToPrint))]
    public async Task Every_way_of_printing_a_value_escapes_it(string way, string template)
    {
        var engine = Engine(("page.sbn-html", template), ("partials/echo.sbn-html", "<i>{{ $1 }}</i>\n"), ("partials/title.sbn-html", "<i>{{ story.title }}</i>"));
        foreach (var html in new[] { engine.Render("page", Model()), await engine.RenderAsync("page", Model()) })
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("\" onmouseover", html);
            Assert.DoesNotContain("'x'", html);
            Assert.DoesNotContain("`", html);
            Assert.DoesNotContain("&amp;lt;", html); // escaped once, never twice
            Assert.True(html.Contains("&lt;script&gt;", StringComparison.OrdinalIgnoreCase) || html.Contains("\\u003Cscript", StringComparison.OrdinalIgnoreCase), $"{way}: {html}");
        }
    }

    [Fact]
    public async Task Capture_and_include_keep_their_own_markup_and_escape_values_once()
    {
        var engine = Engine(
            ("page.sbn-html", "{{ capture c }}<b>{{ x }}</b>{{ end }}{{ c }}|{{ include \"echo\" x }}"),
            ("partials/echo.sbn-html", "<i>{{ $1 }}</i>\n"));
        var escaped = HtmlEscaper.Escape(Hostile);
        var expected = $"<b>{escaped}</b>|<i>{escaped}</i>";
        Assert.Equal(expected, engine.Render("page", Model()));
        Assert.Equal(expected, await engine.RenderAsync("page", Model()));
    }

    [Fact]
    public void Only_values_Digest_made_are_written_as_HTML()
    {
        var engine = Engine(("page.sbn-html", "{{ trusted }}|{{ x }}"));
        Assert.Equal("<em>made by Digest</em>|" + HtmlEscaper.Escape(Hostile), engine.Render("page", Model()));
    }

    [Fact]
    public void Escaping_covers_element_text_and_any_attribute_quoting()
    {
        Assert.Equal("&lt;a href&#x3D;&quot;x&quot; title&#x3D;&#x27;y&#x27;&gt;&amp;&#x60;", HtmlEscaper.Escape("<a href=\"x\" title='y'>&`"));
        Assert.Equal("Zoë — plain text", HtmlEscaper.Escape("Zoë — plain text"));
    }

    [Fact]
    public void Big_sites_are_neither_cut_short_nor_stopped_by_loop_limits()
    {
        var many = Enumerable.Range(0, 5000).Select(i => (object?)(new string('a', 300) + i)).ToList();
        var engine = Engine(("page.sbn-html", "{{ for s in items }}<p>{{ s }}</p>{{ end }}{{ for i in 1..2000 }}{{ end }}"));
        var html = engine.Render("page", new Dictionary<string, object?> { ["items"] = many });
        Assert.Equal(5000, html.Split("<p>").Length - 1);
        Assert.True(html.Length > 1 << 20);
        Assert.EndsWith("a4999</p>", html);
    }

    [Theory]
    [InlineData(0, "no")]
    [InlineData(3, "yes")]
    [InlineData("", "no")]
    [InlineData("x", "yes")]
    [InlineData(null, "no")]
    [InlineData(false, "no")]
    public void Zero_empty_text_and_null_are_false(object? value, string expected)
    {
        var engine = Engine(("page.sbn-html", "{{ if v }}yes{{ else }}no{{ end }}"));
        Assert.Equal(expected, engine.Render("page", new Dictionary<string, object?> { ["v"] = value }));
    }

    [Fact]
    public void An_empty_list_is_false()
    {
        var engine = Engine(("page.sbn-html", "{{ if v }}yes{{ else }}no{{ end }}"));
        Assert.Equal("no", engine.Render("page", new Dictionary<string, object?> { ["v"] = new List<object?>() }));
    }

    [Fact]
    public void Nothing_a_page_sets_or_breaks_reaches_the_next_page()
    {
        var engine = Engine(("set.sbn-html", "{{ secret = x }}{{ secret }}"), ("read.sbn-html", "{{ secret }}"), ("broken.sbn-html", "{{ for i in [1] }}{{ capture c }}{{ nope }}{{ end }}{{ end }}"));
        Assert.Equal(HtmlEscaper.Escape(Hostile), engine.Render("set", Model()));
        Assert.Throws<TemplateException>(() => engine.Render("broken", Model()));
        var d = Single(() => engine.Render("read", Model()));
        Assert.Contains("secret", d.Message);
        Assert.Equal(HtmlEscaper.Escape(Hostile), engine.Render("set", Model()));
    }

    private static Diagnostic Single(Action render) => Assert.Single(Assert.Throws<TemplateException>(render).Diagnostics);

    private static Diagnostic SingleOnLoad(params (string Path, string Text)[] files) => Single(() => Engine(files));

    [Fact]
    public void An_unclosed_block_is_an_error_at_its_place()
    {
        var d = SingleOnLoad(("story.sbn-html", "<h1>{{ story.title }}</h1>\n{{ if story.title }}\n<p>x</p>\n"));
        Assert.Equal("templates/story.sbn-html", d.Path);
        Assert.Equal(2, d.Line);
        Assert.StartsWith("templates/story.sbn-html:2:", d.ToString());
        Assert.Contains(": error: ", d.ToString());
        Assert.Contains("end", d.Message);
    }

    [Fact]
    public void Every_template_that_does_not_parse_is_reported_at_once()
    {
        var e = Assert.Throws<TemplateException>(() => Engine(("story.sbn-html", "{{ if x }}"), ("partials/a.sbn-html", "{{ for }}")));
        Assert.Equal(["templates/partials/a.sbn-html", "templates/story.sbn-html"], e.Diagnostics.Select(d => d.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_missing_partial_is_an_error_where_it_is_included_before_any_page_renders()
    {
        var d = SingleOnLoad(("story.sbn-html", "<p>\n  {{ if false }}{{ include \"sorces\" }}{{ end }}</p>"), ("partials/sources.sbn-html", "s"));
        Assert.Equal(("templates/story.sbn-html", 2), (d.Path, d.Line));
        Assert.Contains("\"sorces\"", d.Message);
        Assert.Contains("templates/partials/sorces.sbn-html", d.Message);
        Assert.Contains("sources", d.Message.Split("one of")[1]);
    }

    [Fact]
    public void A_misspelt_variable_is_an_error_at_its_place_not_an_empty_string()
    {
        var d = Single(() => Engine(("page.sbn-html", "<p>\n  {{ titel }}</p>")).Render("page", Model()));
        Assert.Equal(("templates/page.sbn-html", 2, 6), (d.Path, d.Line, d.Column));
        Assert.Contains("titel", d.Message);
    }

    [Fact]
    public void A_misspelt_member_is_an_error_at_its_place()
    {
        var d = Single(() => Engine(("page.sbn-html", "{{ story.titel }}")).Render("page", Model()));
        Assert.Equal(("templates/page.sbn-html", 1), (d.Path, d.Line));
        Assert.Contains("titel", d.Message);
    }

    [Fact]
    public void An_unknown_function_is_an_error_at_its_place()
    {
        var d = Single(() => Engine(("page.sbn-html", "{{ x | string.upcasee }}")).Render("page", Model()));
        Assert.Equal(("templates/page.sbn-html", 1, 15), (d.Path, d.Line, d.Column)); // at "upcasee"
        Assert.Contains("upcasee", d.Message);
    }

    [Fact]
    public void A_runtime_error_in_a_partial_names_the_partial()
    {
        var engine = Engine(("page.sbn-html", "<p>{{ include \"card\" story }}</p>"), ("partials/card.sbn-html", "<h2>\n{{ $1.headline }}</h2>\n"));
        var d = Single(() => engine.Render("page", Model()));
        Assert.Equal(("templates/partials/card.sbn-html", 2), (d.Path, d.Line));
        Assert.Contains("headline", d.Message);
    }

    [Fact]
    public void Handlebars_templates_left_in_the_theme_are_told_what_to_do()
    {
        var d = SingleOnLoad(("story.hbs", "{{#each story.sources}}{{/each}}"), ("story.sbn-html", "x"));
        Assert.Equal("templates/story.hbs", d.Path);
        Assert.Contains("Scriban", d.Message);
        Assert.Contains("templates/story.sbn-html", d.Message);
    }

    [Fact]
    public void A_missing_template_names_the_file_to_add()
    {
        var d = Single(() => Engine().Render("story", Model()));
        Assert.Equal("templates/story.sbn-html", d.Path);
    }
}
