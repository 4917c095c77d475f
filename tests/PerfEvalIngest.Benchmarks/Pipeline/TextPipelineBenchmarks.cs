using PerfEvalIngest.Ingest.Text;
using BenchmarkDotNet.Attributes;
using PerfEvalIngest.Ingest;

namespace PerfEvalIngest.Benchmarks.Pipeline;

/// <summary>
/// Text reports per second on one core: the whole pipeline (decode, read, structure, facts, rubric, checks, JSON)
/// on the seed reports (../shared/seeds, or the corpus where the seeds are absent), against reading alone as the
/// baseline. Reports per second per core = 1 / mean of <see cref="WholePipeline"/> × reports per operation.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class TextPipelineBenchmarks
{
    private ReportPipeline _pipeline = null!;
    private List<(string Name, byte[] Bytes)> _reports = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = ReportPipeline.CreateDefault();
        var root = BenchmarkPaths.Root;
        var seeds = Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"));
        var folder = Directory.Exists(seeds) ? seeds : Path.Combine(root, "corpus", "reports");
        _reports = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), File.ReadAllBytes(p))).ToList();
        Console.WriteLine($"// {_reports.Count} reports per operation from {folder}");
    }

    [Benchmark(Baseline = true)]
    public int ReadOnly()
    {
        int blocks = 0;
        foreach (var (name, bytes) in _reports)
            blocks += TextReportReader.Instance.Read(SourceFile.FromBytes(name, bytes)).Blocks.Count;
        return blocks;
    }

    [Benchmark]
    public int WholePipeline()
    {
        int size = 0;
        foreach (var (name, bytes) in _reports)
        {
            var result = _pipeline.Run(TextReportReader.Instance.Read(SourceFile.FromBytes(name, bytes)), name, new ReportOptions());
            size += Output.ReportJsonWriter.Write(result).Length + Output.ChecklistWriter.Write(result).Length;
        }
        return size;
    }
}
