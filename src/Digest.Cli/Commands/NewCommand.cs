using System.CommandLine;
using System.Globalization;
using Digest.Core;
using Digest.Core.Import;

namespace Digest.Cli.Commands;

/// <summary><c>digest new site</c> and <c>digest new article</c>: starting points that build as they are.</summary>
internal static class NewCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("new", """
            Create a new site or a new article.

            Examples:
              digest new site memorials
              digest new article --story harbor-lighthouse-relit --outlet "Coast Radio"
            """);
        command.Subcommands.Add(SiteCommand(environment));
        command.Subcommands.Add(ArticleCommand(environment));
        return command;
    }

    private static Command SiteCommand(CliEnvironment environment)
    {
        var folder = new Argument<DirectoryInfo>("DIR") { Description = "Folder to create the site in; created if missing" };
        var force = new Option<bool>("--force", "-f") { Description = "Write into a folder that is not empty (the sample's files are replaced)" };
        var command = new Command("site", """
            Create a site folder: site.yml and a sample story of two articles by two outlets. It builds with
            the built-in theme; add templates/ only to change the look.

            Examples:
              digest new site memorials
              digest new site . --force
            """)
        {
            folder, force,
        };
        command.SetAction(parse =>
        {
            var reporter = DigestCommand.Reporter(parse, environment);
            var target = parse.GetValue(folder)!.FullName;
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !parse.GetValue(force))
            {
                reporter.Error($"{target} is not empty: choose a new folder, or pass --force to add the sample site to it");
                return DigestCommand.Crash;
            }
            foreach (var (path, text) in SampleSite.Files)
            {
                var full = Path.Combine(target, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
                reporter.Detail($"created {path}");
            }
            reporter.Success($"Created a site in {target}");
            reporter.Info($"Next: cd {Path.GetRelativePath(Environment.CurrentDirectory, target)} && digest serve");
            return DigestCommand.Ok;
        });
        return command;
    }

    private static Command ArticleCommand(CliEnvironment environment)
    {
        var source = DigestCommand.SourceOption();
        var story = new Option<string>("--story") { Description = "Story slug: the folder below content/", Required = true };
        var outlet = new Option<string>("--outlet") { Description = "Outlet that published the article; its slug names the file", Required = true };
        var title = new Option<string?>("--title") { Description = "Headline (default: a placeholder to replace)" };
        var date = new Option<string?>("--date") { Description = "Publication date, YYYY-MM-DD (default: today, UTC)" };
        var command = new Command("article", """
            Create content/STORY/OUTLET.md with a front-matter skeleton, marked as a draft until you
            remove 'draft: true'. Never replaces an existing file.

            Examples:
              digest new article --story harbor-lighthouse-relit --outlet "Coast Radio"
              digest new article --story flood-2024 --outlet AP --title "River crests" --date 2024-04-02
            """)
        {
            source, story, outlet, title, date,
        };
        command.SetAction(parse =>
        {
            var reporter = DigestCommand.Reporter(parse, environment);
            var when = environment.Today;
            if (parse.GetValue(date) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out when))
            {
                reporter.Error($"--date '{text}' is not a date: write it as YYYY-MM-DD (for example 2024-05-18)");
                return DigestCommand.UsageError;
            }
            var storySlug = Slug.From(parse.GetValue(story)!);
            var outletName = parse.GetValue(outlet)!.Trim();
            var relative = $"content/{storySlug}/{Slug.From(outletName)}.md";
            var full = Path.Combine(parse.GetValue(source)!.FullName, relative);
            if (File.Exists(full))
            {
                reporter.Error($"{relative} already exists: edit it, or choose another --outlet");
                return DigestCommand.Crash;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, Skeleton(parse.GetValue(title) ?? "Headline", outletName, when, storySlug));
            reporter.Success($"Created {relative} (a draft: remove 'draft: true' to publish it)");
            return DigestCommand.Ok;
        });
        return command;
    }

    internal static string Skeleton(string title, string outlet, DateOnly date, string story) => $"""
        ---
        title: {ContentFileWriter.Quote(title)}
        outlet: {ContentFileWriter.Quote(outlet)}
        date: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
        url: ""
        author: ""
        story: {ContentFileWriter.Quote(story)}
        draft: true
        ---

        The article's text, as the outlet published it. Separate paragraphs with a blank line.

        """;
}
