using System.Diagnostics.Contracts;

namespace PerfEvalIngest.Segmentation;

/// <summary>
/// A jieba 0.42.1-compatible word segmenter: same words, same order, in precise, full and search mode, with or
/// without the HMM, including user dictionaries and frequency suggestion.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Methods that change the vocabulary (<see cref="AddWord"/>, <see cref="DelWord"/>,
/// <see cref="LoadUserDict(string)"/>, <see cref="TuneFreq(string)"/>) leave this instance alone and return a new
/// segmenter that shares the loaded <see cref="JiebaDictionary"/>, the way immutable collections return new ones.</para>
/// <para>With <see cref="NormalizesWidth"/> (the default), full-width digits, Latin letters and <c>＋＃＆．＿％－</c> are
/// read as their ASCII forms, so "２０２３年" is cut like "2023年"; tokens still carry the original text and offsets.
/// Words added to the vocabulary are normalised the same way.</para>
/// <para>Differences from the reference, all deliberate: user additions belong to one segmenter rather than to the
/// process; full mode does not emit the empty strings jieba emits around whitespace; offsets count UTF-16 units.</para>
/// </remarks>
public sealed class JiebaSegmenter
{
    private readonly UserWords _user;

    public JiebaDictionary Dictionary { get; }

    public bool NormalizesWidth { get; }

    /// <summary>jieba's <c>total</c>: the dictionary's total plus the frequency of every word added since.</summary>
    public long Total => Dictionary.Total + _user.TotalDelta;

    public JiebaSegmenter(JiebaDictionary dictionary, bool normalizeWidth = true)
        : this(dictionary, UserWords.Empty, normalizeWidth)
    {
    }

    private JiebaSegmenter(JiebaDictionary dictionary, UserWords user, bool normalizeWidth)
    {
        Dictionary = dictionary ?? throw new ArgumentNullException(nameof(dictionary));
        _user = user;
        NormalizesWidth = normalizeWidth;
    }

    /// <summary>Words with their offsets into <paramref name="text"/>; <paramref name="hmm"/> has no effect in full mode, as in jieba.</summary>
    public IReadOnlyList<Token> Tokenize(string text, SegmentMode mode = SegmentMode.Precise, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var tokens = new PooledBuffer<Token>(EstimatedTokenCount(text));
        Segment(Normalize(text), mode, hmm, new TokenCollector(text, Dictionary.Strings, tokens));
        return tokens.ToArray();
    }

    /// <summary>jieba's <c>lcut(text, cut_all, HMM)</c>.</summary>
    public IReadOnlyList<string> Cut(string text, bool cutAll = false, bool hmm = true)
        => Words(text, cutAll ? SegmentMode.Full : SegmentMode.Precise, hmm);

    /// <summary>jieba's <c>lcut_for_search(text, HMM)</c>.</summary>
    public IReadOnlyList<string> CutForSearch(string text, bool hmm = true) => Words(text, SegmentMode.Search, hmm);

    /// <summary>The word boundaries only, as ranges into <paramref name="text"/>.</summary>
    public IReadOnlyList<Range> CutRanges(string text, SegmentMode mode = SegmentMode.Precise, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var ranges = new PooledBuffer<Range>(EstimatedTokenCount(text));
        Segment(Normalize(text), mode, hmm, new RangeCollector(ranges));
        return ranges.ToArray();
    }

    /// <summary>jieba's <c>FREQ.get(word)</c>: null when the word is neither a word nor a prefix of one.</summary>
    public int? GetFrequency(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return new LayeredLexicon(Dictionary.Trie, _user).Lookup(Normalize(word));
    }

    /// <summary>The part-of-speech tag given to a user word, if any (jieba's <c>user_word_tag_tab</c>).</summary>
    public string? GetUserTag(string word) => _user.Tag(Normalize(word));

    /// <summary>
    /// jieba's <c>add_word</c>. Without a frequency, one is suggested that makes the word win over its parts
    /// (<see cref="SuggestFreq(string)"/>); a frequency of zero deletes the word.
    /// </summary>
    [Pure]
    public JiebaSegmenter AddWord(string word, int? frequency = null, string? tag = null)
        => AddWords([new UserDictionaryEntry(word, frequency, tag)]);

    /// <summary>jieba's <c>del_word</c>: frequency zero, and the HMM may no longer propose the word either.</summary>
    [Pure]
    public JiebaSegmenter DelWord(string word) => AddWord(word, 0);

    /// <summary>jieba's <c>load_userdict</c> for a file in its user-dictionary format.</summary>
    [Pure]
    public JiebaSegmenter LoadUserDict(string path) => AddWords(UserDictionaryReader.Read(path));

    /// <summary>jieba's <c>load_userdict</c> for an open stream in its user-dictionary format.</summary>
    [Pure]
    public JiebaSegmenter LoadUserDict(Stream stream) => AddWords(UserDictionaryReader.Read(stream));

    /// <summary>This segmenter with the budget-performance terms of a segmentation data folder loaded
    /// (<see cref="JiebaFiles.BudgetUserDictionary"/>).</summary>
    [Pure]
    public JiebaSegmenter WithBudgetTerms(string directory) => LoadUserDict(Path.Combine(directory, JiebaFiles.BudgetUserDictionary));

    /// <summary>Adds the entries in order; an entry without a frequency is suggested one from all that precede it.</summary>
    [Pure]
    internal JiebaSegmenter AddWords(IEnumerable<UserDictionaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var builder = _user.ToBuilder();
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry.Word);
            var word = Normalize(entry.Word);
            var frequency = entry.Frequency ?? FrequencySuggestion.Joined(Dictionary, builder.View(), word);
            builder.Add(word, frequency, entry.Tag);
        }
        return new JiebaSegmenter(Dictionary, builder.ToImmutable(), NormalizesWidth);
    }

    /// <summary>
    /// jieba's <c>suggest_freq(word)</c>: a frequency high enough for <paramref name="word"/> to be cut as one word
    /// (without the HMM), and never below its current one.
    /// </summary>
    public int SuggestFreq(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return FrequencySuggestion.Joined(Dictionary, _user, Normalize(word));
    }

    /// <summary>
    /// jieba's <c>suggest_freq(segments)</c>: a frequency low enough for the concatenation of
    /// <paramref name="segments"/> to be cut into them, and never above its current one.
    /// </summary>
    public int SuggestFreq(IReadOnlyList<string> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        return FrequencySuggestion.Split(Dictionary, _user, [.. segments.Select(Normalize)]);
    }

    /// <summary>jieba's <c>suggest_freq(word, tune=True)</c>: the segmenter with the suggested frequency applied.</summary>
    [Pure]
    public JiebaSegmenter TuneFreq(string word) => AddWord(word, SuggestFreq(word));

    /// <summary>jieba's <c>suggest_freq(segments, tune=True)</c>: the segmenter with the suggested frequency applied.</summary>
    [Pure]
    public JiebaSegmenter TuneFreq(IReadOnlyList<string> segments) => AddWord(string.Concat(segments), SuggestFreq(segments));

    internal string Normalize(string text) => NormalizesWidth ? WidthNormalizer.Normalize(text) : text;

    /// <summary>Cuts already-normalised text into <paramref name="sink"/>.</summary>
    internal void Segment(string normalized, SegmentMode mode, bool hmm, TokenSink sink)
    {
        if (_user.IsEmpty)
            Segment(normalized, mode, hmm, new SharedLexicon(Dictionary.Trie), Dictionary.Hmm, sink);
        else
            Segment(normalized, mode, hmm, new LayeredLexicon(Dictionary.Trie, _user), Dictionary.Hmm, sink);
    }

    internal static void Segment<TLexicon>(string normalized, SegmentMode mode, bool hmm, TLexicon lexicon, CharacterHmm model, TokenSink sink)
        where TLexicon : ILexicon
    {
        var hmmModel = hmm ? model : null;
        if (mode == SegmentMode.Search)
            TextCutter.Cut(normalized, SegmentMode.Precise, lexicon, hmmModel, new SearchExpander<TLexicon>(normalized, lexicon, sink));
        else
            TextCutter.Cut(normalized, mode, lexicon, hmmModel, sink);
    }

    private IReadOnlyList<string> Words(string text, SegmentMode mode, bool hmm)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var words = new PooledBuffer<string>(EstimatedTokenCount(text));
        Segment(Normalize(text), mode, hmm, new StringCollector(text, Dictionary.Strings, words));
        return words.ToArray();
    }

    /// <summary>Chinese text has somewhat more than one token per two characters; the buffer grows from there if needed.</summary>
    private static int EstimatedTokenCount(string text) => text.Length / 2 + 16;
}
