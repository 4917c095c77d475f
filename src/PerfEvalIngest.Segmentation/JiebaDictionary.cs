namespace PerfEvalIngest.Segmentation;

/// <summary>
/// jieba's shared knowledge: the prefix dictionary with its word frequencies, and the character HMM for words the
/// dictionary lacks. Immutable once loaded, so one instance serves every segmenter on every thread; load it once
/// per process (about 5 MB on disk, some 15 MB in memory).
/// </summary>
public sealed class JiebaDictionary
{
    internal PrefixTrie Trie { get; }

    internal CharacterHmm Hmm { get; }

    internal SingleCharacterStrings Strings { get; } = new();

    /// <summary>Sum of the frequencies of every dictionary line (jieba's <c>total</c>).</summary>
    public long Total => Trie.Total;

    private JiebaDictionary(PrefixTrie trie, CharacterHmm hmm)
    {
        Trie = trie;
        Hmm = hmm;
    }

    /// <summary>Loads dict.bin and hmm.bin from <paramref name="directory"/>.</summary>
    public static JiebaDictionary Load(string directory)
        => new(PrefixTrie.Load(Path.Combine(directory, JiebaFiles.PrefixDictionary)),
               CharacterHmm.Load(Path.Combine(directory, JiebaFiles.Hmm)));

    /// <summary>
    /// The frequency of <paramref name="word"/>: positive for a word, zero for a prefix of a longer word only,
    /// null when it is neither (jieba's <c>FREQ.get(word)</c>).
    /// </summary>
    public int? GetFrequency(string word)
    {
        var node = Trie.Find(word);
        return node == PrefixTrie.None ? null : Trie.Frequency(node);
    }
}
