using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Digest.Core.Render.Templates;

/// <summary>
/// A Scriban context for HTML pages. Every value a template writes passes through <see cref="Write"/>
/// (or <see cref="WriteAsync"/>), which escapes it unless it is <see cref="TrustedHtml"/> or the output of a
/// <c>capture</c> (already escaped as it was written); so however a value is printed (plain, in an
/// attribute, through a function, concatenated, interpolated, as an array or as JSON) it is escaped.
/// Defaults are a site generator's: no output, string or loop limits; <c>0</c>, <c>""</c> and empty lists
/// are false; an unknown variable or member is an error with its place.
/// </summary>
internal class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ScriptObject builtins) : base(builtins)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = 0;
        LimitToString = 0;
        OutputLimit = null;
        // Includes are written where they are called, as they are: no indentation is added to their lines.
        AutoIndent = false;
        // Front matter fields Digest does not know (sources[].fields) differ from article to article: a
        // field an article lacks reads as empty there rather than failing the build.
        TryGetMember = (TemplateContext _, SourceSpan _, object target, string _, out object? value) =>
        {
            value = null;
            return target is System.Collections.Immutable.IImmutableDictionary<string, object?>;
        };
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        // A page's body, made as UTF-8, goes into its layout's UTF-8 as it is, without becoming text again.
        if (textAsObject is TrustedHtml { Utf8.IsEmpty: false } body && Output is Utf8Output utf8)
            utf8.Write(body.Utf8.Span);
        else if (textAsObject is not null)
            Write(Html(textAsObject));
        return this;
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));

    private string Html(object value) => value switch
    {
        TrustedHtml trusted => trusted.Html,
        IScriptOutput captured => captured.ToString()!,
        _ => HtmlEscaper.Escape(ObjectToString(value, false) ?? ""),
    };

    /// <summary>Truth as template authors expect it: null, false, 0, "" and an empty list are false.</summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        int i => i != 0,
        long l => l != 0,
        double d => d != 0,
        ICollection c => c.Count > 0,
        _ => base.ToBool(span, value),
    };
}
