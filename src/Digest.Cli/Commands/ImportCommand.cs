using System.CommandLine;
using Digest.Core.Import;
using Digest.Core.Load;

namespace Digest.Cli.Commands;

/// <summary><c>digest import</c>: raw articles (plain text, saved HTML pages) into content files.</summary>
internal static class ImportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Plain-text articles or saved HTML pages", Arity = ArgumentArity.OneOrMore };
        var story = new Option<string?>("--story") { Description = "Story slug for every file (default: the slug of each headline)" };
        var outlet = new Option<string?>("--outlet") { Description = "Outlet for every file (default: what the page says; required for plain text)" };
        var source = DigestCommand.SourceOption();
        var force = new Option<bool>("--force", "-f") { Description = "Replace content files that already exist" };
        var command = new Command("import", """
            Turn raw articles into content files at content/STORY/OUTLET.md.

            Plain text: the headline on the first line, an optional 'date YYYY-MM-DD' line (or the same
            glued before the headline), then paragraphs separated by blank lines.
            HTML pages: headline, outlet, date, canonical URL and author from the page's metadata
            (Open Graph, JSON-LD, <time>), text from its <article> or densest block of paragraphs,
            without navigation, ads, share bars, captions and footers.

            Examples:
              digest import ~/saved/flood.html --story flood-2024
              digest import et.txt --story chrissy-teigen-son-memorial --outlet ET
              digest import pages/*.html --source ~/sites/memorials --force
            """)
        {
            files, story, outlet, source, force,
        };
        command.SetAction(parse =>
        {
            var reporter = DigestCommand.Reporter(parse, environment);
            return Run(parse.GetValue(files)!, parse.GetValue(story), parse.GetValue(outlet),
                parse.GetValue(source)!.FullName, parse.GetValue(force), reporter);
        });
        return command;
    }

    /// <summary>Imports each file on its own: one bad file is reported and the others still import.</summary>
    internal static int Run(FileInfo[] files, string? story, string? outlet, string siteFolder, bool force, Reporter reporter)
    {
        var exit = DigestCommand.Ok;
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(Environment.CurrentDirectory, file.FullName);
            var (bytes, unreadable) = TextFile.ReadBytes(file.FullName, name);
            if (bytes is null)
            {
                reporter.Error($"{name}: {unreadable!.Message}");
                exit = Math.Max(exit, DigestCommand.Crash);
                continue;
            }
            var (text, notText) = ImportedText.Decode(bytes);
            if (text is null)
            {
                reporter.Error($"{name}: {notText}");
                exit = Math.Max(exit, DigestCommand.ContentErrors);
                continue;
            }

            var read = ArticleImporter.Read(text, file.Name);
            var (planned, error) = read.Article is null ? (null, read.Error) : ArticleImporter.Plan(read.Article, story, outlet);
            if (planned is null)
            {
                reporter.Error($"{name}: {error}");
                exit = Math.Max(exit, DigestCommand.ContentErrors);
                continue;
            }

            var relative = force ? planned.RelativePath : FreePath(siteFolder, planned, written);
            if (relative is null)
            {
                reporter.Error($"{name}: already imported as {planned.RelativePath} (the same address): pass --force to replace it");
                exit = Math.Max(exit, DigestCommand.Crash);
                continue;
            }
            if (!written.Add(relative))
            {
                reporter.Error($"{name}: another file of this import already went to {relative}: import it with its own --outlet or --story");
                exit = Math.Max(exit, DigestCommand.Crash);
                continue;
            }
            planned = planned with { RelativePath = relative };
            var target = Path.Combine(siteFolder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, planned.Text);
            if (read.Warning is { } warning)
                reporter.Warning($"{name}: {warning}");
            reporter.Info($"{name} -> {planned.RelativePath} ({planned.Outlet}, {planned.Article.Paragraphs.Length} paragraphs{(planned.Article.Date is { } d ? $", {d:yyyy-MM-dd}" : ", no date")})");
        }
        return exit;
    }

    /// <summary>
    /// Where a new article goes without --force: its own path if free, else the outlet's name with
    /// the next number ("daily-courier-2.md"), so a second article of one outlet in a story never
    /// replaces the first. Null when the outlet's file there already holds this article (same address):
    /// importing it again is a replacement, which takes --force.
    /// </summary>
    private static string? FreePath(string siteFolder, ArticleImporter.Planned planned, HashSet<string> written)
    {
        var stem = planned.RelativePath[..^".md".Length];
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? planned.RelativePath : $"{stem}-{n}.md";
            var full = Path.Combine(siteFolder, candidate);
            if (!File.Exists(full) && !written.Contains(candidate))
                return candidate;
            if (File.Exists(full) && planned.Article.Url is { } url
                && ContentLoader.LoadFile(siteFolder, candidate).Article?.Url == url)
                return null;
        }
    }
}
