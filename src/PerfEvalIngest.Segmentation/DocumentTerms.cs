using System.Runtime.InteropServices;

namespace PerfEvalIngest.Segmentation;

/// <summary>
/// TF-IDF keywords of the parts of one document, each ranked as <see cref="TfIdfKeywordExtractor.Rank"/> ranks a
/// part's counts: the candidate words of each text counted once (<see cref="Count"/>), parts made of texts added
/// together (<see cref="Add"/>), and each part's heaviest words taken (<see cref="TakeTop"/>). A document's sections
/// nest, so a text is counted into every section above it: here each word of the document is numbered once, and its
/// IDF and whether it may be a keyword worked out once, when first needed, so adding a text to a part is adding
/// numbers, not merging dictionaries of strings and weighing every word again. Not thread-safe: one per document.
/// </summary>
public sealed class DocumentTerms
{
    private readonly TfIdfKeywordExtractor _extractor;
    private readonly Func<string, bool>? _keep;
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _words = [];
    private readonly List<double> _idf = [];

    /// <summary>Whether <see cref="_keep"/> accepts a word: 0 not yet asked, 1 yes, 2 no.</summary>
    private readonly List<byte> _kept = [];

    // One text's counts while it is cut, and the part's while texts are added to it, by word number, with the
    // words in the order they first came.
    private int[] _textCounts = new int[256];
    private readonly List<int> _textOrder = [];
    private int[] _partCounts = new int[256];
    private readonly List<int> _partOrder = [];

    /// <param name="keep">Which words may be keywords (all when null), asked once per word.</param>
    public DocumentTerms(TfIdfKeywordExtractor extractor, Func<string, bool>? keep = null)
    {
        _extractor = extractor ?? throw new ArgumentNullException(nameof(extractor));
        _keep = keep;
        _lookup = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The candidate words of <paramref name="text"/> with their counts, in the order of first occurrence,
    /// as <see cref="TfIdfKeywordExtractor.CountTerms"/> counts them, each word by its number in this document.</summary>
    public IReadOnlyList<(int Word, int Count)> Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = _extractor.Segmenter.Normalize(text);
        _extractor.Segmenter.Segment(normalized, SegmentMode.Precise, hmm: true, new Numbering(this, normalized));
        var counts = new (int Word, int Count)[_textOrder.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            var word = _textOrder[i];
            counts[i] = (word, _textCounts[word]);
            _textCounts[word] = 0;
        }
        _textOrder.Clear();
        return counts;
    }

    /// <summary>Adds a text's counts to the part being ranked.</summary>
    public void Add(IReadOnlyList<(int Word, int Count)> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        foreach (var (word, count) in counts)
        {
            if (_partCounts[word] == 0)
                _partOrder.Add(word);
            _partCounts[word] += count;
        }
    }

    /// <summary>
    /// The <paramref name="topK"/> heaviest words of the part added so far that the document's filter keeps,
    /// heaviest first, ties in the order of first occurrence; the part is then empty for the next. Words are chosen
    /// as <see cref="TfIdfKeywordExtractor.Rank"/> chooses them, with the same arithmetic.
    /// </summary>
    public IReadOnlyList<Keyword> TakeTop(int topK)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(topK);
        double total = 0;
        foreach (var word in _partOrder)
            total += _partCounts[word];
        var bound = _extractor.Idf.Max / total;
        var top = new TopKeywords(topK);
        foreach (var word in _partOrder)
        {
            var count = _partCounts[word];
            _partCounts[word] = 0;
            if (!top.Admits(count * bound)) continue;
            var weight = count * (Idf(word) / total);
            if (!top.Admits(weight) || !Kept(word)) continue;
            top.Add(new Keyword(_words[word], weight));
        }
        _partOrder.Clear();
        return top.ToArray();
    }

    /// <summary>The word's IDF, looked up when first needed: most words of a long part are passed over by the bound
    /// without it, and a lookup in the 270,000-word table costs a few cache misses.</summary>
    private double Idf(int word)
    {
        var idf = _idf[word];
        if (double.IsNaN(idf)) _idf[word] = idf = _extractor.Idf[_words[word]];
        return idf;
    }

    private bool Kept(int word)
    {
        if (_keep == null) return true;
        if (_kept[word] == 0) _kept[word] = _keep(_words[word]) ? (byte)1 : (byte)2;
        return _kept[word] == 1;
    }

    private int Number(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out _, out var number))
            return number;
        var text = word.ToString();
        number = _words.Count;
        _numbers.Add(text, number);
        _words.Add(text);
        _idf.Add(double.NaN);
        _kept.Add(0);
        if (number >= _textCounts.Length)
        {
            Array.Resize(ref _textCounts, _textCounts.Length * 2);
            Array.Resize(ref _partCounts, _partCounts.Length * 2);
        }
        return number;
    }

    /// <summary>Counts a text's candidate words by number.</summary>
    private sealed class Numbering(DocumentTerms terms, string text) : TokenSink
    {
        public override void Add(int start, int end)
        {
            var word = text.AsSpan(start, end - start);
            if (!terms._extractor.IsCandidate(word))
                return;
            var number = terms.Number(word);
            ref var count = ref terms._textCounts[number];
            if (count == 0)
                terms._textOrder.Add(number);
            count++;
        }

        public override void AddJoined(ReadOnlySpan<int> pieces) => throw new InvalidOperationException("precise mode never joins pieces");
    }
}
