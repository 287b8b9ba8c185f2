using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Digest.Core.Clean;

namespace Digest.Core.Merge;

/// <summary>One sentence of one article, with what the merge compares in it.</summary>
internal sealed record SentenceUnit(string Source, int Paragraph, SentenceFeatures Features)
{
    public string Text => Features.Text;

    // A story makes one unit per sentence, each with features of its own, so two units are equal only when
    // they are one: compared by reference, not field by field, as the body builder compares units all the time.
    public bool Equals(SentenceUnit? other) => ReferenceEquals(this, other);

    // Hashed by the sentence's number in its story, which tells a story's units apart: the object's own hash
    // (RuntimeHelpers.GetHashCode) took a slow path often enough to cost 1.5% of a 10k build in the body's links.
    public override int GetHashCode() => Features.Id >= 0 ? Features.Id : RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// Builds the merged body of a story. The backbone article (the first) gives the reading order.
/// Each sentence of the other articles, in turn, is either covered by a sentence the body already
/// shows (it joins that entry's sources), or covers one or more of them (it takes their place and
/// gathers their sources: one outlet's sentence can stand for a caption another outlet told over
/// several sentences), or is news: it is inserted after the entry its article's previous sentence
/// went to, so that it keeps its context.
/// </summary>
internal sealed class BodyBuilder
{
    private sealed class Entry(SentenceUnit display, int paragraphKey)
    {
        /// <summary>Set only through <see cref="Show"/>, which indexes the new wording.</summary>
        public SentenceUnit Display { get; set; } = display;
        /// <summary>Added to only through <see cref="Join"/>, which indexes the new source's key.</summary>
        public List<SentenceUnit> From { get; } = [display];
        public int ParagraphKey { get; set; } = paragraphKey;
        /// <summary>The article every source is from, while they are all from one.</summary>
        public string? OnlySource { get; set; } = display.Source;
        /// <summary>False once absorbed into another entry (no longer in the body).</summary>
        public bool Alive { get; set; } = true;
        /// <summary>Index in the body; valid while <see cref="_positionsValid"/>.</summary>
        public int Position { get; set; }
        /// <summary>The last lookup of candidates that found this entry, so that it is listed once (<see cref="MayCover"/>).</summary>
        public int FoundBy { get; set; }
        /// <summary>The last word of a lookup under which this entry was counted, so that it counts once for that word.</summary>
        public int CountedFor { get; set; }
        /// <summary>How many words of the sentence looked up in <see cref="FoundBy"/> the entry was found under.</summary>
        public int Hits { get; set; }
        /// <summary>The shown wording at a glance, kept beside the entry by <see cref="IndexShown"/> so that most candidates are ruled out without reading it.</summary>
        public SentenceComparer.CoverSketch Sketch { get; set; }
    }

    private readonly SentenceComparer _comparer;
    private readonly ParaphraseMatcher _paraphrases;
    private readonly List<Entry> _entries = [];
    private bool _positionsValid = true;

    // Which entries a new sentence can match, so that it is compared with those and not with the
    // whole body (which made a long article or a story of hundreds of articles quadratic). Each
    // index keeps every wording an entry ever showed: a stale hit only costs the full check, which
    // decides as before, so the body is the same as comparing every pair.
    /// <summary>Entries by each content word of a wording they showed.</summary>
    private readonly WordIndex<Entry> _byShownWord;
    /// <summary>Entries by the heaviest words of a wording they showed (<see cref="SentenceComparer.CoverPrefix"/>).</summary>
    private readonly WordIndex<Entry> _byShownPrefix;
    /// <summary>Entries by the text key of a wording they showed.</summary>
    private readonly Dictionary<string, List<Entry>> _byShownKey = new(StringComparer.Ordinal);
    /// <summary>Entries by each content word of each of their sources.</summary>
    private readonly WordIndex<Entry> _byFromWord;
    /// <summary>Entries by the text key of each of their sources.</summary>
    private readonly Dictionary<string, List<Entry>> _byFromKey = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<SentenceUnit>> _articles = [];
    /// <summary>Each article's first sentence.</summary>
    private readonly HashSet<SentenceUnit> _openers = [];
    /// <summary>Each article's first few sentences, where it may sum up what it tells in full later (<see cref="SummaryRetold"/>).</summary>
    private readonly HashSet<SentenceUnit> _openingLines = [];
    /// <summary>Numbers each lookup of candidates and each word of it, for <see cref="Entry.FoundBy"/> and <see cref="Entry.CountedFor"/>.</summary>
    private int _lookups;
    private int _nextParagraphKey;

    /// <summary>How close another outlet's own telling of a fact must be to win a sentence from a broader one that covers it…</summary>
    private const double CloserParaphrase = 0.6;

    /// <summary>…and by how much closer than the broader entry's wordings.</summary>
    private const double CloserMargin = 0.2;

    private BodyBuilder(SentenceComparer comparer)
    {
        (_comparer, _paraphrases) = (comparer, new ParaphraseMatcher(comparer));
        // The word indexes are by the story's word numbers: a look-up is an array read, not a hash of the word.
        (_byShownWord, _byShownPrefix, _byFromWord) = (new(comparer.WordCount), new(comparer.WordCount), new(comparer.WordCount));
    }

    /// <param name="articles">The story's articles in reading order, the backbone first, as units per article.</param>
    public static ImmutableArray<BodySentence> Build(IReadOnlyList<IReadOnlyList<SentenceUnit>> articles, SentenceComparer comparer)
    {
        var builder = new BodyBuilder(comparer);
        for (var i = 0; i < articles.Count; i++)
            builder.Add(articles[i], backbone: i == 0);
        return builder.ToBody();
    }

    private void Add(IReadOnlyList<SentenceUnit> article, bool backbone)
    {
        Entry? previous = null;
        var previousParagraph = -1;
        // Sentences an article opens with, before its first one the body already has: they wait at
        // the end of the body (where later sentences can still match them) until that anchor is known.
        var leading = new List<Entry>();
        var keys = new Dictionary<int, int>();
        int KeyOf(int paragraph)
        {
            if (!keys.TryGetValue(paragraph, out var key))
                keys[paragraph] = key = _nextParagraphKey++;
            return key;
        }

        _articles.Add(article);
        if (article.Count > 0)
            _openers.Add(article[0]);
        foreach (var unit in article.Take(SummaryRetold.OpeningLines))
            _openingLines.Add(unit);
        foreach (var unit in article)
        {
            var matched = Place(unit);
            if (backbone && matched is not null && matched.Display == unit && _entries[^1] != matched
                && matched.From.All(f => f.Source == unit.Source))
            {
                // A backbone sentence that restates an earlier one of its own article (a dek before
                // the lede) is read where the article tells it, not where the shorter one stood:
                // otherwise "The 35-year-old model..." would open the page before she is named.
                _entries.Remove(matched);
                matched.ParagraphKey = KeyOf(unit.Paragraph);
                _entries.Add(matched);
                _positionsValid = false;
            }
            if (matched is not null && !leading.Contains(matched))
            {
                if (leading.Count > 0)
                {
                    MoveBeforeParagraphOf(matched, leading);
                    leading.Clear();
                }
                previous = matched;
            }
            else if (matched is not null)
                continue;
            else if (backbone || previous is null)
            {
                var entry = NewEntry(unit, KeyOf(unit.Paragraph));
                Append(entry);
                if (backbone) previous = entry;
                else leading.Add(entry);
            }
            else
            {
                previous = InsertAfter(previous, unit, unit.Paragraph == previousParagraph ? null : KeyOf(unit.Paragraph));
            }
            previousParagraph = unit.Paragraph;
        }
    }

    /// <summary>Merges <paramref name="unit"/> into the body if it repeats something there; returns the entry it went to.</summary>
    private Entry? Place(SentenceUnit unit)
    {
        var entry = Match(unit);
        if (entry is not null)
            GatherQuotation(entry, unit);
        return entry;
    }

    /// <summary>
    /// One outlet's sentence may quote, whole, a remark another outlet quoted over two sentences, or
    /// told one sentence with and one without the quotation: the entries elsewhere in the body that
    /// quote the same remark as <paramref name="unit"/>, told by other outlets only, join its entry.
    /// Only a quotation does this: words alike would pull the story's main facts into one entry.
    /// </summary>
    private void GatherQuotation(Entry entry, SentenceUnit unit)
    {
        if (unit.Features.Quoted is not { Count: >= ParaphraseMatcher.QuotedWordsShared })
            return;
        var same = MayParaphrase(unit.Features)
            .Where(e => e != entry && e.From.All(f => f.Source != unit.Source)
                && e.From.Any(f => ParaphraseMatcher.QuoteSameRemark(f.Features, unit.Features))
                && !ParaphraseMatcher.Disagree(e.Display.Features, entry.Display.Features))
            .ToList();
        if (same.Count == 0)
            return;
        foreach (var f in same.SelectMany(e => e.From).Where(f => ParaphraseMatcher.QuoteSameRemark(f.Features, unit.Features)))
            Link(unit, f);
        Absorb(entry, [.. same.Select(e => e.Position)]);
    }

    /// <summary>The entry <paramref name="unit"/> repeats, if any, joined by it.</summary>
    private Entry? Match(SentenceUnit unit)
    {
        // Another outlet's very words, merged earlier into an entry that shows other words.
        if (_byFromKey.TryGetValue(unit.Features.Key, out var told))
            foreach (var entry in InBodyOrder(told))
                if (entry.Display.Features.Key != unit.Features.Key
                    && entry.From.Any(f => f.Source != unit.Source && f.Features.Key == unit.Features.Key))
                {
                    Join(entry, unit);
                    return entry;
                }
        Entry? best = null;
        var bestScore = double.MinValue;
        var bestCoversBack = false;
        var covered = new List<int>();
        foreach (var entry in MayCover(unit.Features))
        {
            var i = entry.Position;
            var shown = entry.Display.Features;
            // Neither can cover the other below the weakest threshold: skip the full check.
            if (!_comparer.EitherMayCover(unit.Features, shown, entry.Sketch))
                continue;
            var sameArticle = entry.From.All(f => f.Source == unit.Source);
            var coversBack = _comparer.Covers(unit.Features, shown, sameArticle)
                || sameArticle && entry.From.All(_openingLines.Contains) && SummaryRetold.Retells(_comparer, unit.Features, shown);
            if (_comparer.Covers(shown, unit.Features, sameArticle))
            {
                var score = _comparer.Coverage(unit.Features, shown) + 0.5 * _comparer.Coverage(shown, unit.Features);
                if (score > bestScore)
                    (best, bestScore, bestCoversBack) = (entry, score, coversBack);
            }
            else if (coversBack)
                covered.Add(i);
        }

        if (best is not null)
        {
            // A broader sentence (a lede that sums up several facts) covers this one, but another
            // outlet told this very fact in a sentence of its own, much closer to it: it joins that one.
            if (!bestCoversBack && Closest(unit) is ({ } closer, var closeness, var via) && closer != best
                && closeness >= CloserParaphrase
                && closeness > best.From.Where(f => f.Source != unit.Source).Select(f => _paraphrases.Dice(f.Features, unit.Features)).DefaultIfEmpty().Max() + CloserMargin)
            {
                Link(unit, via);
                JoinParaphrase(closer, unit);
                return closer;
            }
            Link(unit, best.Display);
            Join(best, unit);
            if (bestCoversBack && MoreInformative(unit.Features, best.Display.Features))
                Show(best, unit);
            // What this entry now says, said elsewhere in the body, is a repeat there.
            var repeats = covered.Where(i => _comparer.Covers(best.Display.Features, _entries[i].Display.Features, false)).ToList();
            foreach (var i in repeats)
                Link(best.Display, _entries[i].Display);
            Absorb(best, repeats);
            return best;
        }
        if (covered.Count == 0)
            return Paraphrased(unit);

        // The new sentence says all that these entries say: it takes the place of the first.
        foreach (var i in covered)
            Link(unit, _entries[i].Display);
        var first = _entries[covered[0]];
        Absorb(first, covered.Skip(1).ToList());
        Join(first, unit);
        Show(first, unit);
        PullSecondTelling(first, unit);
        return first;
    }

    /// <summary>An article's first sentence is in the entry, and not as a summary (a dek) its article restates there.</summary>
    private bool HoldsOpening(Entry entry) =>
        entry.From.Any(f => _openers.Contains(f) && entry.From.All(g => g == f || g.Source != f.Source));

    /// <summary>
    /// One sentence may tell what another outlet told over two: the one whose entry it joined and
    /// another it tells in other words, which joins too. Never an opening: a lede sums up too much
    /// to be one of two.
    /// </summary>
    private void PullSecondTelling(Entry entry, SentenceUnit unit)
    {
        if (Closest(unit, besides: entry) is not ({ } telling, _, var via) || HoldsOpening(telling) || HoldsOpening(entry))
            return;
        Link(unit, via);
        EnsurePositions();
        Absorb(entry, [telling.Position]);
        if (MoreInformative(telling.Display.Features, entry.Display.Features))
            Show(entry, telling.Display);
    }

    /// <summary>
    /// The entry that tells the same fact as <paramref name="unit"/> in other words, if any (the closest):
    /// it joins that entry, and the fuller of the two wordings is shown. Only other outlets' wordings
    /// count as a match: an outlet's dek and body may both join one entry that another outlet's sentence
    /// holds together, but two sentences of one outlet alone are not taken for one fact.
    /// </summary>
    private Entry? Paraphrased(SentenceUnit unit)
    {
        if (Closest(unit) is not ({ } best, _, var via))
            return null;
        Link(unit, via);
        JoinParaphrase(best, unit);
        PullSecondTelling(best, unit);
        return best;
    }

    /// <summary>Joins <paramref name="unit"/> to the entry that tells its fact in other words, showing the fuller wording.</summary>
    private void JoinParaphrase(Entry entry, SentenceUnit unit)
    {
        Join(entry, unit);
        if (MoreInformative(unit.Features, entry.Display.Features))
            Show(entry, unit);
    }

    /// <summary>
    /// The entry of other outlets' wordings that tells the same fact as <paramref name="unit"/> most
    /// closely, with its score; <paramref name="besides"/> (the entry it is in already) is not one.
    /// </summary>
    private (Entry? Entry, double Score, SentenceUnit? Via) Closest(SentenceUnit unit, Entry? besides = null)
    {
        // While the backbone is read, every entry is its own: none holds another outlet's wording.
        if (_articles.Count == 1)
            return (null, 0, null);
        Entry? best = null;
        SentenceUnit? bestVia = null;
        var bestScore = 0.0;
        foreach (var entry in MayParaphrase(unit.Features))
        {
            // Only other outlets' wordings score: an entry of this article alone cannot be the match.
            if (entry.OnlySource == unit.Source || entry == besides)
                continue;
            if (!MayMatchAny(entry.From, unit.Features) || Asked(unit).Disagrees(entry.Display.Features, unit.Features))
                continue;
            // The closest of the entry's wordings: a fact several outlets tell is recognised in any of them.
            var score = 0.0;
            SentenceUnit? via = null;
            foreach (var f in entry.From)
                if (f.Source != unit.Source && Asked(unit).Score(_paraphrases, f.Features, unit.Features) is var s && s > score)
                    (score, via) = (s, f);
            if (score <= bestScore)
                continue;
            (best, bestScore, bestVia) = (entry, score, via);
        }
        return (best, bestScore, bestVia);
    }

    private static bool MayMatchAny(List<SentenceUnit> from, SentenceFeatures unit)
    {
        foreach (var f in from)
            if (ParaphraseMatcher.MayMatch(f.Features, unit))
                return true;
        return false;
    }

    /// <summary>What was worked out of the unit last placed against the body's wordings (<see cref="Closest"/>).</summary>
    private Answers Asked(SentenceUnit unit) => _asked.For(unit);

    private readonly Answers _asked = new();

    /// <summary>
    /// The scores and disagreements of one unit with the wordings it was compared with: a unit is asked
    /// for its closest entry more than once (again for a second telling, <see cref="PullSecondTelling"/>),
    /// and a pair of wordings gives the same answer each time. Kept by the wording's id (a story's
    /// sentences are numbered), with the number of the unit each answer is for.
    /// </summary>
    private sealed class Answers
    {
        private SentenceUnit? _unit;
        /// <summary>Numbers the units asked about, from 1, so that an answer of 0 is for none.</summary>
        private int _asking;
        private int[] _scoredFor = [];
        private double[] _scores = [];
        private int[] _disagreeFor = [];
        private bool[] _disagrees = [];

        /// <summary>These answers, forgotten first if they were another unit's.</summary>
        public Answers For(SentenceUnit unit)
        {
            if (!ReferenceEquals(_unit, unit))
                (_unit, _asking) = (unit, _asking + 1);
            return this;
        }

        /// <summary><see cref="ParaphraseMatcher.Score(SentenceFeatures, SentenceFeatures)"/>, 0 for none.</summary>
        public double Score(ParaphraseMatcher matcher, SentenceFeatures wording, SentenceFeatures unit)
        {
            if (!Holds(ref _scoredFor, ref _scores, wording.Id))
                return matcher.Score(wording, unit) ?? 0;
            if (_scoredFor[wording.Id] != _asking)
                (_scores[wording.Id], _scoredFor[wording.Id]) = (ScoreOf(matcher, wording, unit), _asking);
            return _scores[wording.Id];
        }

        /// <summary>The score, not asking again whether the pair disagrees where that is known (a wording the entry shows).</summary>
        private double ScoreOf(ParaphraseMatcher matcher, SentenceFeatures wording, SentenceFeatures unit)
        {
            if (wording.Id >= _disagreeFor.Length || _disagreeFor[wording.Id] != _asking)
                return matcher.Score(wording, unit) ?? 0;
            return _disagrees[wording.Id] ? 0 : matcher.ScoreAgreeing(wording, unit) ?? 0;
        }

        public bool Disagrees(SentenceFeatures wording, SentenceFeatures unit)
        {
            if (!Holds(ref _disagreeFor, ref _disagrees, wording.Id))
                return ParaphraseMatcher.Disagree(wording, unit);
            if (_disagreeFor[wording.Id] != _asking)
                (_disagrees[wording.Id], _disagreeFor[wording.Id]) = (ParaphraseMatcher.Disagree(wording, unit), _asking);
            return _disagrees[wording.Id];
        }

        /// <summary>Whether the arrays can hold an answer for <paramref name="id"/>, grown to it if need be.</summary>
        private static bool Holds<T>(ref int[] askedFor, ref T[] answers, int id)
        {
            if (id < 0)
                return false;
            if (id >= askedFor.Length)
            {
                var size = Math.Max(id + 1, 2 * askedFor.Length);
                Array.Resize(ref askedFor, size);
                Array.Resize(ref answers, size);
            }
            return true;
        }
    }

    /// <summary>
    /// An article's opening: its first sentence, unless the article restates it later (a one-line
    /// summary, a dek, in one entry with the article's own later sentence, whichever outlet's
    /// wording that entry shows): then the first after it.
    /// </summary>
    private SentenceUnit? OpeningOf(IReadOnlyList<SentenceUnit> article, Dictionary<SentenceUnit, Entry> entryOf)
    {
        for (var i = 0; i < article.Count; i++)
        {
            var unit = article[i];
            var entry = entryOf[unit];
            // Restated by a later sentence of its own article, in the same entry, whoever's wording it shows.
            if (!entry.From.Any(f => f != unit && f.Source == unit.Source && IndexIn(article, f) > i))
                return unit;
        }
        return null;
    }

    private static int IndexIn(IReadOnlyList<SentenceUnit> article, SentenceUnit unit)
    {
        for (var i = 0; i < article.Count; i++)
            if (article[i] == unit)
                return i;
        return -1;
    }

    /// <summary>
    /// One lede: outlets' openings that tell the same news become one entry, and the page opens with
    /// the entry that the most outlets open with (the one read first on a tie), so no outlet's opening
    /// restarts the story further down the page.
    /// </summary>
    private void OpenWithOneLede()
    {
        // By reference: each sentence is one unit, and hashing a unit's record reads its whole text.
        // The first entry in body order each sentence is in, looked up rather than searched for: every article's opening is asked for.
        var entryOf = new Dictionary<SentenceUnit, Entry>();
        foreach (var entry in _entries)
            foreach (var unit in entry.From)
                entryOf.TryAdd(unit, entry);
        var openings = _articles.Select(a => OpeningOf(a, entryOf)).OfType<SentenceUnit>().ToHashSet();
        // A loop, not Count(openings.Contains): that made a delegate for each entry, three times over the body.
        int Opens(Entry e)
        {
            var n = 0;
            foreach (var f in e.From)
                if (openings.Contains(f))
                    n++;
            return n;
        }
        var opening = _entries.Where(e => Opens(e) > 0).ToList();
        // Until none joins: an opening that tells the news too differently from the first may still
        // join once another outlet's opening, closer to both, has joined it. After the first pass a pair
        // is asked again only if either entry took another in since the pass before, when it was last
        // asked: an unchanged pair gives the same answer, and each pass compares every pair.
        var changedIn = new int[opening.Count];
        for (var (pass, joined) = (1, true); joined; pass++)
        {
            joined = false;
            for (var i = 0; i < opening.Count; i++)
                for (var j = i + 1; j < opening.Count; j++)
                    if (opening[i].Alive && opening[j].Alive && (pass == 1 || Math.Max(changedIn[i], changedIn[j]) >= pass - 1)
                        && opening[j].From.All(openings.Contains) && JoinsLede(opening[i], opening[j], openings))
                    {
                        foreach (var o in opening[j].From)
                            foreach (var f in opening[i].From.Where(f => openings.Contains(f) && _paraphrases.SameOpening(f.Features, o.Features)))
                                Link(o, f);
                        EnsurePositions();
                        Absorb(opening[i], [opening[j].Position]);
                        if (MoreInformative(opening[j].Display.Features, opening[i].Display.Features))
                            Show(opening[i], opening[j].Display);
                        changedIn[i] = pass;
                        joined = true;
                    }
        }
        foreach (var entry in _entries.Where(e => Opens(e) > 0).ToList())
            if (entry.Alive)
                JoinEventToldInFull(entry, openings);
        // On a tie, the entry more outlets' first sentences are in: an outlet whose lede joined another
        // outlet's along with a later sentence of its own still opened with it.
        int FirstSentences(Entry e) => e.From.Count(_openers.Contains);
        var lede = _entries.Where(e => Opens(e) > 0).MaxBy(e => (Opens(e), FirstSentences(e)));
        if (lede is null || _entries[0] == lede)
            return;
        _entries.Remove(lede);
        lede.ParagraphKey = _nextParagraphKey++;
        _entries.Insert(0, lede);
        _positionsValid = false;
    }

    /// <summary>
    /// The event an opening sums up, told in full by another outlet further down (<see cref="LedeToldInFull"/>):
    /// that entry joins the opening's, which keeps its wording, so the page tells the news once, as a
    /// summary with the fuller telling's details shown with it. An entry that holds another outlet's
    /// opening stays: that opening told other news, or it would have joined this one.
    /// </summary>
    private void JoinEventToldInFull(Entry opening, HashSet<SentenceUnit> openings)
    {
        var ledes = opening.From.Where(openings.Contains).ToList();
        // Only an entry with a source that has one of the openings' event verbs can tell the event.
        var candidates = new List<Entry>();
        foreach (var verb in ledes.SelectMany(o => o.Features.Verbs))
            foreach (var entry in _byFromWord.Under(_comparer.NumberOf(verb)))
                candidates.Add(entry);
        var told = InBodyOrder(candidates)
            .Where(e => e != opening && !e.From.Any(openings.Contains)
                && !ParaphraseMatcher.Disagree(opening.Display.Features, e.Display.Features)
                && e.From.Any(f => ledes.Any(o => o.Source != f.Source && LedeToldInFull.Tells(o.Features, f.Features))))
            .ToList();
        foreach (var f in told.SelectMany(e => e.From))
            foreach (var o in ledes.Where(o => o.Source != f.Source && LedeToldInFull.Tells(o.Features, f.Features)))
                Link(o, f);
        Absorb(opening, [.. told.Select(e => e.Position)]);
    }

    /// <summary>
    /// Another outlet's opening tells the same news as the lede: it shares enough with one of its
    /// openings and contradicts none of its wordings.
    /// </summary>
    private bool JoinsLede(Entry lede, Entry opening, HashSet<SentenceUnit> openings) =>
        opening.From.All(o => lede.From.All(f => f.Source != o.Source)
            && !ParaphraseMatcher.Disagree(lede.Display.Features, o.Features)
            && lede.From.Any(f => openings.Contains(f) && _paraphrases.SameOpening(f.Features, o.Features)));

    /// <summary>
    /// Each link that built an entry is a real pair (a shared quotation, a clause told in other words), but a
    /// chain of links can gather one speaker's whole interview into one entry: one sentence shown, and as its
    /// variants sentences that tell other things, linked only through others. A variant stays only where it
    /// was joined to the shown sentence itself or tells the same fact as it (<see cref="Linked"/>). The rest are grouped around
    /// the wording that tells the same fact as the most of them (the fuller on a tie); then each sentence
    /// goes with the shown wording it tells most closely (a remark quoted by three outlets stays together,
    /// though one of them also tells what the first entry does), and each group of two or more becomes an
    /// entry of its own right after the first, in its paragraph. A sentence left alone stays a variant:
    /// when unsure, nothing is taken apart.
    /// </summary>
    private void SplitChains()
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            // Two sentences are one pair: whichever is shown, the other was joined to it.
            if (entry.From.Count < 3)
                continue;
            var apart = entry.From.Where(f => f != entry.Display && !Linked(entry.Display, f)).ToList();
            if (apart.Count == 0)
                continue;
            var parts = new List<List<SentenceUnit>> { entry.From.Where(f => !apart.Contains(f)).ToList() };
            // How many of the others still apart each one tells the same fact as: counted once, then less
            // those each group takes, rather than counted again over every pair for each group.
            var alike = apart.ConvertAll(f => apart.Count(g => g != f && Linked(f, g)));
            while (apart.Count > 0)
            {
                var most = 0;
                for (var k = 1; k < apart.Count; k++)
                    if (alike[k] > alike[most] || (alike[k] == alike[most] && MoreInformative(apart[k].Features, apart[most].Features)))
                        most = k;
                var shown = apart[most];
                var part = apart.Where(f => f == shown || Linked(shown, f)).ToList();
                part.Remove(shown);
                part.Insert(0, shown);
                for (var k = apart.Count - 1; k >= 0; k--)
                    if (part.Contains(apart[k]))
                    {
                        apart.RemoveAt(k);
                        alike.RemoveAt(k);
                    }
                for (var k = 0; k < apart.Count; k++)
                    alike[k] -= part.Count(g => Linked(apart[k], g));
                parts.Add(part);
            }
            // The shown wording of each part is its first: the entry's own, then each group's.
            var displays = parts.Select(p => p == parts[0] ? entry.Display : p[0]).ToList();
            foreach (var part in parts)
                foreach (var f in part.Where(f => !displays.Contains(f)).ToList())
                {
                    var closest = Enumerable.Range(0, parts.Count)
                        .Where(k => parts[k] == part || Linked(displays[k], f))
                        .MaxBy(k => (Kinship(displays[k], f), _paraphrases.Dice(displays[k].Features, f.Features), parts[k] == part));
                    // A sentence joined to the entry's own shown wording leaves it only for the same remark quoted
                    // whole, where the shown sentence shares no more than a phrase of it; a sentence that covers
                    // another group's wording tells that and more, and stays where it was joined.
                    if (parts[closest] == part || (part == parts[0]
                        && (!ParaphraseMatcher.QuoteSameRemark(displays[closest].Features, f.Features) || ParaphraseMatcher.QuoteSameRemark(entry.Display.Features, f.Features))))
                        continue;
                    part.Remove(f);
                    parts[closest].Add(f);
                }
            var groups = parts.Skip(1).Where(p => p.Count > 1).ToList();
            if (groups.Count == 0)
                continue;
            entry.From.RemoveAll(f => groups.Any(g => g.Contains(f)));
            foreach (var group in groups)
            {
                var split = new Entry(group[0], entry.ParagraphKey);
                split.From.AddRange(group.Skip(1));
                _entries.Insert(++i, split);
            }
            _positionsValid = false;
        }
    }

    /// <summary>
    /// The pairs of sentences the body was built on: each time a sentence joins an entry, the wording
    /// it was found to repeat, cover or tell in other words (<see cref="SplitChains"/> reads them).
    /// </summary>
    private readonly Dictionary<SentenceUnit, List<SentenceUnit>> _links = [];

    private void Link(SentenceUnit a, SentenceUnit? b)
    {
        if (b is null || a == b) return;
        (_links.TryGetValue(a, out var la) ? la : _links[a] = []).Add(b);
        (_links.TryGetValue(b, out var lb) ? lb : _links[b] = []).Add(a);
    }

    /// <summary>The two were joined as a pair while the body was built, or tell one fact by <see cref="TellSameFact"/>.</summary>
    private bool Linked(SentenceUnit a, SentenceUnit b) =>
        (_links.TryGetValue(a, out var linked) && linked.Contains(b)) || TellsSameFact(a, b);

    /// <summary>
    /// <see cref="TellSameFact"/>, each ordered pair worked out once (by the story's sentence ids): splitting
    /// one entry asks it of every pair of its sentences again for each group it takes out, and the answer
    /// depends on the two sentences alone.
    /// </summary>
    private bool TellsSameFact(SentenceUnit a, SentenceUnit b)
    {
        if (a.Features.Id < 0 || b.Features.Id < 0)
            return TellSameFact(a, b);
        var pair = ((long)a.Features.Id << 32) | (uint)b.Features.Id;
        if (!_tellSameFact.TryGetValue(pair, out var same))
            _tellSameFact[pair] = same = TellSameFact(a, b);
        return same;
    }

    private readonly Dictionary<long, bool> _tellSameFact = [];

    /// <summary>
    /// How closely two sentences of one entry tell one fact: 3 when one covers the other (the same
    /// words, or all of one's said in the other), 2 when they quote the same remark, 1 when they tell
    /// the fact otherwise (<see cref="TellSameFact"/>), 0 when they do not.
    /// </summary>
    private int Kinship(SentenceUnit a, SentenceUnit b)
    {
        var (x, y) = (a.Features, b.Features);
        if (x.Key == y.Key || _comparer.Covers(x, y, false) || _comparer.Covers(y, x, false))
            return 3;
        if (ParaphraseMatcher.QuoteSameRemark(x, y))
            return 2;
        return Linked(a, b) ? 1 : 0;
    }

    /// <summary>
    /// Whether the two tell one fact by any of the readings that join sentences into an entry: one covers the
    /// other, another outlet's wording of it (<see cref="ParaphraseMatcher.Score"/>), the same remark quoted,
    /// a summary an article retells, or two openings of one news.
    /// </summary>
    private bool TellSameFact(SentenceUnit a, SentenceUnit b)
    {
        var (x, y) = (a.Features, b.Features);
        if (x.Key == y.Key || _comparer.Covers(x, y, false) || _comparer.Covers(y, x, false)
            || ParaphraseMatcher.QuoteSameRemark(x, y) || _paraphrases.Score(x, y) is not null)
            return true;
        var (openA, openB) = (_openingLines.Contains(a), _openingLines.Contains(b));
        return (openA && openB && _paraphrases.SameOpening(x, y))
            || (openA && (LedeToldInFull.Tells(x, y) || SummaryRetold.Retells(_comparer, y, x)))
            || (openB && (LedeToldInFull.Tells(y, x) || SummaryRetold.Retells(_comparer, x, y)));
    }

    /// <summary>Moves the sources of the entries at <paramref name="indexes"/> (ascending) into <paramref name="into"/> and removes them.</summary>
    private void Absorb(Entry into, List<int> indexes)
    {
        foreach (var i in indexes)
            foreach (var from in _entries[i].From)
                Join(into, from);
        for (var k = indexes.Count - 1; k >= 0; k--)
        {
            _entries[indexes[k]].Alive = false;
            _entries.RemoveAt(indexes[k]);
        }
        if (indexes.Count > 0)
            _positionsValid = false;
    }

    private bool MoreInformative(SentenceFeatures a, SentenceFeatures b)
    {
        var (ia, ib) = (_comparer.Information(a), _comparer.Information(b));
        return Math.Abs(ia - ib) > 1e-9 ? ia > ib : a.Text.Length > b.Text.Length;
    }

    /// <summary>
    /// Inserts right after <paramref name="anchor"/> in its paragraph (<paramref name="newParagraphKey"/>
    /// null), or as a new paragraph after the anchor's paragraph.
    /// </summary>
    private Entry InsertAfter(Entry anchor, SentenceUnit unit, int? newParagraphKey)
    {
        EnsurePositions();
        var at = anchor.Position + 1;
        if (newParagraphKey is { } key)
        {
            while (at < _entries.Count && _entries[at].ParagraphKey == anchor.ParagraphKey)
                at++;
            var entry = NewEntry(unit, key);
            _entries.Insert(at, entry);
            _positionsValid = false;
            return entry;
        }
        var joined = NewEntry(unit, anchor.ParagraphKey);
        _entries.Insert(at, joined);
        _positionsValid = false;
        return joined;
    }

    /// <summary>Sentences an article opens with before its first shared one go just before that one's paragraph.</summary>
    private void MoveBeforeParagraphOf(Entry matched, List<Entry> leading)
    {
        var waiting = leading.Where(e => e.Alive).ToList();
        foreach (var entry in waiting)
            _entries.Remove(entry);
        _positionsValid = false;
        EnsurePositions();
        var at = matched.Position;
        while (at > 0 && _entries[at - 1].ParagraphKey == matched.ParagraphKey)
            at--;
        _entries.InsertRange(at, waiting);
        _positionsValid = false;
    }

    private Entry NewEntry(SentenceUnit unit, int paragraphKey)
    {
        var entry = new Entry(unit, paragraphKey);
        IndexShown(entry, unit);
        IndexFrom(entry, unit);
        return entry;
    }

    private void Append(Entry entry)
    {
        entry.Position = _entries.Count;
        _entries.Add(entry);
    }

    private void Show(Entry entry, SentenceUnit unit)
    {
        entry.Display = unit;
        IndexShown(entry, unit);
    }

    private void Join(Entry entry, SentenceUnit unit)
    {
        entry.From.Add(unit);
        if (entry.OnlySource != unit.Source)
            entry.OnlySource = null;
        IndexFrom(entry, unit);
    }

    private void IndexShown(Entry entry, SentenceUnit unit)
    {
        var features = unit.Features;
        entry.Sketch = _comparer.SketchOf(features);
        foreach (var word in _comparer.NumbersOf(features))
            _byShownWord.Add(word, entry);
        foreach (var word in _comparer.CoverPrefixNumbers(features))
            _byShownPrefix.Add(word, entry);
        AddTo(_byShownKey, features.Key, entry);
    }

    private void IndexFrom(Entry entry, SentenceUnit unit)
    {
        AddTo(_byFromKey, unit.Features.Key, entry);
        foreach (var word in _comparer.NumbersOf(unit.Features))
            _byFromWord.Add(word, entry);
    }

    private static void AddTo(Dictionary<string, List<Entry>> index, string key, Entry entry)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        if (list.Count == 0 || list[^1] != entry)
            list.Add(entry);
    }

    /// <summary>
    /// The entries, in body order, that <see cref="Place"/> must check for <paramref name="unit"/>: those
    /// with its very words, and those sharing enough weight of words that either could cover the other.
    /// </summary>
    private List<Entry> MayCover(SentenceFeatures unit)
    {
        var lookup = ++_lookups;
        var found = new List<Entry>();
        void Collect(Entry entry)
        {
            if (entry.FoundBy != lookup)
            {
                entry.FoundBy = lookup;
                found.Add(entry);
            }
        }
        foreach (var word in _comparer.CoverPrefixNumbers(unit))
            foreach (var entry in _byShownWord.Under(word))
                Collect(entry);
        foreach (var word in _comparer.NumbersOf(unit))
            foreach (var entry in _byShownPrefix.Under(word))
                Collect(entry);
        if (_byShownKey.TryGetValue(unit.Key, out var same))
            foreach (var entry in same)
                Collect(entry);
        return AliveInBodyOrder(found);
    }

    /// <summary>
    /// The entries, in body order, that <see cref="Paraphrased"/> must check for <paramref name="unit"/>:
    /// it takes only an entry with a source that <see cref="ParaphraseMatcher.MayMatch"/> the sentence,
    /// that is one sharing two of its words or an exact figure, so an entry whose sources together share
    /// less cannot be it.
    /// </summary>
    private List<Entry> MayParaphrase(SentenceFeatures unit)
    {
        var lookup = ++_lookups;
        var found = new List<Entry>();
        // The sentence's distinct words, by number: the same words as its set, each once.
        var numbers = _comparer.NumbersOf(unit);
        for (var i = 0; i < numbers.Length; i++)
        {
            if (numbers[i] < 0)
                continue;
            var word = unit.Distinct[i];
            var wordLookup = ++_lookups;
            foreach (var entry in _byFromWord.Under(numbers[i]))
            {
                // An entry may be listed more than once under a word: it counts once for it.
                if (entry.CountedFor == wordLookup)
                    continue;
                entry.CountedFor = wordLookup;
                if (entry.FoundBy != lookup)
                    (entry.FoundBy, entry.Hits) = (lookup, 0);
                // Two words in common, or one exact figure (ParaphraseMatcher.MayMatch), which counts
                // as two so that the entry is listed once.
                if (entry.Hits == 0 && ParaphraseMatcher.IsExact(word))
                    entry.Hits = 1;
                if (++entry.Hits == 2)
                    found.Add(entry);
            }
        }
        return AliveInBodyOrder(found);
    }

    /// <summary>Those of <paramref name="entries"/> still in the body, once each, in body order.</summary>
    private List<Entry> InBodyOrder(IEnumerable<Entry> entries)
    {
        EnsurePositions();
        var inBody = entries.Where(e => e.Alive).Distinct().ToList();
        inBody.Sort((a, b) => a.Position.CompareTo(b.Position));
        return inBody;
    }

    /// <summary>Those of <paramref name="entries"/> (each listed once) still in the body, in body order.</summary>
    private List<Entry> AliveInBodyOrder(List<Entry> entries)
    {
        EnsurePositions();
        entries.RemoveAll(e => !e.Alive);
        entries.Sort((a, b) => a.Position.CompareTo(b.Position));
        return entries;
    }

    /// <summary>Renumbers the entries after the body changed other than at its end (linear, and only when asked).</summary>
    private void EnsurePositions()
    {
        if (_positionsValid)
            return;
        for (var i = 0; i < _entries.Count; i++)
            _entries[i].Position = i;
        _positionsValid = true;
    }

    private ImmutableArray<BodySentence> ToBody()
    {
        OpenWithOneLede();
        SplitChains();
        var body = ImmutableArray.CreateBuilder<BodySentence>(_entries.Count);
        var paragraph = -1;
        int? lastKey = null;
        foreach (var entry in _entries)
        {
            if (entry.ParagraphKey != lastKey) paragraph++;
            lastKey = entry.ParagraphKey;
            var support = EntrySupport.Of(entry.Display, entry.From, _comparer);
            body.Add(new BodySentence(entry.Display.Text, support.Full, support.From, paragraph, support.Partial));
        }
        return body.MoveToImmutable();
    }
}
