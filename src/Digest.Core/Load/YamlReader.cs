using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Digest.Core.Load;

/// <summary>
/// The one YAML reader of every file Digest reads (front matter, <c>site.yml</c>, <c>_story.yml</c>,
/// <c>stories.yml</c>). Node positions are file positions (1-based line and column). The text is
/// checked event by event before it becomes a tree, so that a hostile file costs only itself:
/// nesting deeper than <see cref="MaxDepth"/>, aliases that refer to themselves or expand past
/// <see cref="MaxNodes"/> nodes, and keys that are lists or mappings are refused at their line.
/// </summary>
internal static class YamlReader
{
    public const int MaxDepth = 64;
    public const int MaxNodes = 100_000;

    /// <summary>The first document's root (null for an empty text), or an error at its position.</summary>
    public static (YamlNode? Root, Diagnostic? Error) Read(string text, string path)
    {
        try
        {
            // Parsed once: the tree is built from the events the checks read, not from a second parse of the text.
            var events = new List<ParsingEvent>();
            if (Refusal(text, path, events) is { } refused)
                return (null, refused);
            var stream = new YamlStream();
            stream.Load(new Replay(events));
            return (stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null, null);
        }
        catch (YamlException e)
        {
            return (null, At(path, e.Start, $"not valid YAML: {Describe(e)}; quote values that contain ':' or '#'"));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // YamlDotNet's scanner throws these, without a position, on some unclosed flow collections.
            var (line, column) = UnclosedBracket(text);
            return (null, Diagnostic.Error(path, line, column,
                "not valid YAML: a '[' or '{' is not closed; close it or quote the value"));
        }
    }

    public static int LineOf(YamlNode node) => (int)node.Start.Line;
    public static int ColumnOf(YamlNode node) => (int)node.Start.Column;

    /// <summary>Walks the parser's events, each kept in <paramref name="events"/>, and returns the first construct the tree must not be built from.</summary>
    private static Diagnostic? Refusal(string text, string path, List<ParsingEvent> events)
    {
        var parser = new Parser(new StringReader(text));
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long CountAtStart)>();
        var expectKey = new Stack<bool?>(); // per open collection: a mapping's next node is a key (true) or a value; null in a list
        long count = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            events.Add(current);
            if (current is DocumentStart)
                sizes.Clear(); // anchors belong to their document
            if (current is AnchorAlias or NodeEvent)
            {
                if (expectKey.TryPeek(out var state) && state is { } isKey)
                {
                    expectKey.Pop();
                    expectKey.Push(!isKey);
                    if (isKey && current is not Scalar)
                        return At(path, current.Start,
                            "a key must be a plain word, not a list, a mapping or an alias; write 'key: value'");
                }
                if (current is AnchorAlias alias)
                {
                    if (open.Any(o => o.Anchor == alias.Value.Value))
                        return At(path, current.Start, $"the alias '*{alias.Value.Value}' refers to itself; remove it");
                    if (!sizes.TryGetValue(alias.Value.Value, out var size))
                        return At(path, current.Start, $"the alias '*{alias.Value.Value}' names no anchor '&{alias.Value.Value}' above it");
                    count += size;
                }
                else
                {
                    count++;
                }
                if (count > MaxNodes)
                    return At(path, current.Start,
                        $"this file expands to more than {MaxNodes:N0} values (aliases repeated inside aliases?); write the values out");

                var anchor = current is NodeEvent { Anchor.IsEmpty: false } named ? named.Anchor.Value : null;
                if (current is SequenceStart or MappingStart)
                {
                    if (open.Count >= MaxDepth)
                        return At(path, current.Start, $"lists and mappings are nested more than {MaxDepth} deep; flatten them");
                    open.Push((anchor, count - 1));
                    expectKey.Push(current is MappingStart ? true : null);
                }
                else if (anchor is not null)
                {
                    sizes[anchor] = 1;
                }
            }
            else if (current is SequenceEnd or MappingEnd && open.Count > 0)
            {
                var (anchor, start) = open.Pop();
                expectKey.Pop();
                if (anchor is not null) sizes[anchor] = count - start;
            }
        }
        return null;
    }

    /// <summary>The events of a text parsed before, given again to build its tree.</summary>
    private sealed class Replay(List<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }

    private static Diagnostic At(string path, Mark mark, string message) =>
        Diagnostic.Error(path, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column), message);

    /// <summary>YamlDotNet's message without its own "(Line: 1, Col: 2, ...)" prefix; ours is in front.</summary>
    internal static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0)
            message = message[(close + 3)..];
        return message.TrimEnd('.');
    }

    /// <summary>The 1-based line and column of the first bracket left open on its line.</summary>
    private static (int Line, int Column) UnclosedBracket(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var open = new Stack<int>();
            for (var c = 0; c < lines[i].Length; c++)
            {
                if (lines[i][c] is '[' or '{') open.Push(c);
                else if (lines[i][c] is ']' or '}' && open.Count > 0) open.Pop();
            }
            if (open.Count > 0)
                return (i + 1, open.Last() + 1);
        }
        return (1, 1);
    }
}
