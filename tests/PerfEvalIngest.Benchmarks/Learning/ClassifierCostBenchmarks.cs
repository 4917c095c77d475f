using PerfEvalIngest.Batch;
using BenchmarkDotNet.Attributes;
using PerfEvalIngest.Learning;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Segmentation;
using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Benchmarks.Learning;

/// <summary>
/// What the learned models and the segmentation stage cost: the pipeline after reading with the rules only is the
/// baseline; <see cref="WithModels"/> is the same pipeline with the two classifiers (loaded in setup);
/// <see cref="SectionKeywordsOnly"/> is the segmentation stage alone on the same documents' structures; and
/// <see cref="LoadModels"/> loads both model files; <see cref="ClassifiersOnly"/> builds every document's samples and
/// asks both models (the kind model too, which the pipeline asks only where no rule fired); <see cref="WholePipeline"/>
/// reads the files again and runs everything, the cost a report has in a batch. Documents: the real pool
/// (../real-pool or PERFEVAL_REAL) where present, the corpus otherwise, read once in setup.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class ClassifierCostBenchmarks
{
    private ReportPipeline _rules = null!, _models = null!;
    private List<Document> _documents = null!;
    private List<StructuredDocument> _structures = null!;
    private string _kindModel = null!, _sectionModel = null!;
    private List<string> _paths = null!;
    private LinearTextModel _kind = null!, _section = null!;
    private ClassifierFeatures _features = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rules = ReportPipeline.CreateDefault(learnedModels: false);
        _models = ReportPipeline.CreateDefault();
        var real = Environment.GetEnvironmentVariable("PERFEVAL_REAL") is { Length: > 0 } set ? set
            : Path.GetFullPath(Path.Combine(BenchmarkPaths.Root, "..", "real-pool"));
        var folder = Directory.Exists(real) ? real : Path.Combine(BenchmarkPaths.Root, "corpus");
        var (inputs, _) = InputDiscovery.Discover([folder]);
        _documents = [];
        _paths = [];
        foreach (var input in inputs)
        {
            var reader = _rules.ReaderFor(input.Path);
            if (reader == null) continue;
            var (file, _) = PerfEvalIngest.Ingest.SourceFile.Load(input.Path, 64L << 20);
            if (file == null) continue;
            var document = reader.Read(file);
            if (document.Failed) continue;
            _documents.Add(document);
            _paths.Add(input.Path);
        }
        _structures = _documents.Select(_rules.Structure.Analyze).ToList();
        foreach (var d in _documents) _models.Run(d, "warm", new ReportOptions());
        _kindModel = Path.Combine(BenchmarkPaths.Root, "models", "ml", "document-kind.json");
        _sectionModel = Path.Combine(BenchmarkPaths.Root, "models", "ml", "section-category.json");
        _kind = LinearTextModel.Load(_kindModel);
        _section = LinearTextModel.Load(_sectionModel);
        _features = new ClassifierFeatures(_rules.Keywords.Segmenter);
        Console.WriteLine($"// {_documents.Count} documents from {folder}");
    }

    [Benchmark(Baseline = true)]
    public int RulesOnly() => _documents.Sum(d => _rules.Run(d, "bench", new ReportOptions()).Findings.Count);

    [Benchmark]
    public int WithModels() => _documents.Sum(d => _models.Run(d, "bench", new ReportOptions()).Findings.Count);

    [Benchmark]
    public int SectionKeywordsOnly() => _structures.Sum(s => _rules.Keywords.Extract(s).ByHeading.Count);

    [Benchmark]
    public int ClassifiersOnly()
    {
        int n = 0;
        foreach (var s in _structures)
        {
            n += _kind.Predict([ClassifierInputs.Kind(_features, s)]).Count;
            var samples = Enumerable.Range(0, s.Outline.Count).Where(i => s.Outline[i].Level <= 1).Select(i =>
            {
                var (part, body) = ClassifierInputs.SectionContext(s.Document.Blocks, s.Outline, i);
                return _features.Section(s.Metadata.DocumentKind, s.Outline[i].Title, part, body);
            }).ToList();
            n += _section.Predict(samples).Count;
        }
        return n;
    }

    [Benchmark]
    public int WholePipeline() => _paths.Sum(p => _models.Run(p, "bench", new ReportOptions()).Findings.Count);

    [Benchmark]
    public int LoadModels() => LinearTextModel.Load(_kindModel).Labels.Count + LinearTextModel.Load(_sectionModel).Labels.Count;
}
