using System.Text.RegularExpressions;

namespace Digest.Core.Clean;

/// <summary>
/// Generic patterns for the lines outlets wrap around their articles. Every pattern is anchored
/// at both ends and bounded in length, so it matches a whole short line ("Advertisement") and
/// never a real sentence that merely contains such a word ("The advertisement ran for a week.").
/// </summary>
public static partial class BoilerplateRules
{
    public sealed record Rule(string Reason, Regex Pattern);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Rules for one sentence on its own.</summary>
    public static IReadOnlyList<Rule> Sentence { get; } =
    [
        new("boilerplate: push-notification plug", PushPlug()),
        new("boilerplate: newsletter plug", NewsletterPlug()),
        new("boilerplate: subscription plug", SubscribePlug()),
        new("boilerplate: app plug", AppPlug()),
        new("boilerplate: advertisement", Advertisement()),
        new("boilerplate: video prompt", VideoPrompt()),
        new("boilerplate: video prompt", VideoPointer()),
        new("boilerplate: image credit", ImageCredit()),
        new("boilerplate: image credit", CreditOnly()),
        new("boilerplate: copyright notice", Copyright()),
        new("boilerplate: wire notice", WireNotice()),
        new("boilerplate: wire notice", WireCredits()),
        new("boilerplate: contact line", ContactLine()),
        new("boilerplate: update notice", UpdateNotice()),
        new("boilerplate: print notice", PrintNotice()),
        new("boilerplate: sent-from signature", SentFrom()),
        new("boilerplate: transcript notice", TranscriptNotice()),
        new("boilerplate: read-more link", ReadMore()),
        new("boilerplate: social share prompt", SharePrompt()),
        new("boilerplate: embedded social post", EmbeddedPost()),
        new("boilerplate: correction notice", CorrectionHeader()),
    ];

    /// <summary>
    /// Rules for a whole paragraph (its sentences joined by single spaces): widgets whose text
    /// the splitter cuts into several "sentences", all of which go.
    /// </summary>
    public static IReadOnlyList<Rule> Paragraph { get; } =
    [
        new("boilerplate: newsletter plug", NewsletterWidget()),
        new("boilerplate: follow-topic plug", FollowTopicWidget()),
        new("boilerplate: correction notice", CorrectionText()),
        new("boilerplate: photo caption", FilePhotoCaption()),
        new("boilerplate: newsletter plug", WantMorePlug()),
        new("boilerplate: photo caption", CaptionEndingInCredit()),
        new("boilerplate: photo caption", CaptionPointingAtPicture()),
        new("boilerplate: stray fragment", StrayFragment()),
    ];

    [GeneratedRegex(@"^(get|turn on|enable|allow|sign up for) (breaking news )?push notifications\b.{0,150}$", Options)]
    private static partial Regex PushPlug();

    [GeneratedRegex(@"^((never miss a story\b.{0,20}|sign up (now )?for|subscribe to|get our|want more\b.{0,60}\?)\b.{0,200}\b(newsletters?|e-?mails?|alerts)\b.{0,200}|newsletter sign up|thanks for subscribing!?|thank you for subscribing[.!]?|view all .{0,40} newsletters\.?)$", Options)]
    private static partial Regex NewsletterPlug();

    /// <summary>"Sign up for our daily briefing", "Subscribe now": the object must be the outlet's product, so "Sign up for the marathon opened on Monday." stays.</summary>
    [GeneratedRegex(@"^(sign up (now |today |here )?(for|to (get|receive)) (our|free|the latest|[^.]{0,40}\b(newsletters?|briefings?|digest|alerts|updates|podcast))\b.{0,150}|subscribe (now|today|here)[.!]?|subscribe (now |today )?(for (free|full access|unlimited)|to (our|the) [^.]{0,60}\b(podcast|channel|newsletter|magazine|print edition))\b.{0,150})$", Options)]
    private static partial Regex SubscribePlug();

    [GeneratedRegex(@"^(download|get) (the|our) (free )?[\p{L}'’ ]{0,40}\bapp\b(\s*(here|now|for|on|to|from|at)\b.{0,100})?[.!]?$", Options)]
    private static partial Regex AppPlug();

    [GeneratedRegex(@"^(advertisement|advertisement continue reading the main story|continue reading the main story|(story|article) continues below( advertisement)?)\.?$", Options)]
    private static partial Regex Advertisement();

    [GeneratedRegex(@"^(scroll down for (the )?videos?|media playback is (unsupported|not supported) on your device)\.?$", Options)]
    private static partial Regex VideoPrompt();

    /// <summary>"… | Credit: …", "Credit: …", "Photo: …", "(Photo by …)", "Image copyright …", NPR's "Enlarge this image toggle caption …".</summary>
    [GeneratedRegex(@"^(.{0,80}\|\s*credit:\s*.{0,100}|.{0,60}\bcredit:\s*[^.!?]{0,100}|(photo|photograph|image|picture|video)s?( credits?)?\s*[:|]\s*.{1,100}|photo|photos|\((photo|photograph|image|picture)s?\s+(by|courtesy( of)?|credit)\b[^()]{0,100}\)\.?|\((ap |reuters |afp )?(file )?photo\)|(image|media) (copyright|caption)\b.{0,200}|(enlarge this image|toggle caption|hide caption)\b.{0,250})$", Options)]
    private static partial Regex ImageCredit();

    /// <summary>A credit on its own: "Jane Doe/Getty Images", "Getty Images", "(Jane Doe/AP)", "(AP Photo/Jane Doe, File)".</summary>
    [GeneratedRegex(@"^([\p{L}.'’ -]{2,60}/[\p{L}.'’ -]{0,40}\b(getty images|ap|reuters|afp|epa|shutterstock|associated press|instagram|alamy|rex features)|getty images|ap photo|\((?=[^()]*\b(ap|associated press|getty|reuters|afp|epa|pa|shutterstock|photo|file|instagram|twitter)\b)[^()/]{1,60}(/[^()/]{1,60}){1,3}\))$", Options)]
    private static partial Regex CreditOnly();

    [GeneratedRegex(@"^((copyright\s*(©|\(c\))?|©|\(c\))\s*(copyright\s*)?\d{4}\b.{0,120}|(copyright\s*)?©\s*\p{L}.{0,120}|all rights reserved\.?|our standards: the [^.]{1,60} principles\.?|this material may not be published, broadcast, rewritten,? or redistributed\b.{0,60})$", Options)]
    private static partial Regex Copyright();

    /// <summary>"___", "Information from: …", "The Associated Press contributed to this report.", "jm/dm (AFP, dpa)".</summary>
    [GeneratedRegex(@"^([_*=~•·-]{3,}|[–—]{2,}|information from:.{0,200}|.{0,120}\bcontributed to this (report|story)\.?|.{0,80}\bcontributed reporting( from [\p{L} ,.'’-]{1,60})?\.?|[a-z]{2,4}(/[a-z]{2,4})+\s*(\([^()]{1,40}\))?|contributing:\s*(?-i:\p{Lu})[\p{L} ,;.'’-]{1,150}|source:\s*(?-i:\p{Lu})[\p{L} ,&'’-]{1,80})$", Options)]
    private static partial Regex WireNotice();

    [GeneratedRegex(@"^((watch|see) (the )?(full )?(video|clip|interview|report)s? (above|below)|(watch|see) above|the video (above|below) (shows|is)\b.{0,80})\.?$", Options)]
    private static partial Regex VideoPointer();

    /// <summary>
    /// A wire story's staff line: "Reporting by Jane Doe in Dayton; Editing by Sam Ortiz". Only names
    /// (capitalised words) may follow "by", so "Reporting by the Courier found a leak." stays.
    /// </summary>
    [GeneratedRegex(@"^(?-i:((Additional |additional )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ee]dited) [Bb]y (\p{Lu}[\p{L}.'’-]*( |, | and | & )?)+(in (\p{Lu}[\p{L}.'’-]*( |, | and )?)+)?)(;\s*(?-i:((Additional |additional )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ee]dited) [Bb]y (\p{Lu}[\p{L}.'’-]*( |, | and | & )?)+(in (\p{Lu}[\p{L}.'’-]*( |, | and )?)+)?))*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex WireCredits();

    /// <summary>"Contact the author at jane@example.com", "Email: …", "Have a news tip? …": an address must follow, so "Reach him at the hospital." stays.</summary>
    [GeneratedRegex(@"^((contact|reach|email|e-mail|write to|follow) (the (author|reporter|writer)s?|us|him|her|me|them|[\p{L}'’-]+( [\p{L}'’-]+){0,2}) (at|via|on)\s+(\S+@\S+|@\w+|https?://\S+|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4})(\s*(or|and)\s+.{0,80})?\.?|e-?mails?( us| me| the author)?:\s*\S+@\S+.{0,80}|(have|got) a (news )?tip\?.{0,200}|to contact the (reporters?|editors?|authors?)\b.{0,200})$", Options)]
    private static partial Regex ContactLine();

    /// <summary>"This story has been updated to include …"; "This story was updated so often that …" stays.</summary>
    [GeneratedRegex(@"^(this (story|article|post|report) (has been|was|is being|will be) updated( (to|with|throughout)\b[^.]{0,150})?|(update|updated|editor's note)\s*:\s*this (story|article|post) (has been|was)\b.{0,200})\.?$", Options)]
    private static partial Regex UpdateNotice();

    [GeneratedRegex(@"^a version of this (article|story|review|report) appears? in print\b.{0,300}$", Options)]
    private static partial Regex PrintNotice();

    [GeneratedRegex(@"^sent from my [\p{L}]+( [\p{L}]+){0,2}\.?$", Options)]
    private static partial Regex SentFrom();

    [GeneratedRegex(@"^([\p{L}'’ ]{1,40} transcripts are (created|produced)\b.{0,250}|this text may not be in its final form\b.{0,150}|accuracy and availability may vary\.?|the authoritative record of .{1,60} programming is the audio record\.?|visit our website terms of use\b.{0,200})$", Options)]
    private static partial Regex TranscriptNotice();

    [GeneratedRegex(@"^((read more|related|related coverage|related stories|related articles?|see also|also read|more on this( story)?|recommended|watch|more from [^:]{1,40})\s*(:|»|>>|\|).{0,160}|read more\.?|related( coverage| stories| content| articles?)?\.?|recommended\.?|click here(\.|!| (to|for|now)\b.{0,150})|read the (original|full) (article|story) (on|at) .{1,60}|for more .{1,60}:\s*(https?://|www\.).{0,200}|more ap [^:]{1,40}:\s*(https?://|www\.).{0,200})$", Options)]
    private static partial Regex ReadMore();

    [GeneratedRegex(@"^(share|share this( article| story| post)?|tweet|pin it|email|print|share on (facebook|twitter|whatsapp|linkedin)|share or comment on this article:?|follow (us|@?[\p{L}]+( [\p{L}]+){0,3}) on (twitter|facebook|instagram|tiktok)(\s*(:|at)?\s*(@\w+|https?://\S+))?( and (twitter|facebook|instagram|tiktok)\b.{0,40})?|like us on facebook\b.{0,60}|click to share\b.{0,40})\.?$", Options)]
    private static partial Regex SharePrompt();

    /// <summary>An embedded tweet as crawled: "… pic.twitter.com/x — Team Name (@team) December 26, 2017".</summary>
    [GeneratedRegex(@"^.{0,600}\s[—–-]{1,2}\s[^()]{1,60}\(@\w{1,15}\)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},\s+\d{4}$", Options)]
    private static partial Regex EmbeddedPost();

    [GeneratedRegex(@"^(this (post|article|story) has been (revised|updated|corrected) to reflect the following corrections?:?|(correction|clarification)s?:\s*\p{L}+\.? \d{1,2}, \d{4}\.?)$", Options)]
    private static partial Regex CorrectionHeader();

    [GeneratedRegex(@"^newsletter sign up\b.{0,1500}\b(subscrib\w*|sign up)\b.{0,300}$", Options)]
    private static partial Regex NewsletterWidget();

    [GeneratedRegex(@"^interested in [^?]{1,60}\? add .{1,60} as an interest\b.{0,200}$", Options)]
    private static partial Regex FollowTopicWidget();

    [GeneratedRegex(@"^(because of an editing error, )?an earlier version of this (post|article|story)\b.{0,400}$", Options)]
    private static partial Regex CorrectionText();

    /// <summary>An AP file-photo caption, credit or not: "FILE - In this Sept. 30, 2016, file photo, …".</summary>
    [GeneratedRegex(@"^file\s*[-–—]+\s*(in )?this\b.{0,200}?\bphoto\b.{0,1200}$", Options)]
    private static partial Regex FilePhotoCaption();

    /// <summary>"Want more? Sign up for …": the question alone is also a real rhetorical question, so the plug must follow it.</summary>
    [GeneratedRegex(@"^want more\b[^?]{0,60}\?\s+(sign up|subscribe|get|follow|download|check out|like us|click|listen|join)\b.{0,300}$", Options)]
    private static partial Regex WantMorePlug();

    /// <summary>
    /// A picture caption: a paragraph that ends in a photographer/agency credit, "… poses in Paris.
    /// (Jane Doe/AP)" or "… intercepts a pass (Jane Doe/AP/PA)". Real prose does not end that way.
    /// </summary>
    [GeneratedRegex(@"^.{1,1200}[\s.]\((?=[^()]*\b(ap|associated press|getty|getty images|reuters|afp|epa|pa|shutterstock|photo|file|via)\b)[^()/]{1,60}(/[^()/]{1,60}){1,3}\)$|^.{1,1200}\s\((file )?photo\)$|^.{1,1200}[.!?]\s[\p{L}.'’ -]{2,60}/(getty images|reuters|afp|ap|epa|shutterstock)$", Options)]
    private static partial Regex CaptionEndingInCredit();

    /// <summary>
    /// A caption in the tabloid style: it points at the picture ("pictured", "(left)") and, unlike
    /// prose, does not end with a full stop.
    /// </summary>
    [GeneratedRegex(@"^.{0,600}(\bpictured\b|\((left|right|centre|center|top|bottom|inset|above|below)\)).{0,600}(?<![.!?][""'”’]?)$", Options)]
    private static partial Regex CaptionPointingAtPicture();

    /// <summary>A paragraph that is one lower-case word ("la", "fa"): the debris of an embed, not prose.</summary>
    [GeneratedRegex(@"^\p{Ll}{1,12}$", RegexOptions.CultureInvariant)]
    private static partial Regex StrayFragment();
}
