using PerfEvalIngest.Ingest.Text;
using PerfEvalIngest.Ingest.Word;
using BenchmarkDotNet.Attributes;
using PerfEvalIngest.Ingest;

namespace PerfEvalIngest.Benchmarks.Ingest;

/// <summary>
/// Word against text on the same reports in the same run: each corpus report as corpus/docx/&lt;id&gt;.docx and as
/// corpus/reports/&lt;id&gt;.txt, read alone and read plus the whole pipeline (structure, facts, rubric, checks,
/// JSON and checklist). The text reader is the baseline, so the Ratio column says how much dearer Word is;
/// reports per second per core = reports per operation / mean.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class DocxReadBenchmarks
{
    private ReportPipeline _pipeline = null!;
    private List<(string Name, byte[] Bytes)> _docx = null!;
    private List<(string Name, byte[] Bytes)> _text = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = ReportPipeline.CreateDefault();
        var corpus = Path.Combine(BenchmarkPaths.Root, "corpus");
        var ids = Directory.GetFiles(Path.Combine(corpus, "docx"), "*.docx").Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal).ToList();
        _docx = ids.Select(id => ($"{id}.docx", File.ReadAllBytes(Path.Combine(corpus, "docx", id + ".docx")))).ToList();
        _text = ids.Select(id => ($"{id}.txt", File.ReadAllBytes(Path.Combine(corpus, "reports", id + ".txt")))).ToList();
        Console.WriteLine($"// {ids.Count} reports per operation in each format");
    }

    [Benchmark(Baseline = true)]
    public int TextRead() => Read(TextReportReader.Instance, _text);

    [Benchmark]
    public int DocxRead() => Read(DocxReportReader.Instance, _docx);

    [Benchmark]
    public int TextPipeline() => Pipeline(TextReportReader.Instance, _text);

    [Benchmark]
    public int DocxPipeline() => Pipeline(DocxReportReader.Instance, _docx);

    private static int Read(IDocumentReader reader, List<(string Name, byte[] Bytes)> reports)
    {
        int blocks = 0;
        foreach (var (name, bytes) in reports) blocks += reader.Read(SourceFile.FromBytes(name, bytes)).Blocks.Count;
        return blocks;
    }

    private int Pipeline(IDocumentReader reader, List<(string Name, byte[] Bytes)> reports)
    {
        int size = 0;
        foreach (var (name, bytes) in reports)
        {
            var result = _pipeline.Run(reader.Read(SourceFile.FromBytes(name, bytes)), name, new ReportOptions());
            size += Output.ReportJsonWriter.Write(result).Length + Output.ChecklistWriter.Write(result).Length;
        }
        return size;
    }
}
