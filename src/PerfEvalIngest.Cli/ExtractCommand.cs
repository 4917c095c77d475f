using PerfEvalIngest.Ingest;
using PerfEvalIngest.Batch;
using PerfEvalIngest.Output;

namespace PerfEvalIngest.Cli;

/// <summary>perfeval extract FILE — the report JSON without checks, to standard output.</summary>
internal static class ExtractCommand
{
    public static int Execute(string file, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(file)) return Usage.Fail(stderr, $"找不到文件 / no such file: {file}");

        OneFileRun.Begin(file);
        var pipeline = ReportPipeline.CreateDefault();
        var result = new BatchRunner(pipeline).RunOne(new Submission(file, Path.GetFileName(file)), new BatchOptions { Report = OneFileRun.Alone(new ReportOptions(RunChecks: false)) });
        stdout.Flush();
        using (var stream = Console.OpenStandardOutput())
            stream.Write(ReportJsonWriter.Write(result, includeChecks: false));
        if (result.Failed) stderr.WriteLine($"perfeval: {result.Error!.Code}: {result.Error.Message}");
        return result.Failed ? 2 : 0;
    }
}
