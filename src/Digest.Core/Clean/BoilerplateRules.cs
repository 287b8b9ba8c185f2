using System.Text.RegularExpressions;

namespace Digest.Core.Clean;

/// <summary>
/// Generic patterns for the lines outlets wrap around their articles. Every pattern is anchored
/// at both ends and bounded in length, so it matches a whole short line ("Advertisement") and
/// never a real sentence that merely contains such a word ("The advertisement ran for a week.").
/// </summary>
internal static partial class BoilerplateRules
{
    /// <param name="EndsArticle">The line closes an article (a copyright, a staff credit, a correction):
    /// what follows it near the end of the page is another story's furniture.</param>
    public sealed record Rule(string Reason, Regex Pattern, bool EndsArticle = false)
    {
        /// <summary>
        /// Something every line the pattern matches contains (<see cref="Text.Cue"/>), for the patterns that read a whole
        /// line to fail: a line without it is not searched. Null where every line is searched.
        /// </summary>
        public Func<string, bool>? Cue { get; init; }

        public bool Matches(string line) => (Cue is null || Cue(line)) && Pattern.IsMatch(line);
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Every word a rule's cue looks for (<see cref="WordsAnyCase"/>); made before the rules, which add to it.</summary>
    private static readonly List<string> CueWords = [];

    /// <summary>Rules for one sentence on its own.</summary>
    public static IReadOnlyList<Rule> Sentence { get; } =
    [
        new("boilerplate: push-notification plug", PushPlug()) { Cue = Starts("gteas") },
        new("boilerplate: newsletter plug", NewsletterPlug()) { Cue = Starts("nsgwtv") },
        new("boilerplate: subscription plug", SubscribePlug()) { Cue = Starts("s") },
        new("boilerplate: sign-up form", SignUpForm()) { Cue = Starts("eipaybgn") },
        new("boilerplate: app plug", AppPlug()) { Cue = Starts("dg") },
        new("boilerplate: advertisement", Advertisement()) { Cue = Starts("acs") },
        new("boilerplate: video prompt", VideoPrompt()) { Cue = Starts("sm") },
        new("boilerplate: video prompt", VideoPointer()) { Cue = Starts("wst") },
        new("boilerplate: player or gallery widget", PlayerWidget()) { Cue = Starts("sgpnlbytejvaco0123456789") },
        new("boilerplate: image credit", ImageCredit()) { Cue = CreditCue },
        new("boilerplate: image credit", CreditOnly()) { Cue = CreditOnlyCue },
        new("boilerplate: image credit", SlashCredit()) { Cue = Slash },
        new("boilerplate: copyright notice", Copyright(), EndsArticle: true) { Cue = Starts("caot(") },
        new("boilerplate: separator", Separator()) { Cue = Starts("_*=~-") },
        new("boilerplate: wire notice", WireNotice(), EndsArticle: true) { Cue = WireNoticeCue },
        new("boilerplate: wire notice", WireCredits(), EndsArticle: true) { Cue = Starts("arwec") },
        new("boilerplate: contributor line", ContributedFrom(), EndsArticle: true) { Cue = Contributed },
        new("boilerplate: republication notice", Republished(), EndsArticle: true) { Cue = Starts("tof") },
        new("boilerplate: contact line", ContactLine()) { Cue = Starts("crewfhgt") },
        new("boilerplate: tip line", TipLine()) { Cue = Starts("ghdkwecmty") },
        new("boilerplate: update notice", UpdateNotice()) { Cue = Starts("tpcsue") },
        new("boilerplate: print notice", PrintNotice(), EndsArticle: true) { Cue = Starts("a") },
        new("boilerplate: sent-from signature", SentFrom()) { Cue = Starts("s") },
        new("boilerplate: transcript notice", TranscriptNotice(), EndsArticle: true) { Cue = TranscriptCue },
        new("boilerplate: transcript label", SpeakerLabel()) { Cue = ColonOrBracket },
        new("boilerplate: read-more link", ReadMore()) { Cue = Starts("rmaslwtfc") },
        new("boilerplate: link line", LabelledLink()) { Cue = Colon },
        new("boilerplate: social share prompt", SharePrompt()) { Cue = Starts("stpeflc") },
        new("boilerplate: social share prompt", SocialPlug()) { Cue = Starts("lfjgc") },
        new("boilerplate: embedded social post", EmbeddedPost()) { Cue = HandleInBrackets },
        new("boilerplate: byline or dateline", Byline()) { Cue = Starts("b") },
        new("boilerplate: byline or dateline", Timestamp()) { Cue = Starts("pulf") },
        new("boilerplate: author note", AuthorNote()) { Cue = Starts("et") },
        new("boilerplate: correction notice", CorrectionHeader(), EndsArticle: true) { Cue = Starts("tc") },
    ];

    /// <summary>
    /// Rules for a whole paragraph (its sentences joined by single spaces): widgets whose text
    /// the splitter cuts into several "sentences", all of which go.
    /// </summary>
    public static IReadOnlyList<Rule> Paragraph { get; } =
    [
        new("boilerplate: newsletter plug", NewsletterWidget()) { Cue = Starts("n") },
        new("boilerplate: follow-topic plug", FollowTopicWidget()) { Cue = Starts("i") },
        new("boilerplate: correction notice", CorrectionText(), EndsArticle: true) { Cue = Starts("ba") },
        new("boilerplate: photo caption", FilePhotoCaption()) { Cue = Starts("f") },
        new("boilerplate: embedded social post", PostedBy()) { Cue = PostedByCue },
        new("boilerplate: link to another story", BracketedHeadline()) { Cue = Starts("[(") },
        new("boilerplate: box of other stories", BoxHeading()) { Cue = Starts("mtlyrdespaf") },
        new("boilerplate: tip line", TipLine()) { Cue = Starts("ghdkwecmty") },
        new("boilerplate: newsletter plug", WantMorePlug()) { Cue = Starts("w") },
        new("boilerplate: photo caption", CaptionEndingInCredit()) { Cue = line => line.AsSpan().ContainsAny(')', '/') },
        new("boilerplate: photo caption", CaptionPointingAtPicture()) { Cue = PicturedCue },
        new("boilerplate: photo caption", CaptionEndingInCreditLine()) { Cue = line => line.AsSpan().ContainsAny(':', '/') },
        new("boilerplate: stray fragment", StrayFragment()) { Cue = Starts("abcdefghijklmnopqrstuvwxyz") },
    ];

    [GeneratedRegex(@"^(get|turn on|enable|allow|sign up for) (breaking news )?push notifications\b.{0,150}$", Options)]
    private static partial Regex PushPlug();

    [GeneratedRegex(@"^((never miss a story\b.{0,20}|sign up (now )?(for|to)|subscribe to|get our|want more\b.{0,60}\?)\b.{0,200}\b(newsletters?|e-?mails?|alerts)\b.{0,200}|newsletter sign up|thanks for (subscribing|signing up)!?|thank you for subscribing[.!]?|view all .{0,40} newsletters\.?)$", Options)]
    private static partial Regex NewsletterPlug();

    /// <summary>"Sign up for our daily briefing", "Subscribe now": the object must be the outlet's product, so "Sign up for the marathon opened on Monday." stays.</summary>
    [GeneratedRegex(@"^(sign up (now |today |here )?(for|to (get|receive)) (our|free|the latest|[^.]{0,40}\b(newsletters?|briefings?|digest|alerts|updates|podcast))\b.{0,150}|subscribe (now|today|here)[.!]?|subscribe (now |today )?(for (free|full access|unlimited)|to (our|the) [^.]{0,60}\b(podcast|channel|newsletter|magazine|print edition))\b.{0,150})$", Options)]
    private static partial Regex SubscribePlug();

    /// <summary>"Download the Daily Courier app", "Get the News 5 app for alerts": an outlet's name may hold a number.</summary>
    [GeneratedRegex(@"^(download|get) (the|our) (free )?[\p{L}\p{N}'’ ]{0,40}\bapp\b(\s*(here|now|for|on|to|from|at)\b.{0,100})?[.!]?$", Options)]
    private static partial Regex AppPlug();

    [GeneratedRegex(@"^(advertisement|advertisement continue reading the main story|continue reading the main story|(story|article) continues below( advertisement)?)\.?$", Options)]
    private static partial Regex Advertisement();

    [GeneratedRegex(@"^(scroll (down|below|up) (for|to (see|watch|view))( the)? (videos?|photos?|pictures?|gallery|clip)|media playback is (unsupported|not supported) on your device)\.?$", Options)]
    private static partial Regex VideoPrompt();

    /// <summary>"… | Credit: …", "Credit: …", "Photo: …", "(Photo by …)", "Image copyright …", NPR's "Enlarge this image toggle caption …".</summary>
    [GeneratedRegex(@"^(.{0,80}\|\s*credit:\s*.{0,100}|.{0,60}\bcredit:\s*[^.!?]{0,100}|(photo|photograph|image|picture|video)s?( credits?)?\s*[:|]\s*.{1,100}|photo|photos|\((photo|photograph|image|picture)s?\s+(by|courtesy( of)?|credit)\b[^()]{0,100}\)\.?|\((ap |reuters |afp )?(file )?photo\)|\((photo|photograph|image|picture|video)s?\s*:[^()]{0,100}\)\.?|(photos?|photographs?|images?|pictures?)\s+(by|courtesy of)\s+(?-i:\p{Lu}[\p{L}.'’-]*)([ ,]+((?-i:\p{Lu}[\p{L}.'’-]*)|and|for|of|the|/)){0,8}\.?|((photos?|images?|pictures?) )?courtesy( of)?\s+[^.!?,;]{1,50}\.?|image source, .{1,80}|(image|media) (copyright|caption)\b.{0,200}|(enlarge this image|toggle caption|hide caption)\b.{0,250})$", Options)]
    private static partial Regex ImageCredit();

    /// <summary>Every <see cref="ImageCredit"/> line has a bar, a colon or a bracket, or names a credit, a picture or a caption.</summary>
    private static bool CreditCue(string line) => line.AsSpan().ContainsAny('|', ':', '(') || CreditWords(line);

    private static readonly Func<string, bool> CreditWords = WordsAnyCase("credit", "photo", "courtesy", "image", "media", "caption", "picture");

    /// <summary>
    /// A pattern anchored at the start whose every branch opens with one of <paramref name="firsts"/>: most lines, prose,
    /// open otherwise and are not searched (a search costs as much to fail at the first character as a cue does to read
    /// the line, and every rule is tried on every sentence of the site). A branch added to such a pattern that opens with
    /// another character must add it here, with a table line that shows it: RuleCueTests proves the cue against those lines.
    /// </summary>
    private static Func<string, bool> Starts(string firsts) => Text.Cue.StartsAnyCase(firsts);

    /// <summary>
    /// One of <paramref name="words"/> in any case, looked for only in a line that holds any rule's cue word at all: most lines hold
    /// none, and one search of a line for all of them, remembered while the rules are tried on that line, costs less than the
    /// four to six searches it spares (at 1,000 articles, those were most of what trying the rules cost).
    /// </summary>
    private static Func<string, bool> WordsAnyCase(params string[] words)
    {
        CueWords.AddRange(words);
        var own = Text.Cue.WordsAnyCase(words);
        return line => HoldsACueWord(line) && own(line);
    }

    private static readonly Lazy<Func<string, bool>> AnyCueWord = new(() => Text.Cue.WordsAnyCase([.. CueWords]));

    [ThreadStatic]
    private static string? _lastLine;

    [ThreadStatic]
    private static bool _lastHolds;

    private static bool HoldsACueWord(string line)
    {
        if (!ReferenceEquals(line, _lastLine))
            (_lastLine, _lastHolds) = (line, AnyCueWord.Value(line));
        return _lastHolds;
    }

    /// <summary>Every <see cref="CreditOnly"/> line has a slash, "Getty Images" or "AP Photo".</summary>
    private static bool CreditOnlyCue(string line) => line.Contains('/') || GettyOrApPhoto(line);

    private static readonly Func<string, bool> GettyOrApPhoto = WordsAnyCase("getty images", "ap photo");

    /// <summary>Every <see cref="SlashCredit"/> line has its slash.</summary>
    private static bool Slash(string line) => line.Contains('/');

    /// <summary>Every <see cref="WireNotice"/> line has a slash ("jm/dm") or one of its words.</summary>
    private static bool WireNoticeCue(string line) => line.Contains('/') || WireWords(line);

    private static readonly Func<string, bool> WireWords = WordsAnyCase("information from", "contributed", "contributing", "source");

    /// <summary>Every <see cref="ContributedFrom"/> line has "contributed" in lower case.</summary>
    private static bool Contributed(string line) => line.Contains("contributed", StringComparison.Ordinal);

    /// <summary>Every <see cref="TranscriptNotice"/> line has one of its words.</summary>
    private static bool TranscriptCue(string line) => TranscriptWords(line);

    private static readonly Func<string, bool> TranscriptWords = WordsAnyCase("transcript", "this text", "accuracy", "authoritative", "visit our");

    /// <summary>A <see cref="SpeakerLabel"/> ends in a colon or is a bracketed cue.</summary>
    private static bool ColonOrBracket(string line) => line.AsSpan().ContainsAny(':', ')');

    /// <summary>A <see cref="LabelledLink"/> has its label's colon.</summary>
    private static bool Colon(string line) => line.Contains(':');

    /// <summary>An <see cref="EmbeddedPost"/> names its account, "(@team)".</summary>
    private static bool HandleInBrackets(string line) => line.Contains("(@", StringComparison.Ordinal);

    /// <summary><see cref="CaptionPointingAtPicture"/> has "pictured" or a bracket: "(left)".</summary>
    private static bool PicturedCue(string line) => line.Contains('(') || Pictured(line);

    private static readonly Func<string, bool> Pictured = WordsAnyCase("pictured");

    /// <summary><see cref="PostedBy"/> looks ahead for "posted by " or "shared by " in the whole line.</summary>
    private static bool PostedByCue(string line) => PostedOrShared(line);

    private static readonly Func<string, bool> PostedOrShared = WordsAnyCase("posted by ", "shared by ");

    /// <summary>A credit on its own: "Jane Doe/Getty Images", "Getty Images", "(Jane Doe/AP)", "(AP Photo/Jane Doe, File)".</summary>
    [GeneratedRegex(@"^([\p{L}.'’ -]{2,60}/[\p{L}.'’ -]{0,40}\b(getty images|ap|reuters|afp|epa|shutterstock|associated press|instagram|alamy|rex features)|getty images|ap photo|\((?=[^()]*\b(ap|associated press|getty|reuters|afp|epa|pa|shutterstock|photo|file|instagram|twitter)\b)[^()/]{1,60}(/[^()/]{1,60}){1,3}\))$", Options)]
    private static partial Regex CreditOnly();

    [GeneratedRegex(@"^((copyright\s*(©|\(c\))?|©|\(c\))\s*(copyright\s*)?\d{4}\b.{0,120}|(copyright\s*)?©\s*\p{L}.{0,120}|all rights reserved\.?|our standards: the [^.]{1,60} principles\.?|this material may not be published, broadcast, rewritten,? or redistributed\b.{0,60})$", Options)]
    private static partial Regex Copyright();

    /// <summary>"Information from: …", "The Associated Press contributed to this report.", "jm/dm (AFP, dpa)".</summary>
    [GeneratedRegex(@"^(information from:.{0,200}|(?=(?s:.*)contributed)(.{0,120}\bcontributed to this (report|story)\.?|.{0,80}\bcontributed reporting( from [\p{L} ,.'’-]{1,60})?\.?)|[a-z]{2,4}(/[a-z]{2,4})+\s*(\([^()]{1,40}\))?|contributing:\s*(?-i:\p{Lu})[\p{L} ,;.'’-]{1,150}|source:\s*(?-i:\p{Lu})[\p{L} ,&'’-]{1,80})$", Options)]
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

    /// <summary>"This story has been updated to include …", "Stay with News 4 for updates"; "This story was updated so often that …" stays.</summary>
    [GeneratedRegex(@"^(this is a (developing|breaking)( news)? story\b[^.]{0,60}|this (story|article) is developing\b[^.]{0,60}|(please )?check back (later |soon )?for (more |further )?updates|stay (tuned|with [^.]{1,40}?)( to [^.]{1,40}?)? for (more |further |the latest )?(updates|coverage|details|information)\b[^.]{0,60}|this (story|article|post|report) (has been|was|is being|will be) updated( (to|with|throughout)\b[^.]{0,150})?|(update|updated|editor's note)\s*:\s*this (story|article|post) (has been|was)\b.{0,200})\.?$", Options)]
    private static partial Regex UpdateNotice();

    [GeneratedRegex(@"^a version of this (article|story|review|report) appears? in print\b.{0,300}$", Options)]
    private static partial Regex PrintNotice();

    [GeneratedRegex(@"^sent from my [\p{L}]+( [\p{L}]+){0,2}\.?$", Options)]
    private static partial Regex SentFrom();

    [GeneratedRegex(@"^([\p{L}'’ ]{1,40} transcripts are (created|produced)\b.{0,250}|this text may not be in its final form\b.{0,150}|accuracy and availability may vary\.?|the authoritative record of .{1,60} programming is the audio record\.?|visit our website terms of use\b.{0,200})$", Options)]
    private static partial Regex TranscriptNotice();

    [GeneratedRegex(@"^((read more|read|more|also|see also|also read|listen|related|related coverage|related stories|related articles?|more on this( story)?|recommended|watch|more from [^:]{1,40})\s*(:|»|>>|\|).{0,160}|(tags?|topics?|filed under|categories|more about|related topics|see more on)\s*:.{0,200}|read more\.?|related( coverage| stories| content| articles?)?\.?|recommended\.?|click here(\.|!| (to|for|now)\b.{0,150})|read the (original|full) (article|story) (on|at) .{1,60}|for more .{1,60}:\s*(https?://|www\.).{0,200}|more ap [^:]{1,40}:\s*(https?://|www\.).{0,200})$", Options)]
    private static partial Regex ReadMore();

    [GeneratedRegex(@"^(share|share this( article| story| post)?|tweet|pin it|email|print|share on (facebook|twitter|whatsapp|linkedin)|share or comment on this article:?|follow (us|@?[\p{L}]+( [\p{L}]+){0,3}) on (twitter|facebook|instagram|tiktok)(\s*(:|at)?\s*(@\w+|https?://\S+))?( and (twitter|facebook|instagram|tiktok)\b.{0,40})?|like us on facebook\b.{0,60}|click to share\b.{0,40})\.?$", Options)]
    private static partial Regex SharePrompt();

    /// <summary>An embedded tweet as crawled: "… pic.twitter.com/x — Team Name (@team) December 26, 2017".</summary>
    [GeneratedRegex(@"^(?=(?s:.*)\(@).{0,600}\s[—–-]{1,2}\s[^()]{1,60}\(@\w{1,15}\)\s+((january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},\s+\d{4}|\d{1,2}\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4})$", Options)]
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

    /// <summary>The sentences of a sign-up box: "Enter your email address", "Invalid email address.", "Please re-enter."</summary>
    [GeneratedRegex(@"^(enter your (email|e-mail)( address)?|invalid (email|e-mail)( address)?|please (re-?enter|try again( later)?|verify you['’]re not a robot\b.{0,60})|an error has occurred|you must select a newsletter\b.{0,60}|by (signing up|subscribing|clicking)\b.{0,200}\b(privacy|terms)\b.{0,120}|get [^.]{0,60}\b(emailed|delivered|sent) to (me|you|your inbox)\b.{0,150}|newsletters? may offer\b.{0,150})[.!]?$", Options)]
    private static partial Regex SignUpForm();

    /// <summary>A player or gallery names itself: "Slideshow (2 Images)", "Now Playing: …", "Loading…", "Your browser does not support video."</summary>
    [GeneratedRegex(@"^((slideshow|gallery|photo gallery|photos|pictures)\s*\(\d+\s*(images?|photos?|pictures?|slides?)\)|\d+\s*(images?|photos?|pictures?)|now playing(\s*[:|–—-].{0,200})?|(loading|buffering|please wait)\W{0,3}|(your|this) browser does not support\b.{0,120}|(please )?enable javascript\b.{0,120}|javascript is (disabled|required)\b.{0,120}|(sorry, )?(this|the) (video|content|embed|media|player) (is (not|no longer) available|(can ?not|could not) be (played|loaded|displayed)|will (play|begin|resume) (shortly|in a moment|after (this|the) (ad|advertisement)))( in your (region|country|area|browser)| here| at this time)?\.?|(video|audio)\s+(duration|length)\b.{0,40}|click to (expand|enlarge|play|watch|view|see|open|read)\b.{0,60}|(view|see) this post on (instagram|facebook|twitter)|(view|open) (the )?(full )?(gallery|slideshow)\b.{0,60})$", Options)]
    private static partial Regex PlayerWidget();

    /// <summary>
    /// A credit of names around a slash and nothing else: "REUTERS/Ammar Awad", "Jane Doe/Daily
    /// Courier", "(AP Photo/Sam Ortiz, File)", "REUTERS/Jane Doe/File Photo". Every word is
    /// capitalised, so prose ("the and/or question") never has this shape.
    /// </summary>
    [GeneratedRegex(@"^(?-i:\(?(\p{Lu}[\p{L}.'’&-]*)([ -]\p{Lu}[\p{L}.'’&-]*){0,4}\s?/\s?(\p{Lu}[\p{L}.'’&-]*)([ -]\p{Lu}[\p{L}.'’&-]*|,? [Ff]ile| via( \p{Lu}[\p{L}.'’&-]*)+| for( [Tt]he)?( \p{Lu}[\p{L}.'’&-]*)+){0,5}(\s?/\s?(\p{Lu}[\p{L}.'’&-]*)([ -][\p{Lu}\p{Ll}][\p{L}.'’&-]*){0,3}){0,2}\)?)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex SlashCredit();

    /// <summary>A line of rule characters between sections ("___", "* * *"); it carries no text.</summary>
    [GeneratedRegex(@"^([_*=~•·-]\s?){3,}$|^[–—]{2,}$", Options)]
    private static partial Regex Separator();

    /// <summary>"Shirley Feng contributed from Beijing.", "Jane Doe and Sam Ortiz contributed reporting.": names, then the verb, then a place.</summary>
    [GeneratedRegex(@"^(?-i:((\p{Lu}[\p{L}.'’-]*|[Aa]nd|of|in|the|from|[Aa]lso)[ ,]+){1,24}contributed( additional)?( reporting| research| writing)?( (from|in) (\p{Lu}[\p{L}.'’-]*[ ,]*(and )?)+| to this (report|story|article))?)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex ContributedFrom();

    /// <summary>"This article originally appeared on …", "The post … appeared first on …".</summary>
    [GeneratedRegex(@"^(this (article|story|post|piece|report) (was )?(originally|first) (appeared|published|ran)\b.{0,200}|(originally|first) published (in|on|at|by)\b.{0,150}|the post .{1,200} appeared first on .{1,80}|this (article|story) (is|was) (republished|reproduced|syndicated) (from|with)\b.{0,200})$", Options)]
    private static partial Regex Republished();

    /// <summary>"Got a story? email … or call us direct on …", "Do you have a story for …?", "We pay for videos too.": the outlet asks its readers for material.</summary>
    [GeneratedRegex(@"^(?=((got|have|do you have|know) (a|an|any) (story|news story|tip|news tip|video|photo|picture|story tip|scoop)\b[^?]{0,60}\?(?=.*(\bus\b|\bour\b|@)).{0,300}|we pay for (your )?(stories|videos|pictures|photos|tips)\b.{0,150}|(e-?mail|call|contact|message|whatsapp|text) us (direct|directly|on|at|via)\b.{0,200}|you can (e-?mail|call|whatsapp|message|text|contact) us\b.{0,150}|click here to upload\b.{0,100})$)(?!.*\b(said|says|told|urged|asked)\b)", Options)]
    private static partial Regex TipLine();

    /// <summary>A broadcast transcript's speaker label on its own line, "AILSA CHANG, HOST:", or a sound cue, "(SOUNDBITE OF MUSIC)".</summary>
    [GeneratedRegex(@"^(?-i:(\p{Lu}[\p{Lu}.'’ -]{1,40}(, [\p{Lu}][\p{Lu}.'’ #-]{1,40})?|UNIDENTIFIED [\p{Lu} #\d-]{1,30}):|\((?=[^()]*\p{Lu}{4})[\p{Lu}\d ,.'’#:-]{3,80}\))$", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerLabel();

    /// <summary>A short label and a bare address: "Read or Share this story: http://…", "More coverage: www.example.com/flood".</summary>
    [GeneratedRegex(@"^[^.!?:]{1,60}:\s*(https?://|www\.)\S+$", Options)]
    private static partial Regex LabelledLink();

    /// <summary>
    /// "Like Daily Courier World on Facebook and stay updated on foreign news", "Follow Jane Doe
    /// on Instagram": the object is a name (capitalised), so "Follow the money on Twitter, the
    /// campaign's critics say." stays.
    /// </summary>
    [GeneratedRegex(@"^(?=(like|follow|join|find|get|chat with|connect with) (?-i:(us|\p{Lu}[\p{L}.'’&-]*( (\p{Lu}[\p{L}.'’&-]*|of|the|and|on|&))*)) (on|in|via) (facebook|twitter|instagram|tiktok|youtube|linkedin|snapchat|whatsapp|messenger|facebook messenger|threads|bluesky)\b.{0,120}$)(?!.*\b(said|says|told|tells|according)\b)", Options)]
    private static partial Regex SocialPlug();

    /// <summary>A byline or a line of names: "By Jane Doe", "By JANE DOE, Associated Press", "By Jane Doe | Daily Courier".</summary>
    [GeneratedRegex(@"^(?-i:[Bb][Yy]:? (\p{Lu}[\p{L}.'’-]*|and|&|,|\||of|the|[Tt]he|for)( (\p{Lu}[\p{L}.'’-]*|and|&|\||of|the|for)|,){0,12})\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    /// <summary>"Posted: Dec 26, 2017 5:23 PM EST", "Published: 12:05 EST, 26 December 2017 | Updated: …": only date and time words follow the label.</summary>
    [GeneratedRegex(@"^((posted|published|updated|last updated|first published|last modified)( on| at)?\s*:?\s*(\b(\d{1,4}([:.]\d{2})?(am|pm)?|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?|[ap]\.?m\.?|[a-z]{1,2}[sd]?t|gmt|bst|utc|cet|at|on)\b[\s,.|/-]*)+)+$", Options)]
    private static partial Regex Timestamp();

    /// <summary>A writer's note about the page itself: "Editor's note: This story contains …", "The views expressed in this commentary are the author's own."</summary>
    [GeneratedRegex(@"^(editor['’]?s note:\s*(this|the) (story|article|piece|report|column|post|video|opinions?|views?|commentary)\b.{0,300}|the (views|opinions) expressed (in this|here)\b.{0,250})$", Options)]
    private static partial Regex AuthorNote();

    /// <summary>
    /// A social post embedded in the page, as a crawler flattens it: any text, then "Posted by Jane
    /// Doe on Sunday, 31 December 2017" or "A post shared by Jane Doe (@jane) on Dec 26, 2017 at 10:01am PST".
    /// </summary>
    [GeneratedRegex(@"^(?=(?s:.*)(posted|shared) by )(.{0,1500}\s)?((posted|shared) by|a (photo|video|post) shared by) [^.!?]{1,80}? on (\p{L}+day,? )?(\d{1,2} \p{L}+,? \d{4}|\p{L}+\.? \d{1,2},? \d{4})( at \d{1,2}[:.]\d{2}\s*[ap]\.?m\.?( [A-Z]{2,4})?)?\.?$", Options)]
    private static partial Regex PostedBy();

    /// <summary>A paragraph that is a bracketed headline of another story, "[Flood ends a town's season]", or a bracketed pointer, "(Read more: …)".</summary>
    [GeneratedRegex(@"^(\[[^\[\]]{3,300}\]|\((read|see|related|more|watch|listen|click|also)\b[^()]{0,250}\))\.?$", Options)]
    private static partial Regex BracketedHeadline();

    /// <summary>A box of other stories headed in capitals: "MOST READ IN SPORT …", "TRENDING", "MORE FROM NEWS …".</summary>
    [GeneratedRegex(@"^(?-i:(MOST (READ|POPULAR|SHARED|VIEWED|WATCHED|COMMENTED|RECENT)|TRENDING( NOW| STORIES| IN)?|TOP STORIES|LATEST (NEWS|STORIES|VIDEOS?|HEADLINES)|MORE (FROM|IN|ON|STORIES|NEWS|VIDEOS?|HEADLINES)|YOU MAY ALSO LIKE|YOU MIGHT ALSO LIKE|RECOMMENDED( FOR YOU| STORIES| READING)?|DON['’]T MISS|EDITOR['’]?S PICKS|SPONSORED( STORIES| CONTENT)?|PROMOTED( STORIES| CONTENT)?|AROUND THE WEB|POPULAR( NOW| STORIES)?|FEATURED( STORIES| VIDEOS?)?)\b)(?!.*[.!?]['’""”]?$).{0,1500}$|^(?i:most (read|popular|shared|viewed|watched)|trending now|top stories|more (from|in) [\p{L} &]{1,30}|you may also like|you might also like|around the web|editor['’]?s picks|recommended for you|sponsored stories|promoted stories)$", RegexOptions.CultureInvariant)]
    private static partial Regex BoxHeading();

    /// <summary>A caption whose last line is a credit: "… at the levee. Credit: Splash News", "… in Paris. REUTERS/Jane Doe/File Photo", "… (Photo: Jane Doe, AP)".</summary>
    [GeneratedRegex(@"^.{1,1200}\s(credit|photo|photograph|picture|image|illustration|composite)s?:\s*[^.!?]{1,100}$|^pictured( above| left| right| here| below| inset)?\s*:.{1,1200}$|^.{1,1200}\s\((photo|photograph|image|picture|video)s?\s*:[^()]{0,100}\)\.?$|^.{1,1200}[.!?]['’""”]?\s(?-i:(\p{Lu}[\p{L}.'’&-]*)([ -]\p{Lu}[\p{L}.'’&-]*){0,4}\s?/\s?\p{Lu}[\p{L}.'’&-]*([ -]\p{Lu}[\p{L}.'’&-]*|,? [Ff]ile){0,5}(\s?/\s?\p{Lu}[\p{L}.'’&-]*([ -][\p{Lu}\p{Ll}][\p{L}.'’&-]*){0,3}){0,2})$|^file photo:.{1,1200}$", Options)]
    private static partial Regex CaptionEndingInCreditLine();
}
