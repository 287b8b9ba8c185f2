using System.Collections.Immutable;
using System.Globalization;
using Digest.Core.Load;
using Digest.Core.Merge;
using Digest.Core.Render.Templates;

namespace Digest.Core.Render;

/// <summary>
/// Builds the template models: plain dictionaries with snake_case keys, lists and strings, so that
/// templates stay engine-neutral. README lists every variable.
/// </summary>
internal static class ViewModels
{
    public static Dictionary<string, object?> Site(SiteConfig config) => new()
    {
        ["title"] = config.Title,
        ["description"] = config.Description,
        ["base_url"] = config.BaseUrl,
        ["language"] = config.Language,
    };

    /// <param name="root">Relative path from the page being rendered to the site root.</param>
    public static Dictionary<string, object?> StorySummary(StoryDigest digest, string root, SiteIndex index) => StorySummary(digest, root, index, SummaryKeys);

    // Models are made with room for their keys: a dictionary grown key by key is made again at 3, 7, 17 and 37.
    private const int SummaryKeys = 9;
    private const int StoryKeys = SummaryKeys + 15;

    private static Dictionary<string, object?> StorySummary(StoryDigest digest, string root, SiteIndex index, int keys) => new(keys)
    {
        ["slug"] = digest.Slug,
        ["title"] = digest.Title,
        ["url"] = root + index.StoryPath(digest),
        ["date"] = IsoDate(digest.Date),
        ["date_display"] = DisplayDate(digest.Date),
        ["outlets"] = string.Join(", ", digest.Sources.Select(s => s.Outlet).Distinct(StringComparer.Ordinal)),
        ["outlet_count"] = digest.Sources.Select(s => s.Outlet).Distinct(StringComparer.Ordinal).Count(),
        ["lede"] = digest.Lede,
        ["source_count"] = digest.Sources.Length,
    };

    public static Dictionary<string, object?> Story(StoryDigest digest, string root, SiteIndex index)
    {
        var number = digest.Sources.Select((s, i) => (s.Id, i + 1)).ToDictionary(x => x.Id, x => x.Item2, StringComparer.Ordinal);
        var outlet = digest.Sources.ToDictionary(s => s.Id, s => s.Outlet, StringComparer.Ordinal);
        Dictionary<string, object?> SourceRef(string id) => new(3)
        {
            ["id"] = id,
            ["outlet"] = outlet.GetValueOrDefault(id, id),
            ["number"] = number.GetValueOrDefault(id),
        };
        // Made once per source and shared by every sentence, quote and fact that cites it (templates only read them).
        var refs = digest.Sources.ToDictionary(s => s.Id, s => SourceRef(s.Id), StringComparer.Ordinal);
        object SourceRefs(IEnumerable<string> ids) => ids.Select(id => refs.GetValueOrDefault(id) ?? SourceRef(id)).ToList();

        var model = StorySummary(digest, root, index, StoryKeys);
        model["sources"] = digest.Sources.Select((s, i) => new Dictionary<string, object?>
        {
            ["id"] = s.Id,
            ["number"] = i + 1,
            ["outlet"] = s.Outlet,
            ["outlet_url"] = root + index.OutletPath(s.Outlet),
            ["title"] = s.Title,
            ["url"] = SafeUrl(s.Url),
            ["published"] = IsoDate(s.Published),
            ["published_display"] = DisplayDate(s.Published),
            ["contributes"] = s.Contributes,
            ["author"] = s.Author,
            // Front matter fields Digest does not know: {{fields.section}} in a template.
            ["fields"] = s.Fields ?? ImmutableSortedDictionary<string, object?>.Empty,
        }).ToList();
        var entryOf = new Dictionary<BodySentence, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < digest.Body.Length; i++) entryOf[digest.Body[i]] = i;
        var conflictRefs = FactViews.ConflictRefs(digest);
        model["paragraphs"] = digest.Paragraphs.Select(g => new Dictionary<string, object?>
        {
            ["sentences"] = g.Select(b => new Dictionary<string, object?>(6)
            {
                // The story's dateline is read once, at the top; further down an outlet's dateline
                // would restart the story.
                ["text"] = b == digest.Body[0] ? b.Text : Dateline.Without(b.Text),
                ["sources"] = SourceRefs(b.Sources),
                ["partial"] = SourceRefs(b.Partial),
                ["shared"] = b.Sources.Length + b.Partial.Length > 1,
                ["conflicts"] = conflictRefs(entryOf[b]),
                // Merged outlets' own wording where it tells something the shown sentence does not
                // (its adds in digest.json), so that merging never hides a detail.
                ["variants"] = b.From.Where(f => !f.Adds.IsEmpty && !IsShownOutlet(b, f.Source)).Select(f => new Dictionary<string, object?>
                {
                    ["text"] = Dateline.Without(f.Text),
                    ["outlet"] = outlet.GetValueOrDefault(f.Source, f.Source),
                    ["sources"] = SourceRefs([f.Source]),
                    ["adds"] = f.Adds.ToList(),
                }).ToList(),
            }).ToList(),
        }).ToList();
        model["quotes"] = digest.Quotes.Select(q => new Dictionary<string, object?>
        {
            ["text"] = q.Text,
            ["speaker"] = q.Speaker,
            ["sources"] = SourceRefs(q.Sources),
        }).ToList();
        FactViews.Add(model, digest, SourceRefs, outlet, number, name => root + index.PersonPath(name));
        model["removed"] = digest.Removed.Select(r => new Dictionary<string, object?>
        {
            ["outlet"] = outlet.GetValueOrDefault(r.Source, r.Source),
            ["text"] = r.Text,
            ["reason"] = r.Reason,
        }).ToList();
        model["removed_count"] = digest.Removed.Length;
        model["tags"] = digest.Tags.ToList();
        model["tag_links"] = digest.Tags.Select(t => Link(t, root + index.TagPath(t))).ToList();
        // With one source everything is "only here": the section would say nothing.
        model["outlet_adds"] = digest.Sources.Length < 2 ? new List<object>() : digest.Sources.Select((s, i) => new Dictionary<string, object?>
        {
            ["outlet"] = s.Outlet,
            ["number"] = i + 1,
            ["id"] = s.Id,
            ["sentences"] = s.Contributes,
            ["quotes"] = s.QuotesAlone,
            ["dates"] = s.DatesAlone,
        }).ToList<object>();
        model["json_url"] = "digest.json";
        model["editor_note_html"] = digest.Editorial?.Note is { } note ? TrustedHtml.From(EditorNoteRenderer.ToHtml(note)) : null;
        return model;
    }

    /// <summary>The outlet whose wording is shown: its other sentences in the entry add nothing it does not tell.</summary>
    private static bool IsShownOutlet(BodySentence b, string source) =>
        b.From.Any(f => f.Source == source && f.Text == b.Text);

    public static Dictionary<string, object?> Link(string name, string url) => new() { ["name"] = name, ["url"] = url };

    public static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? DisplayDate(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Only http(s) links reach pages; a "javascript:" URL in front matter is dropped.</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri : null;
}
