using System.Runtime.CompilerServices;

namespace PerfEvalIngest.Segmentation;

/// <summary>
/// jieba's prefix dictionary as a read-only trie: every word and every prefix of a word is a node, and a node's
/// frequency is zero when it is only a prefix. Nodes are numbered breadth-first so that a node's children are one
/// contiguous run sorted by character; only the root, which has thousands of children, gets a direct table.
/// </summary>
internal sealed class PrefixTrie
{
    public const int Root = 0;
    public const int None = -1;

    private const string Magic = "JBPREFIX";
    private const int Version = 1;

    private readonly char[] _labels;
    private readonly int[] _childStart;
    private readonly int[] _frequency;
    private readonly double[] _logFrequency;
    private readonly int[] _rootChildren;

    public long Total { get; }

    private PrefixTrie(char[] labels, int[] childStart, int[] frequency, double[] logFrequency, long total)
    {
        _labels = labels;
        _childStart = childStart;
        _frequency = frequency;
        _logFrequency = logFrequency;
        Total = total;
        _rootChildren = RootTable(labels, childStart);
    }

    public static PrefixTrie Load(string path)
    {
        using var file = BinaryDataFile.Open(path, Magic, Version);
        var nodeCount = file.ReadInt32();
        var total = file.ReadInt64();
        var labels = file.ReadArray<char>(nodeCount);
        file.AlignTo(4);
        var childStart = file.ReadArray<int>(nodeCount + 1);
        var frequency = file.ReadArray<int>(nodeCount);
        file.AlignTo(8);
        // Stored rather than computed: Python's logs, so that every route score matches the reference to the bit.
        var logFrequency = file.ReadArray<double>(nodeCount);
        Validate(path, labels, childStart, frequency);
        return new PrefixTrie(labels, childStart, frequency, logFrequency, total);
    }

    /// <summary>The child of <paramref name="node"/> labelled <paramref name="c"/>, or <see cref="None"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        if (node == Root)
            return _rootChildren[c];
        var lo = _childStart[node];
        var hi = _childStart[node + 1] - 1;
        var labels = _labels;
        while (lo <= hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            var label = labels[mid];
            if (label == c)
                return mid;
            if (label < c)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return None;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Frequency(int node) => _frequency[node];

    /// <summary>Natural log of the node's frequency; zero for a prefix-only node, as jieba scores those as frequency one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double LogFrequency(int node) => _logFrequency[node];

    /// <summary>The node spelling <paramref name="word"/>, or <see cref="None"/> when it is neither a word nor a prefix.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var node = Root;
        foreach (var c in word)
        {
            node = Child(node, c);
            if (node == None)
                return None;
        }
        return word.IsEmpty ? None : node;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] RootTable(char[] labels, int[] childStart)
    {
        var table = new int[char.MaxValue + 1];
        Array.Fill(table, None);
        for (var node = childStart[Root]; node < childStart[Root + 1]; node++)
            table[labels[node]] = node;
        return table;
    }

    /// <summary>Checks the invariants the lookups rely on, since an inconsistent file would read out of bounds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Validate(string path, char[] labels, int[] childStart, int[] frequency)
    {
        var count = labels.Length;
        if (count == 0 || childStart[0] != 1 || childStart[count] != count)
            throw new InvalidDataException($"{path}: trie does not start at its root");
        for (var node = 0; node < count; node++)
        {
            if (childStart[node] > childStart[node + 1] || childStart[node] <= node && childStart[node] != childStart[node + 1])
                throw new InvalidDataException($"{path}: children of node {node} are out of order");
            if (frequency[node] < 0)
                throw new InvalidDataException($"{path}: negative frequency at node {node}");
        }
    }
}
