using System.Collections.Immutable;
using Digest.Core.Clean;

namespace Digest.Core.Merge;

/// <summary>One sentence of one article, with what the merge compares in it.</summary>
internal sealed record SentenceUnit(string Source, int Paragraph, SentenceFeatures Features)
{
    public string Text => Features.Text;
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
        public SentenceUnit Display { get; set; } = display;
        public List<SentenceUnit> From { get; } = [display];
        public int ParagraphKey { get; set; } = paragraphKey;
    }

    private readonly SentenceComparer _comparer;
    private readonly ParaphraseMatcher _paraphrases;
    private readonly List<Entry> _entries = [];
    private readonly List<IReadOnlyList<SentenceUnit>> _articles = [];
    private int _nextParagraphKey;

    private BodyBuilder(SentenceComparer comparer) => (_comparer, _paraphrases) = (comparer, new ParaphraseMatcher(comparer));

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
                var entry = new Entry(unit, KeyOf(unit.Paragraph));
                _entries.Add(entry);
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
        // Another outlet's very words, merged earlier into an entry that shows other words.
        foreach (var entry in _entries)
            if (entry.Display.Features.Key != unit.Features.Key
                && entry.From.Any(f => f.Source != unit.Source && f.Features.Key == unit.Features.Key))
            {
                entry.From.Add(unit);
                return entry;
            }
        Entry? best = null;
        var bestScore = double.MinValue;
        var bestCoversBack = false;
        var covered = new List<int>();
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            var shown = entry.Display.Features;
            if (!Overlaps(shown, unit.Features))
                continue;
            // Neither can cover the other below the weakest threshold: skip the full check.
            if (shown.Key != unit.Features.Key
                && _comparer.Coverage(unit.Features, shown) < SentenceComparer.PhraseCoverThreshold
                && _comparer.Coverage(shown, unit.Features) < SentenceComparer.PhraseCoverThreshold)
                continue;
            var sameArticle = entry.From.All(f => f.Source == unit.Source);
            var coversBack = _comparer.Covers(unit.Features, shown, sameArticle);
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
            best.From.Add(unit);
            if (bestCoversBack && MoreInformative(unit.Features, best.Display.Features))
                best.Display = unit;
            // What this entry now says, said elsewhere in the body, is a repeat there.
            Absorb(best, [.. covered.Where(i => _comparer.Covers(best.Display.Features, _entries[i].Display.Features, false))]);
            return best;
        }
        if (covered.Count == 0)
            return Paraphrased(unit);

        // The new sentence says all that these entries say: it takes the place of the first.
        var first = _entries[covered[0]];
        Absorb(first, covered.Skip(1).ToList());
        first.From.Add(unit);
        first.Display = unit;
        return first;
    }

    /// <summary>
    /// The entry that tells the same fact as <paramref name="unit"/> in other words, if any (the closest):
    /// it joins that entry, and the fuller of the two wordings is shown. Only other outlets' wordings
    /// count as a match: an outlet's dek and body may both join one entry that another outlet's sentence
    /// holds together, but two sentences of one outlet alone are not taken for one fact.
    /// </summary>
    private Entry? Paraphrased(SentenceUnit unit)
    {
        Entry? best = null;
        var bestScore = 0.0;
        foreach (var entry in _entries)
        {
            if (!entry.From.Any(f => ParaphraseMatcher.MayMatch(f.Features, unit.Features))
                || ParaphraseMatcher.Disagree(entry.Display.Features, unit.Features))
                continue;
            // The closest of the entry's wordings: a fact several outlets tell is recognised in any of them.
            var score = entry.From.Where(f => f.Source != unit.Source).Select(f => _paraphrases.Score(f.Features, unit.Features) ?? 0).DefaultIfEmpty().Max();
            if (score <= bestScore)
                continue;
            (best, bestScore) = (entry, score);
        }
        if (best is null)
            return null;
        best.From.Add(unit);
        if (MoreInformative(unit.Features, best.Display.Features))
            best.Display = unit;
        return best;
    }

    /// <summary>
    /// An article's opening: its first sentence, unless the article restates it in full later (a
    /// one-line summary, a dek, shown in the article's own later words): then the first after it.
    /// </summary>
    private SentenceUnit? OpeningOf(IReadOnlyList<SentenceUnit> article)
    {
        foreach (var unit in article)
        {
            var shown = _entries.First(e => e.From.Contains(unit)).Display;
            if (shown == unit || shown.Source != unit.Source)
                return unit;
        }
        return null;
    }

    /// <summary>
    /// One lede: outlets' openings that tell the same news become one entry, and the page opens with
    /// the entry that the most outlets open with (the one read first on a tie), so no outlet's opening
    /// restarts the story further down the page.
    /// </summary>
    private void OpenWithOneLede()
    {
        var openings = _articles.Select(OpeningOf).OfType<SentenceUnit>().ToHashSet();
        int Opens(Entry e) => e.From.Count(openings.Contains);
        var opening = _entries.Where(e => Opens(e) > 0).ToList();
        for (var i = 0; i < opening.Count; i++)
            for (var j = i + 1; j < opening.Count; j++)
                if (_entries.Contains(opening[i]) && _entries.Contains(opening[j])
                    && opening[j].From.All(openings.Contains) && JoinsLede(opening[i], opening[j]))
                {
                    Absorb(opening[i], [_entries.IndexOf(opening[j])]);
                    if (MoreInformative(opening[j].Display.Features, opening[i].Display.Features))
                        opening[i].Display = opening[j].Display;
                }
        var lede = _entries.Where(e => Opens(e) > 0).MaxBy(Opens);
        if (lede is null || _entries[0] == lede)
            return;
        _entries.Remove(lede);
        lede.ParagraphKey = _nextParagraphKey++;
        _entries.Insert(0, lede);
    }

    /// <summary>Another outlet's opening tells the same news as the lede: it shares enough with one of its wordings and contradicts none.</summary>
    private bool JoinsLede(Entry lede, Entry opening) =>
        opening.From.All(o => lede.From.All(f => f.Source != o.Source)
            && !ParaphraseMatcher.Disagree(lede.Display.Features, o.Features)
            && lede.From.Any(f => _paraphrases.SameOpening(f.Features, o.Features)));

    /// <summary>Moves the sources of the entries at <paramref name="indexes"/> (ascending) into <paramref name="into"/> and removes them.</summary>
    private void Absorb(Entry into, List<int> indexes)
    {
        foreach (var i in indexes)
            into.From.AddRange(_entries[i].From);
        for (var k = indexes.Count - 1; k >= 0; k--)
            _entries.RemoveAt(indexes[k]);
    }

    private bool MoreInformative(SentenceFeatures a, SentenceFeatures b)
    {
        var (ia, ib) = (_comparer.Information(a), _comparer.Information(b));
        return Math.Abs(ia - ib) > 1e-9 ? ia > ib : a.Text.Length > b.Text.Length;
    }

    private static bool Overlaps(SentenceFeatures a, SentenceFeatures b) =>
        a.Key == b.Key || a.Distinct.Any(b.Set.Contains);

    /// <summary>
    /// Inserts right after <paramref name="anchor"/> in its paragraph (<paramref name="newParagraphKey"/>
    /// null), or as a new paragraph after the anchor's paragraph.
    /// </summary>
    private Entry InsertAfter(Entry anchor, SentenceUnit unit, int? newParagraphKey)
    {
        var at = _entries.IndexOf(anchor) + 1;
        if (newParagraphKey is { } key)
        {
            while (at < _entries.Count && _entries[at].ParagraphKey == anchor.ParagraphKey)
                at++;
            var entry = new Entry(unit, key);
            _entries.Insert(at, entry);
            return entry;
        }
        var joined = new Entry(unit, anchor.ParagraphKey);
        _entries.Insert(at, joined);
        return joined;
    }

    /// <summary>Sentences an article opens with before its first shared one go just before that one's paragraph.</summary>
    private void MoveBeforeParagraphOf(Entry matched, List<Entry> leading)
    {
        var waiting = leading.Where(_entries.Contains).ToList();
        foreach (var entry in waiting)
            _entries.Remove(entry);
        var at = _entries.IndexOf(matched);
        while (at > 0 && _entries[at - 1].ParagraphKey == matched.ParagraphKey)
            at--;
        _entries.InsertRange(at, waiting);
    }

    private ImmutableArray<BodySentence> ToBody()
    {
        OpenWithOneLede();
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
