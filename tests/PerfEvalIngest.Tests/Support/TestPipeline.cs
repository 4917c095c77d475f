using PerfEvalIngest.Ingest.Text;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Tests.Support;

/// <summary>One pipeline for the whole test run (it is immutable after loading), and ways to feed it text.</summary>
internal static class TestPipeline
{
    public static ReportPipeline Instance { get; } = ReportPipeline.CreateDefault();

    public static Document Read(string text, string name = "snippet.txt") =>
        TextReportReader.Instance.Read(SourceFile.FromBytes(name, System.Text.Encoding.UTF8.GetBytes(text)));

    public static ReportResult Check(string text, string? rubric = null) =>
        Instance.Run(Read(text), "snippet.txt", new ReportOptions(rubric));

    public static ReportResult CheckFile(string path) =>
        Instance.Run(path, Path.GetFileName(path), new ReportOptions());

    public static string SeedPath(string stem) => Path.Combine(RepositoryPaths.Seeds, stem + ".txt");
}
