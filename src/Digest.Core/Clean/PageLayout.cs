using System.Text.RegularExpressions;
using Digest.Core.Load;

namespace Digest.Core.Clean;

/// <summary>
/// Furniture told by its place on the page rather than its words alone: lines without a
/// sentence's ending, the headlines under a box heading, a summary's bullets, a broadcaster's
/// sign-on, and whatever follows the end of the article. One pass over the paragraphs, so the
/// work grows with the article.
/// </summary>
internal static partial class PageLayout
{
    /// <summary>A headline in a box or list has at most this many words; a summary bullet too.</summary>
    private const int HeadlineWords = 30;

    /// <summary>A summary ("Story highlights") has at most this many bullets.</summary>
    private const int MaxBullets = 5;

    /// <summary>
    /// After the article's closing line (a copyright, a staff credit, a correction) in its last
    /// third, at most this many paragraphs may follow for them to count as the page's tail.
    /// </summary>
    private const int TailParagraphs = 3;

    /// <summary>A note about the writer ("Jane Doe is a reporter for …") stands in the last paragraphs.</summary>
    private const int AuthorNoteParagraphs = 2;

    /// <summary>The closing line must stand in the last third of a page of at least this many paragraphs.</summary>
    private const int TailPageParagraphs = 6;

    /// <summary>
    /// The reason each paragraph goes as a whole, or null where its sentences are judged one by
    /// one. <paramref name="ruleReason"/> gives a paragraph's reason from the word rules, and
    /// <paramref name="sentenceReasons"/> each sentence's.
    /// </summary>
    public static string?[] ParagraphReasons(Article article, string[] texts, string?[] ruleReason, string?[][] sentenceReasons, IReadOnlySet<int> endMarkers)
    {
        var n = texts.Length;
        var reasons = (string?[])ruleReason.Clone();
        bool Furniture(int p) => reasons[p] is not null || sentenceReasons[p].All(r => r is not null);

        var listOpen = false; // a prose paragraph ending in ':' opens a list whose items need no full stop
        var box = false;      // under a box heading, the headlines of other stories
        var bullets = 0;      // under "Story highlights", its bullets
        for (var p = 0; p < n; p++)
        {
            var text = texts[p];
            var oneLine = article.Paragraphs[p].Sentences.Length == 1;
            var words = text.AsSpan().Count(' ') + 1; // as many as splitting at spaces gives, without the split
            if (reasons[p] is not null)
            {
                box = reasons[p] == "boilerplate: box of other stories";
                listOpen = false;
                bullets = 0;
                continue;
            }
            if (box && oneLine && words <= HeadlineWords && !text.EndsWith('.'))
            {
                reasons[p] = "boilerplate: box of other stories";
                continue;
            }
            box = false;
            if (SummaryHeading().IsMatch(text))
            {
                reasons[p] = "boilerplate: story highlights";
                bullets = MaxBullets;
                continue;
            }
            if (bullets > 0 && oneLine && words <= HeadlineWords && !DatelineLed().IsMatch(text))
            {
                reasons[p] = "boilerplate: story highlights";
                bullets--;
                continue;
            }
            bullets = 0;
            if (sentenceReasons[p].All(r => r is not null))
            {
                listOpen = false;
                continue;
            }
            if (oneLine && text.EndsWith(':') && LineShape.IsHeading(text))
            {
                reasons[p] = "boilerplate: heading or label (no sentence)"; // "Also on the Courier:", "MORE:"
                listOpen = false;
                continue;
            }
            if (n >= TailPageParagraphs - 1 && p >= n - AuthorNoteParagraphs && AuthorNote().IsMatch(article.Paragraphs[p].Sentences[0].Text))
            {
                reasons[p] = "boilerplate: author note";
                continue;
            }
            if (!LineShape.EndsLikeSentence(text) && !listOpen)
            {
                reasons[p] = LineShape.IsHeading(text) ? "boilerplate: heading or label (no sentence)" : "boilerplate: caption or summary line (no final punctuation)";
                continue;
            }
            if (!oneLine && sentenceReasons[p][^1] is { } last && last.Contains("credit", StringComparison.Ordinal))
            {
                reasons[p] = "boilerplate: photo caption";
                continue;
            }
            listOpen = text.EndsWith(':') || (listOpen && !LineShape.EndsLikeSentence(text));
        }

        // The tail: after the closing line of the article, near the end of the page, the rest is
        // other stories' headlines and ledes.
        for (var m = Math.Max(2 * n / 3, n - 1 - TailParagraphs); m < n - 1 && n >= TailPageParagraphs; m++)
        {
            if (!endMarkers.Contains(m))
                continue;
            for (var p = m + 1; p < n; p++)
                if (!Furniture(p))
                    reasons[p] = "boilerplate: after the end of the article";
            break;
        }
        return reasons;
    }

    /// <summary>A presenter's sign-on in a transcript: "Good morning.", "I'm Jane Doe.", "And I'm Sam Ortiz."</summary>
    public static bool IsSignOn(string sentence) => SignOn().IsMatch(sentence);

    /// <summary>"Jane Doe is a staff writer for the Daily Courier.", "Sam Ortiz covers city hall for the Courier.": names, then the job and the outlet.</summary>
    [GeneratedRegex(@"^(?-i:\p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+){0,3}) (is (a|an|the) ([\p{L}-]+ ){0,4}(reporter|correspondent|writer|editor|columnist|contributor|producer|journalist|intern|fellow|critic|photographer)\b.{0,200}|(writes|reports|covers) ([\p{L}-]+ ){0,5}(for|at) (the )?(?-i:\p{Lu}).{0,200})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorNote();

    [GeneratedRegex(@"^(story highlights|highlights|key points|key facts|at a glance|in brief|quick read|the latest|what we know|tl;?dr)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SummaryHeading();

    /// <summary>The lede after a summary: "(CNN) …", "DAYTON, Ohio (AP) — …", "WASHINGTON (Reuters) - …".</summary>
    [GeneratedRegex(@"^(\([\p{Lu}][\p{L} ]{1,20}\)|\p{Lu}{2,}[\p{Lu} .'’-]*(, [\p{L}. ]{1,25})?\s*(\([\p{L} ]{1,20}\))?\s*[-–—])", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineLed();

    [GeneratedRegex(@"^(and )?(good (morning|afternoon|evening|night)|hello|hi|hey)( (everyone|everybody|there|again)|,? (?-i:\p{Lu}[\p{L}'’-]+))?[.!,]?$|^(and )?(i['’]m|i am|this is) (?-i:\p{Lu}[\p{L}.'’-]*)( (?-i:\p{Lu}[\p{L}.'’-]*)){0,3}[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOn();
}
