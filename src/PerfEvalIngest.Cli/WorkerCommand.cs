using PerfEvalIngest.Batch;
using PerfEvalIngest.Batch.Workers;

namespace PerfEvalIngest.Cli;

/// <summary>perfeval worker --out DIR [--rubric ID]: checks the files a batch sends on standard input, one per line,
/// and answers each with its dataset rows (<see cref="WorkerServer"/>). Started by <c>check</c>, never by hand.</summary>
internal static class WorkerCommand
{
    /// <summary>Answers go to standard output as UTF-8 bytes, not through a text writer: a report's rows run to hundreds of kilobytes.</summary>
    public static int Execute(string outDir, string? rubric, TextReader stdin)
    {
        using var stdout = Console.OpenStandardOutput();
        return WorkerServer.Serve(stdin, stdout, outDir, new BatchOptions { Report = new ReportOptions(rubric) });
    }

    /// <summary>How this command starts itself: through <c>dotnet</c> when it runs as a framework-dependent assembly
    /// (<c>dotnet perfeval.dll</c>, a test host), as its own program when installed.</summary>
    public static WorkerStart Start()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        // Beside the host's files rather than Assembly.Location, which a program compiled ahead of time does not have.
        var assembly = Path.Combine(AppContext.BaseDirectory, typeof(WorkerCommand).Assembly.GetName().Name + ".dll");
        bool viaDotnet = Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
                         || !Path.GetFileNameWithoutExtension(host).Equals("perfeval", StringComparison.OrdinalIgnoreCase);
        return viaDotnet ? new WorkerStart(viaDotnetHost(host), [assembly]) : new WorkerStart(host, []);

        // A test host or another program hosting the command line: start the assembly with the dotnet on PATH.
        static string viaDotnetHost(string host) =>
            Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? host : "dotnet";
    }
}
