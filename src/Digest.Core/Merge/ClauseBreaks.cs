using System.Collections.Immutable;

namespace Digest.Core.Merge;

/// <summary>
/// Where a sentence's clauses begin, read token by token as the sentence is featurized: at a
/// semicolon or a dash; at a conjunction that opens a clause after a comma (", and a scan
/// revealed…", ", while Republicans want…"); at "and" or "but" followed by a verb of its own
/// ("…out of the hospital and has resumed…"); and after a leading subordinate clause ("By the time
/// he reached the hospital, he was…"). One outlet may tell in one such clause what another tells in
/// a sentence of its own (<see cref="ClauseParaphrase"/>).
/// </summary>
internal sealed class ClauseBreaks(string text)
{
    /// <summary>Words that open a clause describing the noun before them: what comes before is no clause of its own.</summary>
    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "who", "which" };

    /// <summary>Words that open a clause when a comma stands before them.</summary>
    private static readonly HashSet<string> AfterComma = new(StringComparer.Ordinal)
        { "and", "but", "while", "whereas", "where", "which", "who", "although", "though", "yet", "so" };

    /// <summary>Words that make a sentence's first clause subordinate, up to its first comma.</summary>
    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
        { "after", "as", "although", "because", "before", "by", "following", "if", "once", "since", "though", "until", "when", "while", "with", "despite" };

    /// <summary>Verbs that, right after "and" or "but", open a clause with the same subject ("and has resumed").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
        { "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "can" };

    // Made empty: most sentences are one clause.
    private readonly ImmutableArray<ClauseStart>.Builder _starts = ImmutableArray.CreateBuilder<ClauseStart>(0);
    private int _end;
    private string? _first;
    private string? _previous;
    private bool _previousAfterComma;

    /// <summary>The content index each clause after the first begins at.</summary>
    public ImmutableArray<ClauseStart> Starts => _starts.ToImmutable();

    /// <summary>Reads the next token of the sentence; <paramref name="contentIndex"/> is where its content word (if any) goes.</summary>
    public void Read(Token token, int contentIndex) => Read(token, token.Lower, contentIndex);

    /// <summary>As <see cref="Read(Token, int)"/>, with the token's <see cref="Token.Lower"/> already made.</summary>
    public void Read(Token token, string word, int contentIndex)
    {
        var gap = text.AsSpan(_end, token.Start - _end);
        _end = token.End;
        var comma = gap.Contains(',');
        var opens = gap.IndexOfAny(";—–") >= 0 || gap.Contains(" - ", StringComparison.Ordinal) || gap.Contains("--", StringComparison.Ordinal)
            || (comma && AfterComma.Contains(word))
            || (comma && _starts.Count == 0 && _first is not null && Subordinators.Contains(_first))
            || (_previous is "and" or "but" && !_previousAfterComma && Auxiliaries.Contains(word));
        // "But as the players gathered on stage, …": a conjunction that opens the sentence links it to the one before.
        if (_first is null && word is not ("but" or "and" or "yet" or "so"))
            _first = word;
        _previousAfterComma = comma;
        _previous = word;
        if (contentIndex == 0 || (_starts.Count > 0 && _starts[^1].Index >= contentIndex))
            return;
        if (opens)
            _starts.Add(new ClauseStart(contentIndex, comma && Relatives.Contains(word)));
        // "an organizer who was removed from a flight": what the clause tells of her is a fact of its own,
        // though the sentence goes on about her.
        else if (word == "who")
            _starts.Add(new ClauseStart(contentIndex, Relative: true, Within: true));
    }
}

/// <summary>
/// Where a clause begins in a sentence's content words; <paramref name="Relative"/> when it describes the
/// noun before it (", who…"); <paramref name="Within"/> when it does so without a comma ("an organizer
/// who was removed…"): the clause it stands in goes on around it.
/// </summary>
internal readonly record struct ClauseStart(int Index, bool Relative, bool Within = false);
