namespace PerfEvalIngest.Segmentation;

/// <summary>
/// Words one segmenter adds to the shared dictionary (jieba's <c>add_word</c>, <c>del_word</c>, <c>load_userdict</c>),
/// kept apart so the shared dictionary is never written. A user word's frequency overrides the shared one; its
/// prefixes become prefixes; its frequency is added to the total even when it replaces one, as jieba does.
/// Instances are immutable; <see cref="Builder"/> makes the next one.
/// </summary>
internal sealed class UserWords
{
    public const int Root = 0;
    public const int NoFrequency = -1;

    public static UserWords Empty { get; } = new Builder().ToImmutable();

    private readonly Storage _storage;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _forcedSplitLookup;

    public long TotalDelta { get; }

    /// <summary>Number of additions folded in, counting repeats.</summary>
    public int AdditionCount { get; }

    public bool IsEmpty => AdditionCount == 0;

    public bool HasForcedSplits => _storage.ForcedSplits.Count > 0;

    private UserWords(Storage storage, long totalDelta, int additionCount)
    {
        _storage = storage;
        _forcedSplitLookup = storage.ForcedSplits.GetAlternateLookup<ReadOnlySpan<char>>();
        TotalDelta = totalDelta;
        AdditionCount = additionCount;
    }

    public int Child(int node, char c)
    {
        if (node == Root && (_storage.FirstCharacters[c >> 6] & (1UL << c)) == 0)
            return PrefixTrie.None;
        return _storage.Children.TryGetValue(Key(node, c), out var child) ? child : PrefixTrie.None;
    }

    /// <summary>The frequency the user set at this node, or <see cref="NoFrequency"/> for a prefix the user only implied.</summary>
    public int Frequency(int node) => _storage.Frequency[node];

    public double LogFrequency(int node) => _storage.LogFrequency[node];

    public bool IsForcedSplit(ReadOnlySpan<char> word) => _forcedSplitLookup.Contains(word);

    public string? Tag(string word) => _storage.Tags.GetValueOrDefault(word);

    public Builder ToBuilder() => new(_storage.Clone(), TotalDelta, AdditionCount);

    private static long Key(int node, char c) => ((long)node << 16) | c;

    /// <summary>The trie of user words and prefixes, plus what jieba keeps beside its frequency table.</summary>
    internal sealed class Storage
    {
        public Dictionary<long, int> Children { get; private init; } = [];
        public List<int> Frequency { get; private init; } = [NoFrequency];
        public List<double> LogFrequency { get; private init; } = [0.0];
        public ulong[] FirstCharacters { get; private init; } = new ulong[(char.MaxValue + 1) / 64];
        public HashSet<string> ForcedSplits { get; private init; } = new(StringComparer.Ordinal);
        public Dictionary<string, string> Tags { get; private init; } = new(StringComparer.Ordinal);

        public Storage Clone() => new()
        {
            Children = new Dictionary<long, int>(Children),
            Frequency = [.. Frequency],
            LogFrequency = [.. LogFrequency],
            FirstCharacters = (ulong[])FirstCharacters.Clone(),
            ForcedSplits = new HashSet<string>(ForcedSplits, StringComparer.Ordinal),
            Tags = new Dictionary<string, string>(Tags, StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// Applies additions one after another, each seeing the ones before (jieba suggests a missing frequency from
    /// the dictionary as it stands). Private to one thread while in use.
    /// </summary>
    internal sealed class Builder
    {
        private readonly Storage _storage;
        private long _totalDelta;
        private int _additionCount;

        public Builder() : this(new Storage(), 0, 0)
        {
        }

        internal Builder(Storage storage, long totalDelta, int additionCount)
        {
            _storage = storage;
            _totalDelta = totalDelta;
            _additionCount = additionCount;
        }

        public void Add(string word, int frequency, string? tag)
        {
            if (word.Length == 0)
                throw new ArgumentException("A word cannot be empty.", nameof(word));
            ArgumentOutOfRangeException.ThrowIfNegative(frequency);
            var node = Root;
            foreach (var c in word)
            {
                if (!_storage.Children.TryGetValue(Key(node, c), out var child))
                {
                    child = _storage.Frequency.Count;
                    _storage.Frequency.Add(NoFrequency);
                    _storage.LogFrequency.Add(0.0);
                    _storage.Children.Add(Key(node, c), child);
                }
                node = child;
            }
            _storage.FirstCharacters[word[0] >> 6] |= 1UL << word[0];
            _storage.Frequency[node] = frequency;
            _storage.LogFrequency[node] = frequency > 0 ? Math.Log(frequency) : 0.0;
            _totalDelta += frequency;
            _additionCount++;
            if (!string.IsNullOrEmpty(tag))
                _storage.Tags[word] = tag;
            // jieba never forgets a deleted word: re-adding it later still splits it when the HMM proposes it.
            if (frequency == 0)
                _storage.ForcedSplits.Add(word);
        }

        /// <summary>A view of the additions so far that shares this builder's storage: valid until the next <see cref="Add"/>.</summary>
        public UserWords View() => new(_storage, _totalDelta, _additionCount);

        public UserWords ToImmutable() => new(_storage.Clone(), _totalDelta, _additionCount);
    }
}
