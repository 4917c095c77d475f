using PerfEvalIngest.Ingest.Pdf;
using BenchmarkDotNet.Attributes;
using PerfEvalIngest.Ingest;

namespace PerfEvalIngest.Benchmarks.Pdf;

/// <summary>The PDF reader alone on the corpus PDFs, or on the PDFs under PERFEVAL_PDF_DIR (the real pool's), with
/// `--filter '*PdfReader*'`; pages/s follow from the page count.</summary>
[MemoryDiagnoser]
public class PdfReaderBenchmarks
{
    private SourceFile[] _files = [];

    [GlobalSetup]
    public void Load()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "corpus", "pdf");
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
            if (Directory.Exists(Path.Combine(d.FullName, "corpus", "pdf"))) { dir = Path.Combine(d.FullName, "corpus", "pdf"); break; }
        if (Environment.GetEnvironmentVariable("PERFEVAL_PDF_DIR") is { Length: > 0 } chosen) dir = chosen;
        _files = Directory.GetFiles(dir, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(p => SourceFile.FromBytes(p, File.ReadAllBytes(p))).ToArray();
    }

    [Benchmark]
    public int ReadCorpusPdfs() => _files.Sum(f => PdfReportReader.Instance.Read(f).Blocks.Count);
}
