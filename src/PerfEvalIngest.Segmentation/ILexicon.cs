namespace PerfEvalIngest.Segmentation;

/// <summary>
/// Where a position in the prefix dictionary is: a node of the shared trie and a node of the per-segmenter user
/// additions, either of which may be absent (<see cref="PrefixTrie.None"/>).
/// </summary>
internal struct LexiconCursor
{
    public int Shared;
    public int User;
}

/// <summary>
/// The word frequencies segmentation consults. The algorithms are generic over it so that a segmenter without user
/// words runs on the bare trie, with no per-character check for additions it does not have.
/// </summary>
internal interface ILexicon
{
    LexiconCursor Start { get; }

    /// <summary>Natural log of the total frequency, the denominator of every word probability.</summary>
    double LogTotal { get; }

    /// <summary>Moves one character deeper; false when no word or prefix continues with <paramref name="c"/>.</summary>
    bool Step(ref LexiconCursor cursor, char c);

    /// <summary>Frequency at the cursor: positive for a word, zero for a mere prefix.</summary>
    int Frequency(in LexiconCursor cursor);

    /// <summary>Log of <see cref="Frequency"/>, or zero when that is zero.</summary>
    double LogFrequency(in LexiconCursor cursor);

    /// <summary>Whether a word the HMM proposes must be broken into characters (deleted words).</summary>
    bool IsForcedSplit(ReadOnlySpan<char> word);
}

internal static class LexiconExtensions
{
    /// <summary>jieba's <c>FREQ.get(word)</c>: null when the text is neither a word nor a prefix of one.</summary>
    public static int? Lookup<TLexicon>(this TLexicon lexicon, ReadOnlySpan<char> word) where TLexicon : ILexicon
    {
        if (word.IsEmpty)
            return null;
        var cursor = lexicon.Start;
        foreach (var c in word)
        {
            if (!lexicon.Step(ref cursor, c))
                return null;
        }
        return lexicon.Frequency(cursor);
    }

    /// <summary>Whether the text is a word with a positive frequency (jieba's truthiness test on <c>FREQ.get</c>).</summary>
    public static bool IsWord<TLexicon>(this TLexicon lexicon, ReadOnlySpan<char> word) where TLexicon : ILexicon
        => lexicon.Lookup(word) > 0;
}
