namespace PerfEvalIngest.Segmentation;

/// <summary>
/// Inverse document frequencies for TF-IDF keywords (jieba's analyse/idf.txt), with the median IDF that stands in
/// for words the table lacks. The words stay in the file's character pool and are found through the open-addressing
/// hash table the file carries (models/jieba/make-data.py): building 270,000 strings and a dictionary of them was a
/// fifth of the processor time of a one-file check, and a binary search over them, a cache miss per step, was a
/// twentieth of a text batch. Immutable and thread-safe.
/// </summary>
public sealed class IdfTable
{
    private const string Magic = "JBIDFTAB";
    private const int Version = 3;

    private readonly char[] _pool;
    private readonly int[] _offsets;
    private readonly double[] _values;
    private readonly int[] _slots;

    /// <summary>The IDF given to a word the table does not have: the middle of the sorted values, as jieba takes it.</summary>
    public double Median { get; }

    /// <summary>The greatest IDF the table gives any word, <see cref="Median"/> included: a bound that lets a ranking
    /// pass over words that could not outweigh those it has chosen without looking them up.</summary>
    public double Max { get; }

    public int Count => _values.Length;

    private IdfTable(char[] pool, int[] offsets, double[] values, int[] slots, double median)
    {
        _pool = pool;
        _offsets = offsets;
        _values = values;
        _slots = slots;
        Median = median;
        Max = median;
        foreach (var value in values)
            Max = Math.Max(Max, value);
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
        file.AlignTo(4);
        var slotCount = file.ReadInt32();
        if (slotCount <= count || !int.IsPow2(slotCount))
            throw new InvalidDataException($"{path}: the hash table has {slotCount} slots for {count} words");
        var slots = file.ReadArray<int>(slotCount);
        if (offsets[0] != 0 || offsets[count] != poolLength)
            throw new InvalidDataException($"{path}: word offsets do not cover the character pool");
        // Checked once, since a probe past the tables would fail only on the word that reaches it.
        for (var i = 0; i < count; i++)
            if (offsets[i + 1] < offsets[i])
                throw new InvalidDataException($"{path}: the word offsets descend at word {i}");
        foreach (var slot in slots)
            if ((uint)slot > (uint)count)
                throw new InvalidDataException($"{path}: a hash slot names word {slot - 1} of {count}");
        return new IdfTable(pool, offsets, values, slots, median);
    }

    /// <summary>The word's IDF, or <see cref="Median"/> when the table does not have it.</summary>
    public double this[ReadOnlySpan<char> word] => IndexOf(word) is >= 0 and var at ? _values[at] : Median;

    public bool Contains(ReadOnlySpan<char> word) => IndexOf(word) >= 0;

    internal ReadOnlySpan<char> Word(int index) => _pool.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    internal int IndexOf(ReadOnlySpan<char> word)
    {
        var mask = _slots.Length - 1;
        for (var at = (int)(Hash(word) & (uint)mask); ; at = (at + 1) & mask)
        {
            var slot = _slots[at];
            if (slot == 0) return -1;
            if (Word(slot - 1).SequenceEqual(word)) return slot - 1;
        }
    }

    /// <summary>FNV-1a over the UTF-16 code units, as make-data.py hashes the words into the table.</summary>
    internal static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var unit in word)
            hash = (hash ^ unit) * 16777619u;
        return hash;
    }
}
