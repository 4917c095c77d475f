namespace PerfEvalIngest.Segmentation;

/// <summary>
/// Inverse document frequencies for TF-IDF keywords (jieba's analyse/idf.txt), with the median IDF that stands in
/// for words the table lacks. Immutable and thread-safe.
/// </summary>
public sealed class IdfTable
{
    private const string Magic = "JBIDFTAB";
    private const int Version = 1;

    private readonly Dictionary<string, double> _idf;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The IDF given to a word the table does not have: the middle of the sorted values, as jieba takes it.</summary>
    public double Median { get; }

    public int Count => _idf.Count;

    private IdfTable(Dictionary<string, double> idf, double median)
    {
        _idf = idf;
        _lookup = idf.GetAlternateLookup<ReadOnlySpan<char>>();
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
        var idf = new Dictionary<string, double>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
            idf[new string(pool, offsets[i], offsets[i + 1] - offsets[i])] = values[i];
        return new IdfTable(idf, median);
    }

    /// <summary>The word's IDF, or <see cref="Median"/> when the table does not have it.</summary>
    public double this[ReadOnlySpan<char> word] => _lookup.TryGetValue(word, out var idf) ? idf : Median;

    public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);
}
