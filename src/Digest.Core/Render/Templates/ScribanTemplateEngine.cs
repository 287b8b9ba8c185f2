using System.Collections.Immutable;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Digest.Core.Render.Templates;

/// <summary>
/// Scriban behind <see cref="ITemplateEngine"/>. Every template of the theme is parsed once, when the
/// engine is made, and checked: syntax errors and <c>include</c>s of partials that do not exist are
/// reported together, each at its place. <c>partials/NAME.sbn-html</c> is included as
/// <c>{{ include "NAME" }}</c>; what it writes is escaped once, inside it, and not again by the caller.
/// </summary>
internal sealed class ScribanTemplateEngine : ITemplateEngine
{
    public const string Extension = ".sbn-html";
    private const string PartialFolder = "partials/";

    private readonly ImmutableDictionary<string, Template> _templates;

    /// <summary>The partials by the name <c>include</c> gives them: no path is made per include.</summary>
    private readonly Dictionary<string, Template> _partials;
    private readonly ScriptObject _builtins;

    public ScribanTemplateEngine(Theme theme)
    {
        var diagnostics = theme.HandlebarsTemplates.Select(path => Diagnostic.Error(SourcePath(path), 1, 1,
            $"templates are Scriban now: rewrite this file as {SourcePath(path[..^".hbs".Length] + Extension)} (README, Templates, shows the syntax) and delete {path}")).ToList();
        var templates = ImmutableDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        foreach (var (path, text) in theme.Templates())
        {
            // Partials are inline fragments: the file's final newline is not part of them.
            var isPartial = path.StartsWith(PartialFolder, StringComparison.Ordinal);
            var template = Template.Parse(isPartial ? text.TrimEnd('\n') : text, SourcePath(path));
            diagnostics.AddRange(template.Messages.Where(m => m.Type == ParserMessageType.Error).Select(m => Located(m.Span, m.Message)));
            templates[path[..^Extension.Length]] = template;
        }
        _templates = templates.ToImmutable();
        _partials = _templates.Where(t => t.Key.StartsWith(PartialFolder, StringComparison.Ordinal))
            .ToDictionary(t => t.Key[PartialFolder.Length..], t => t.Value, StringComparer.Ordinal);
        foreach (var template in _templates.Values.Where(t => !t.HasErrors))
            diagnostics.AddRange(MissingPartials(template.Page!));
        if (diagnostics.Count > 0)
            throw new TemplateException([.. diagnostics]);

        _builtins = TemplateContext.GetDefaultBuiltinObject();
        var include = (IScriptCustomFunction)_builtins["include"]!;
        _builtins.SetValue("include", new TrustedInclude(this, include), readOnly: true);
    }

    public string Render(string name, object model) => Run(name, model, static (template, context) => template.Render(context));

    public byte[] RenderUtf8(string name, object model) => Run(name, model, static (template, context) => context.RenderUtf8(template));

    public byte[] RenderInLayout(string name, string layout, IReadOnlyDictionary<string, object?> model)
    {
        var outer = Named(layout);
        return Run(name, model, (template, context) => context.RenderInLayout(template, outer, model));
    }

    /// <summary>Renders with a pooled context, returning it afterwards, and reports a runtime error at its template line.</summary>
    private T Run<T>(string name, object model, Func<Template, Context, T> render)
    {
        var (template, context) = Prepare(name, model);
        try
        {
            var result = render(template, context);
            Return(context);
            return result;
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException([Located(e.Span, e.OriginalMessage)]);
        }
    }

    /// <summary>Scriban's async rendering, escaped the same way; Digest renders synchronously, tests check both.</summary>
    internal async ValueTask<string> RenderAsync(string name, object model)
    {
        var (template, context) = Prepare(name, model);
        try
        {
            var html = await template.RenderAsync(context);
            Return(context);
            return html;
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException([Located(e.Span, e.OriginalMessage)]);
        }
    }

    // A context is costly to make (its stacks, caches and builtins); one is reused per page rendered at a
    // time. A context whose render failed is dropped, since it may hold the broken page's state.
    private readonly System.Collections.Concurrent.ConcurrentBag<Context> _contexts = [];

    private void Return(Context context)
    {
        context.PopGlobal();
        _contexts.Add(context);
    }

    private (Template Template, Context Context) Prepare(string name, object model)
    {
        var template = Named(name);
        var context = _contexts.TryTake(out var pooled) ? pooled : new Context(this);
        context.PushGlobal(Globals(model));
        return (template, context);
    }

    private Template Named(string name) => _templates.TryGetValue(name, out var template) ? template
        : throw new TemplateException([Diagnostic.Error(SourcePath(name + Extension), 1, 1,
            $"the theme has no {name}{Extension}: add it to the site's templates folder")]);

    /// <summary>The model's top-level names as the template's variables; what they hold is read as it is.</summary>
    private static ScriptObject Globals(object model)
    {
        var globals = new ScriptObject(StringComparer.Ordinal);
        if (model is IEnumerable<KeyValuePair<string, object?>> values)
            foreach (var (key, value) in values)
                globals[key] = value;
        return globals;
    }

    /// <summary>The partial <c>include "NAME"</c> at <paramref name="span"/> renders.</summary>
    private Template Partial(SourceSpan span, string name) =>
        _partials.TryGetValue(name, out var partial) ? partial : throw NoPartial(span, name);

    private static ScriptRuntimeException NoPartial(SourceSpan span, string name) =>
        new(span, $"there is no partial \"{name}\": add {SourcePath(PartialFolder + name + Extension)}");

    /// <summary>"templates/story.sbn-html", the way every Digest error names a file.</summary>
    private static string SourcePath(string path) => $"{Theme.FolderName}/{path}";

    private static Diagnostic Located(SourceSpan span, string message) =>
        Diagnostic.Error(span.FileName, span.Start.Line + 1, span.Start.Column + 1, message.TrimEnd('.'));

    /// <summary><c>include "NAME"</c> calls whose partial is not in the theme, found before any page renders.</summary>
    private IEnumerable<Diagnostic> MissingPartials(ScriptNode node)
    {
        if (node is ScriptFunctionCall { Target: ScriptVariable { Name: "include" }, Arguments: [ScriptLiteral { Value: string name }, ..] } call
            && !_templates.ContainsKey(PartialFolder + name))
            yield return Located(call.Arguments[0].Span, $"there is no partial \"{name}\": add {SourcePath(PartialFolder + name + Extension)} or include one of {string.Join(", ", PartialNames())}");
        foreach (var child in node.Children)
            foreach (var diagnostic in MissingPartials(child))
                yield return diagnostic;
    }

    private IEnumerable<string> PartialNames() =>
        _templates.Keys.Where(k => k.StartsWith(PartialFolder, StringComparison.Ordinal)).Select(k => k[PartialFolder.Length..]).Order(StringComparer.Ordinal);

    /// <summary>Hands <c>include</c> the partials parsed once, instead of loading and parsing them per page.</summary>
    private sealed class Context : HtmlTemplateContext
    {
        private readonly ScribanTemplateEngine _engine;

        public Context(ScribanTemplateEngine engine) : base(engine._builtins)
        {
            _engine = engine;
            TemplateLoader = new PartialLoader(engine);
        }

        // A page's UTF-8, encoded as it is written, kept across pages: grown once to the largest page.
        private readonly Utf8Output _utf8 = new();

        /// <summary><paramref name="template"/> rendered as the bytes of a file, without first becoming a string.</summary>
        public byte[] RenderUtf8(Template template)
        {
            PushOutput(_utf8);
            try
            {
                Run(template);
                return _utf8.ToArray();
            }
            finally
            {
                PopOutput();
                _utf8.Clear();
            }
        }

        // A page's body, kept across pages like the page's own UTF-8.
        private readonly Utf8Output _body = new();

        /// <summary>
        /// <paramref name="page"/> rendered, then <paramref name="layout"/> with its HTML as <c>content</c>, as the bytes of a file. The body is
        /// encoded to UTF-8 as it is written and copied into the layout's bytes as it is: a story page's body (30-120 KB) used to be
        /// made a string first, most of them on the large-object heap, and then encoded.
        /// </summary>
        public byte[] RenderInLayout(Template page, Template layout, object model)
        {
            PushOutput(_body);
            try
            {
                Run(page);
            }
            finally
            {
                PopOutput();
            }
            try
            {
                // The layout sees the model, and nothing the page's template set: each has variables of its own, as when rendered apart.
                PopGlobal();
                var globals = Globals(model);
                globals["content"] = new TrustedHtml(_body.Written());
                PushGlobal(globals);
                return RenderUtf8(layout);
            }
            finally
            {
                _body.Clear();
            }
        }

        /// <summary>What <see cref="Template.Render(TemplateContext)"/> does but make a string: writes the template to the current output.</summary>
        private void Run(Template template)
        {
            // Every template of the theme is parsed from its file, without errors (checked when the engine is made).
            PushSourceFile(template.SourceFilePath!);
            try
            {
                if (Evaluate(template.Page!) is { } result && EnableOutput)
                    Write(template.Page!.Span, result);
            }
            finally
            {
                PopSourceFile();
            }
        }

        // Scriban's include renders each partial into a new builder, which it then empties by setting its length to 0:
        // for a builder grown past one chunk that allocates and copies a whole new buffer, per include. A builder per
        // include depth, kept across includes and pages, is grown once and emptied in place.
        private readonly Stack<StringBuilder> _spareOutputs = [];

        /// <summary>
        /// What Scriban's include does once it has the partial: <c>$0</c>, <c>$1</c>... are its arguments while it renders.
        /// Written where the include stands when <paramref name="inPlace"/> (null returned), else returned as a string.
        /// </summary>
        public string? RenderPartial(Template partial, ScriptArray arguments, ScriptNode caller, bool inPlace)
        {
            // The including template's own arguments, if it is a partial too: none is no error here.
            var strict = StrictVariables;
            StrictVariables = false;
            var previousArguments = GetValue(ScriptVariable.Arguments);
            StrictVariables = strict;
            var output = inPlace ? null : _spareOutputs.TryPop(out var spare) ? spare : new StringBuilder();
            EnterRecursive(caller);
            if (output is not null)
                PushOutput(new StringBuilderOutput(output));
            try
            {
                SetValue(ScriptVariable.Arguments, arguments, true, true);
                Run(partial);
                return output?.ToString();
            }
            finally
            {
                if (output is not null)
                {
                    PopOutput();
                    output.Clear();
                    _spareOutputs.Push(output);
                }
                ExitRecursive(caller);
                DeleteValue(ScriptVariable.Arguments);
                if (previousArguments is not null)
                    SetValue(ScriptVariable.Arguments, previousArguments, true);
            }
        }

        protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) => _engine._templates[templatePath];

        protected override ValueTask<Template> CreateTemplateAsync(string templatePath, ScriptNode? callerContext) =>
            ValueTask.FromResult(_engine._templates[templatePath]);
    }

    /// <summary>Where <c>include "NAME"</c> looks: <c>partials/NAME.sbn-html</c> of the theme.</summary>
    private sealed class PartialLoader(ScribanTemplateEngine engine) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            engine._partials.ContainsKey(templateName) ? PartialFolder + templateName : throw NoPartial(callerSpan, templateName);

        // Never called: the context hands include the parsed partial itself.
        public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new InvalidOperationException("partials are parsed once, when the theme loads");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new InvalidOperationException("partials are parsed once, when the theme loads");
    }

    /// <summary>Scriban's <c>include</c>, returning the partial's output as <see cref="TrustedHtml"/>: it was escaped as it was written.</summary>
    private sealed class TrustedInclude(ScribanTemplateEngine engine, IScriptCustomFunction include) : IScriptCustomFunction
    {
        public int RequiredParameterCount => include.RequiredParameterCount;
        public int ParameterCount => include.ParameterCount;
        public ScriptVarParamKind VarParamKind => include.VarParamKind;
        public Type ReturnType => typeof(TrustedHtml);
        public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            // A partial of the theme is rendered into a reused builder; anything else (no name, no caller) takes Scriban's own way and errors.
            // An include that is a statement of its own writes the partial where it stands (its value would only be written
            // there): one copy of its text instead of three, a string made and then written and dropped.
            if (context is Context pooled && callerContext is not null && arguments.Count > 0 && context.ObjectToString(arguments[0]) is { Length: > 0 } name)
            {
                var inPlace = callerContext.Parent is ScriptExpressionStatement;
                var html = pooled.RenderPartial(engine.Partial(callerContext.Span, name), arguments, callerContext, inPlace);
                return html is null ? null : new TrustedHtml(html);
            }
            return new TrustedHtml(context.ObjectToString(include.Invoke(context, callerContext, arguments, blockStatement), false) ?? "");
        }

        public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new TrustedHtml(context.ObjectToString(await include.InvokeAsync(context, callerContext, arguments, blockStatement), false) ?? "");
    }
}
