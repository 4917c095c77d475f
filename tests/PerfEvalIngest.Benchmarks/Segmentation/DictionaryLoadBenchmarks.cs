using BenchmarkDotNet.Attributes;
using PerfEvalIngest.Segmentation;

namespace PerfEvalIngest.Benchmarks.Segmentation;

/// <summary>Loading the shared data: what a process pays once before its first token (measure-load.sh times the whole start).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class DictionaryLoadBenchmarks
{
    private readonly string _directory = PerfEvalIngest.Knowledge.ModelDirectory.File(JiebaFiles.Folder);

    [Benchmark(Description = "dict.bin + hmm.bin")]
    public JiebaDictionary LoadDictionary() => JiebaDictionary.Load(_directory);

    /// <remarks>Returned as object: the table is internal to the library, and the benchmark only needs it kept.</remarks>
    [Benchmark(Description = "idf.bin")]
    public object LoadIdf() => IdfTable.Load(Path.Combine(_directory, JiebaFiles.Idf));
}
