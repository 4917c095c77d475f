using BenchmarkDotNet.Attributes;
using PerfEvalIngest.Segmentation;

namespace PerfEvalIngest.Benchmarks.Segmentation;

/// <summary>
/// Segmentation of one whole text (by default the 1.15 MB mixed text) per operation, in each mode; the MB/s and
/// Alloc/MB columns relate time and allocation to the input size. compare-throughput.sh runs these beside Python
/// jieba and @node-rs/jieba on the same file.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class SegmenterThroughputBenchmarks
{
    private string _text = "";
    private JiebaSegmenter _segmenter = null!;
    private JiebaSegmenter _withUserDictionary = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkText.Load();
        _segmenter = ReportPipeline.LoadSegmenter(budgetTerms: false);
        _withUserDictionary = ReportPipeline.LoadSegmenter();
    }

    [Benchmark(Baseline = true, Description = "precise+HMM tokens")]
    public int PreciseHmm() => _segmenter.Tokenize(_text).Count;

    [Benchmark(Description = "precise+HMM strings (lcut)")]
    public int PreciseHmmStrings() => _segmenter.Cut(_text).Count;

    [Benchmark(Description = "precise+HMM ranges")]
    public int PreciseHmmRanges() => _segmenter.CutRanges(_text).Count;

    [Benchmark(Description = "precise+HMM, budget user dict")]
    public int PreciseHmmUserDictionary() => _withUserDictionary.Tokenize(_text).Count;

    [Benchmark(Description = "precise, no HMM")]
    public int PreciseNoHmm() => _segmenter.Tokenize(_text, hmm: false).Count;

    [Benchmark(Description = "full")]
    public int Full() => _segmenter.Tokenize(_text, SegmentMode.Full).Count;

    [Benchmark(Description = "search")]
    public int Search() => _segmenter.Tokenize(_text, SegmentMode.Search).Count;
}
