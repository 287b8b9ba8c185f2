namespace Digest.Cli.Commands;

/// <summary>The files of <c>digest new site</c>: a config and one made-up story told by two made-up outlets.</summary>
internal static class SampleSite
{
    public const string Story = "harbor-lighthouse-relit";

    public static readonly IReadOnlyList<(string Path, string Text)> Files =
    [
        ("site.yml", """
            # Digest site configuration. Every key is optional; see README for all of them.
            title: My Digest
            description: One consolidated story from every outlet that reported it.
            base_url: ""
            language: en
            output: public

            """),
        // What a build makes is not the site's source: the output and the build cache stay out of git.
        (".gitignore", """
            /public/
            /.digest-cache/

            """),
        ($"content/{Story}/harbor-gazette.md", """
            ---
            title: "Old Harbor Lighthouse Shines Again After Ten Years Dark"
            outlet: Harbor Gazette
            date: 2024-05-18
            story: harbor-lighthouse-relit
            tags: [sample]
            ---

            The Old Harbor lighthouse was lit again on Friday night, ten years after its lamp went dark.

            About two hundred people gathered on the pier for the relighting. "We waited a long time for this," said Mara Quint, who chairs the volunteer trust.

            The trust raised the money for the new lens from more than a thousand small donations.

            Sign up for our newsletter to get local news every morning.

            """),
        ($"content/{Story}/valley-courier.md", """
            ---
            title: "Volunteers Relight Old Harbor Lighthouse"
            outlet: Valley Courier
            date: 2024-05-19
            story: harbor-lighthouse-relit
            tags: [sample]
            ---

            The Old Harbor lighthouse was lit again on Friday night, ten years after its lamp went dark.

            "We waited a long time for this," said Mara Quint, 61, a retired ferry captain.

            The restoration took three summers, and the keeper's cottage will open as a small museum in July.

            """),
    ];
}
