namespace PerfEvalIngest.Segmentation;

/// <summary>
/// Inverse document frequencies for TF-IDF keywords (jieba's analyse/idf.txt), with the median IDF that stands in
/// for words the table lacks. The file lists its words in ordinal order (models/jieba/make-data.py), so they stay in
/// its character pool and a word is found by binary search: building 270,000 strings and a dictionary of them was a
/// fifth of the processor time of a one-file check. Immutable and thread-safe.
/// </summary>
public sealed class IdfTable
{
    private const string Magic = "JBIDFTAB";
    private const int Version = 2;

    private readonly char[] _pool;
    private readonly int[] _offsets;
    private readonly double[] _values;

    /// <summary>The IDF given to a word the table does not have: the middle of the sorted values, as jieba takes it.</summary>
    public double Median { get; }

    public int Count => _values.Length;

    private IdfTable(char[] pool, int[] offsets, double[] values, double median)
    {
        _pool = pool;
        _offsets = offsets;
        _values = values;
        Median = median;
    }

    public static IdfTable Load(string path)
    {
        using var file = BinaryDataFile.Open(path, Magic, Version);
        var count = file.ReadInt32();
        var median = file.ReadDouble();
        var poolLength = file.ReadInt32();
        file.AlignTo(8);
        var values = file.ReadArray<double>(count);
        var offsets = file.ReadArray<int>(count + 1);
        var pool = file.ReadArray<char>(poolLength);
        if (offsets[0] != 0 || offsets[count] != poolLength)
            throw new InvalidDataException($"{path}: word offsets do not cover the character pool");
        var table = new IdfTable(pool, offsets, values, median);
        // Checked once, since a search in words out of order would miss silently: offsets ascend, words strictly.
        for (var i = 0; i < count; i++)
            if (offsets[i + 1] < offsets[i] || (i > 0 && table.Word(i - 1).SequenceCompareTo(table.Word(i)) >= 0))
                throw new InvalidDataException($"{path}: the words are not in strictly ascending ordinal order at word {i}");
        return table;
    }

    /// <summary>The word's IDF, or <see cref="Median"/> when the table does not have it.</summary>
    public double this[ReadOnlySpan<char> word] => IndexOf(word) is >= 0 and var at ? _values[at] : Median;

    public bool Contains(ReadOnlySpan<char> word) => IndexOf(word) >= 0;

    private ReadOnlySpan<char> Word(int index) => _pool.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    private int IndexOf(ReadOnlySpan<char> word)
    {
        int low = 0, high = _values.Length - 1;
        while (low <= high)
        {
            int middle = low + (high - low) / 2;
            int order = Word(middle).SequenceCompareTo(word);
            if (order == 0) return middle;
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }
}
