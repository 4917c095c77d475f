using System.Diagnostics.Contracts;
using System.Runtime.InteropServices;

namespace PerfEvalIngest.Segmentation;

/// <summary>
/// jieba's TF-IDF keyword extraction (<c>jieba.analyse.extract_tags</c> without part-of-speech filtering): words of
/// at least two characters that are not stop words, weighted by their share of those words times their IDF.
/// Immutable and thread-safe.
/// </summary>
public sealed class TfIdfKeywordExtractor
{
    private readonly HashSet<string> _stopWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopWordLookup;

    public JiebaSegmenter Segmenter { get; }

    public IdfTable Idf { get; }

    public IReadOnlySet<string> StopWords => _stopWords;

    public TfIdfKeywordExtractor(JiebaSegmenter segmenter, IdfTable idf, IEnumerable<string> stopWords)
    {
        Segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
        Idf = idf ?? throw new ArgumentNullException(nameof(idf));
        _stopWords = new HashSet<string>(stopWords, StringComparer.Ordinal);
        _stopWordLookup = _stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>An extractor over <paramref name="segmenter"/> with the IDF table and stop words of a segmentation data
    /// folder (<see cref="JiebaFiles"/>).</summary>
    public static TfIdfKeywordExtractor Load(JiebaSegmenter segmenter, string directory)
        => new(segmenter, IdfTable.Load(Path.Combine(directory, JiebaFiles.Idf)), ReadStopWords(Path.Combine(directory, JiebaFiles.StopWords)));

    /// <summary>One stop word per line, as jieba's <c>set_stop_words</c> reads them.</summary>
    public static IReadOnlyList<string> ReadStopWords(string path)
        => File.ReadAllText(path).Split(['\r', '\n'], StringSplitOptions.None).Where(w => w.Length > 0).ToArray();

    /// <summary>jieba's <c>set_stop_words</c>: the extractor with more stop words (added to, not replacing, the current ones).</summary>
    [Pure]
    public TfIdfKeywordExtractor WithStopWords(IEnumerable<string> more) => new(Segmenter, Idf, _stopWords.Concat(more));

    /// <summary>
    /// The <paramref name="topK"/> heaviest keywords, heaviest first; words of equal weight keep the order in which
    /// they first occur, as jieba's stable sort leaves them. A <paramref name="topK"/> of zero returns them all.
    /// </summary>
    public IReadOnlyList<Keyword> ExtractTags(string text, int topK = 20)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(topK);
        return Rank(CountTerms(text), topK);
    }

    /// <summary>How often each candidate word occurs in <paramref name="text"/>, in the order of first occurrence.
    /// Text joined at a line break counts as the sum of its pieces: the cutter never joins words across one.</summary>
    public Dictionary<string, int> CountTerms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = Segmenter.Normalize(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Segmenter.Segment(normalized, SegmentMode.Precise, hmm: true, new TermCounter(this, normalized, counts));
        return counts;
    }

    /// <summary>The <paramref name="topK"/> heaviest of counted words (all of them for zero) that <paramref name="keep"/>
    /// accepts (all when it is null), heaviest first, ties in the counts' order.</summary>
    public IReadOnlyList<Keyword> Rank(Dictionary<string, int> counts, int topK, Func<string, bool>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentOutOfRangeException.ThrowIfNegative(topK);
        double total = 0;
        foreach (var count in counts.Values)
            total += count;
        double Weight(string word, int count) => count * (Idf[word] / total);
        // Dictionary enumeration follows insertion order while nothing is removed: the order of first occurrence.
        if (topK == 0)
        {
            var keywords = new List<Keyword>(counts.Count);
            foreach (var (word, count) in counts)
                if (keep == null || keep(word))
                    keywords.Add(new Keyword(word, Weight(word, count)));
            return keywords.OrderByDescending(k => k.Weight).ToArray();
        }
        // A word that would not outweigh the lightest chosen one even with the table's greatest IDF is passed over
        // without looking up its own (most words of a long section occur once): its weight, count × (IDF / total),
        // cannot exceed count × (greatest IDF / total), as both steps round monotonically.
        var bound = Idf.Max / total;
        var top = new TopKeywords(topK);
        foreach (var (word, count) in counts)
        {
            if (!top.Admits(count * bound)) continue;
            var weight = Weight(word, count);
            if (!top.Admits(weight) || (keep != null && !keep(word))) continue;
            top.Add(new Keyword(word, weight));
        }
        return top.ToArray();
    }

    /// <summary>Whether a word counts as a keyword candidate: jieba drops words under two characters once trimmed,
    /// and stop words in lower case.</summary>
    internal bool IsCandidate(ReadOnlySpan<char> word) => CodePointCount(Trim(word)) >= 2 && !IsStopWord(word);

    private bool IsStopWord(ReadOnlySpan<char> word)
    {
        // Most words are all Han characters, or ASCII without capitals, which lower case leaves as they are: they
        // are looked up as they stand, without the culture data lower-casing the rest needs.
        if (!word.ContainsAnyExceptInRange('\u4E00', '\u9FFF') || (System.Text.Ascii.IsValid(word) && !word.ContainsAnyInRange('A', 'Z')))
            return _stopWordLookup.Contains(word);
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return _stopWordLookup.Contains(lower);
    }

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> word)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && CharClasses.IsPythonWhitespace(word[start]))
            start++;
        while (end > start && CharClasses.IsPythonWhitespace(word[end - 1]))
            end--;
        return word[start..end];
    }

    private static int CodePointCount(ReadOnlySpan<char> word)
    {
        var count = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (!(char.IsLowSurrogate(word[i]) && i > 0 && char.IsHighSurrogate(word[i - 1])))
                count++;
        }
        return count;
    }

    /// <summary>Counts candidate words (<see cref="IsCandidate"/>).</summary>
    private sealed class TermCounter(TfIdfKeywordExtractor extractor, string text, Dictionary<string, int> counts) : TokenSink
    {
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();

        public override void Add(int start, int end)
        {
            var word = text.AsSpan(start, end - start);
            if (!extractor.IsCandidate(word))
                return;
            // Looked up as a view of the text: a string is made only for a word the paragraph has not had yet.
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_lookup, word, out _);
            count++;
        }

        public override void AddJoined(ReadOnlySpan<int> pieces) => throw new InvalidOperationException("precise mode never joins pieces");
    }
}
