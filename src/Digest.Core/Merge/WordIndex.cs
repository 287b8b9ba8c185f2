namespace Digest.Core.Merge;

/// <summary>
/// Items listed under the story's word numbers (<see cref="SentenceComparer.NumbersOf"/>). Each word's
/// listing is a chain through two arrays shared by all words, newest first, rather than a list of its
/// own: a story has thousands of words, most listed under an item or two, and a list per word was a
/// large share of what merging a story allocates. The readers sort what they find, so the order within
/// a word is not theirs to rely on.
/// </summary>
internal sealed class WordIndex<T> where T : class
{
    /// <summary>Each word's newest posting, -1 for none.</summary>
    private readonly int[] _newest;
    private T[] _items = new T[64];
    /// <summary>For each posting, the one listed before it under the same word, -1 for none.</summary>
    private int[] _older = new int[64];
    private int _count;

    public WordIndex(int words)
    {
        _newest = new int[words];
        Array.Fill(_newest, -1);
    }

    /// <summary>Lists <paramref name="item"/> under <paramref name="word"/> (none when negative), unless it is the last listed there.</summary>
    public void Add(int word, T item)
    {
        if (word < 0)
            return;
        var newest = _newest[word];
        if (newest >= 0 && ReferenceEquals(_items[newest], item))
            return;
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, 2 * _count);
            Array.Resize(ref _older, 2 * _count);
        }
        (_items[_count], _older[_count]) = (item, newest);
        _newest[word] = _count++;
    }

    /// <summary>What is listed under <paramref name="word"/> (nothing when negative), newest first, for <c>foreach</c>.</summary>
    public Listing Under(int word) => new(this, word < 0 ? -1 : _newest[word]);

    public struct Listing(WordIndex<T> index, int newest)
    {
        private int _next = newest;
        private int _current = -1;

        public readonly Listing GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next < 0)
                return false;
            _current = _next;
            _next = index._older[_current];
            return true;
        }

        public readonly T Current => index._items[_current];
    }
}
