using PerfEvalIngest.Batch;
using BenchmarkDotNet.Attributes;
using PerfEvalIngest.Facts;
using PerfEvalIngest.Facts.Statements;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Benchmarks.Pipeline;

/// <summary>
/// What the statement step costs against the pipeline after reading: documents are read once in setup (the real
/// pool, ../real-pool or PERFEVAL_REAL, where present; the corpus otherwise), then <see cref="AfterReading"/>
/// (structure, facts with statements, rubric, checks) is the baseline and <see cref="StatementsOnly"/> reads every
/// paragraph's statements from its facts again. Their ratio is the step's share of the pipeline after reading.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class StatementStepBenchmarks
{
    private ReportPipeline _pipeline = null!;
    private StatementReader _statements = null!;
    private List<Document> _documents = null!;
    private List<FactSet> _facts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = ReportPipeline.CreateDefault();
        _statements = StatementReader.Load();
        var real = Environment.GetEnvironmentVariable("PERFEVAL_REAL") is { Length: > 0 } set ? set
            : Path.GetFullPath(Path.Combine(BenchmarkPaths.Root, "..", "real-pool"));
        var folder = Directory.Exists(real) ? real : Path.Combine(BenchmarkPaths.Root, "corpus");
        var (inputs, _) = InputDiscovery.Discover([folder]);
        _documents = [];
        foreach (var input in inputs)
        {
            var reader = _pipeline.ReaderFor(input.Path);
            if (reader == null) continue;
            var (file, _) = PerfEvalIngest.Ingest.SourceFile.Load(input.Path, 64L << 20);
            if (file == null) continue;
            var document = reader.Read(file);
            if (!document.Failed) _documents.Add(document);
        }
        _facts = _documents.Select(d => _pipeline.Facts.Extract(_pipeline.Structure.Analyze(d))).ToList();
        Console.WriteLine($"// {_documents.Count} documents from {folder}");
    }

    [Benchmark(Baseline = true)]
    public int AfterReading()
    {
        int findings = 0;
        foreach (var document in _documents)
            findings += _pipeline.Run(document, "bench", new ReportOptions()).Findings.Count;
        return findings;
    }

    [Benchmark]
    public int StatementsOnly()
    {
        int count = 0;
        foreach (var set in _facts)
            foreach (var paragraph in set.Structure.Document.Paragraphs)
            {
                var facts = set.InBlock(paragraph.Index).ToList();
                count += _statements.Read(paragraph.Text, facts, paragraph.Location, paragraph.Index).Count();
            }
        return count;
    }
}
