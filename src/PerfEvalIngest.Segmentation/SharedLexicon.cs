using System.Runtime.CompilerServices;

namespace PerfEvalIngest.Segmentation;

/// <summary>The shared dictionary alone, for segmenters without user words.</summary>
internal readonly struct SharedLexicon(PrefixTrie trie) : ILexicon
{
    private readonly double _logTotal = Math.Log(trie.Total);

    public LexiconCursor Start => new() { Shared = PrefixTrie.Root, User = PrefixTrie.None };

    public double LogTotal => _logTotal;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Step(ref LexiconCursor cursor, char c)
    {
        cursor.Shared = trie.Child(cursor.Shared, c);
        return cursor.Shared != PrefixTrie.None;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Frequency(in LexiconCursor cursor) => trie.Frequency(cursor.Shared);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double LogFrequency(in LexiconCursor cursor) => trie.LogFrequency(cursor.Shared);

    public bool IsForcedSplit(ReadOnlySpan<char> word) => false;
}
