using System.Runtime.CompilerServices;

namespace PerfEvalIngest.Segmentation;

/// <summary>The shared dictionary seen through one segmenter's user words.</summary>
internal readonly struct LayeredLexicon : ILexicon
{
    private readonly PrefixTrie _trie;
    private readonly UserWords _user;
    private readonly double _logTotal;

    public LayeredLexicon(PrefixTrie trie, UserWords user)
    {
        _trie = trie;
        _user = user;
        Total = trie.Total + user.TotalDelta;
        _logTotal = Math.Log(Total);
    }

    public LexiconCursor Start => new() { Shared = PrefixTrie.Root, User = UserWords.Root };

    public double LogTotal => _logTotal;

    public long Total { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Step(ref LexiconCursor cursor, char c)
    {
        if (cursor.Shared != PrefixTrie.None)
            cursor.Shared = _trie.Child(cursor.Shared, c);
        if (cursor.User != PrefixTrie.None)
            cursor.User = _user.Child(cursor.User, c);
        return cursor.Shared != PrefixTrie.None || cursor.User != PrefixTrie.None;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Frequency(in LexiconCursor cursor)
    {
        if (cursor.User != PrefixTrie.None)
        {
            var own = _user.Frequency(cursor.User);
            if (own != UserWords.NoFrequency)
                return own;
        }
        return cursor.Shared != PrefixTrie.None ? _trie.Frequency(cursor.Shared) : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double LogFrequency(in LexiconCursor cursor)
    {
        if (cursor.User != PrefixTrie.None && _user.Frequency(cursor.User) != UserWords.NoFrequency)
            return _user.LogFrequency(cursor.User);
        return cursor.Shared != PrefixTrie.None ? _trie.LogFrequency(cursor.Shared) : 0.0;
    }

    public bool IsForcedSplit(ReadOnlySpan<char> word) => _user.HasForcedSplits && _user.IsForcedSplit(word);
}
