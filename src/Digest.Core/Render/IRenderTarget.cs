namespace Digest.Core.Render;

/// <summary>
/// Where <see cref="SiteRenderer"/> puts the files of the site, in order: each rendered file, or, for a page
/// the previous site holds as made from the same <see cref="PageKey"/>, that page kept as it is.
/// </summary>
internal interface IRenderTarget
{
    /// <summary>Whether the previous site holds <paramref name="path"/> made under <paramref name="key"/>, untouched since. Safe on several threads.</summary>
    bool Holds(string path, string key);

    /// <summary>Puts the previous site's <paramref name="path"/> in the new site; false if it cannot (then the page is rendered and added).</summary>
    bool Keep(string path, string key);

    /// <summary>Adds a rendered file; <paramref name="key"/> is the page's key, null for files not keyed.</summary>
    void Add(OutputFile file, string? key);

    /// <summary>
    /// Told each file as soon as it is rendered, on the thread that rendered it, before it is added in order: the pages
    /// before it may still be being kept one by one. <c>digest serve</c> shows an edited page from here.
    /// </summary>
    void Rendered(OutputFile file) { }
}

/// <summary>A target that keeps nothing and collects every file (a plan of the site, for checks and tests).</summary>
internal sealed class CollectingTarget(Action<OutputFile> add) : IRenderTarget
{
    public bool Holds(string path, string key) => false;

    public bool Keep(string path, string key) => false;

    public void Add(OutputFile file, string? key) => add(file);
}
