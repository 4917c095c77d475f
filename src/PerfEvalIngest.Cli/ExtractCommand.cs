using PerfEvalIngest.Output;

namespace PerfEvalIngest.Cli;

/// <summary>perfeval extract FILE — the report JSON without checks, to standard output.</summary>
internal static class ExtractCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 1 || args[0].StartsWith("--", StringComparison.Ordinal))
            return Usage.Fail(stderr, "extract takes exactly one file");
        if (!File.Exists(args[0])) return Usage.Fail(stderr, $"no such file: {args[0]}");

        var pipeline = ReportPipeline.CreateDefault();
        var result = new BatchRunner(pipeline).RunOne(new BatchInput(args[0], Path.GetFileName(args[0])),
            new ReportOptions(RunChecks: false));
        stdout.Flush();
        using (var stream = Console.OpenStandardOutput())
            stream.Write(ReportJsonWriter.Write(result, includeChecks: false));
        if (result.Failed) stderr.WriteLine($"perfeval: {result.Error!.Code}: {result.Error.Message}");
        return result.Failed ? 2 : 0;
    }
}
