using PerfEvalIngest.Batch;
using PerfEvalIngest.Checks;
using PerfEvalIngest.Output;

namespace PerfEvalIngest.Cli;

/// <summary>perfeval check PATH... [-o DIR] [-r ID|FILE] [-j N] [--fail-on error|warning|never] [--json] [--timeout S] [--fresh] [--db postgresql://…]</summary>
internal static class CheckCommand
{
    /// <summary>The check command with its arguments as typed after <c>perfeval check</c>.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        PerfevalCommandLine.Run(["check", .. args], stdout, stderr);

    public static int Execute(IReadOnlyList<string> paths, string outDir, BatchOptions options, int jobs, Severity? failOn, bool json,
        TextWriter stdout, TextWriter stderr, string? db = null)
    {
        var rubric = options.Report.Rubric;
        var (inputs, missing) = InputDiscovery.Discover(paths);
        if (missing.Count > 0)
            return Usage.Fail(stderr, string.Join("\n", missing.Select(m => $"找不到文件或文件夹 / no such file or folder: {m}")));
        if (inputs.Count == 0) return Usage.Fail(stderr, $"没有找到报告 / no reports found ({string.Join(" ", ReportPipeline.ReportExtensions)})");
        if (json && inputs.Count != 1) return Usage.Fail(stderr, "--json 只用于单个文件 / --json needs exactly one file");

        // Readers prepare in the process that reads: with workers, only the batch's text files are read here.
        if (json) OneFileRun.Begin(inputs[0].Path);
        else if (options.Workers == null) ReportPipeline.PrepareReaders(inputs.Select(input => input.Path));
        var pipeline = ReportPipeline.CreateDefault();
        if (rubric != null && pipeline.Rubrics.Find(rubric) == null)
            return Usage.Fail(stderr, $"未知的评分规则 / unknown rubric '{rubric}' (known: {string.Join(", ", pipeline.Rubrics.Rubrics.Select(r => r.Id))})");
        if (!json && OutputProblem(outDir) is { } problem) return Usage.Fail(stderr, problem);
        string? shared = null;
        if (db != null)
        {
            if (json) return Usage.Fail(stderr, "--db 不能与 --json 同用 / --db writes a batch's dataset; it does not go with --json");
            if (!SharedDataset.IsPostgres(db))
                return Usage.Fail(stderr, $"--db 需要 PostgreSQL 地址 / --db takes a PostgreSQL address (postgresql://user:password@host/db): {SharedDataset.Redact(db)}");
            shared = SharedDataset.ConnectionString(db, out var invalid);
            if (invalid != null) return Usage.Fail(stderr, invalid);
            if (SharedDataset.Prepare(shared!) is { } unusable) return Usage.Fail(stderr, unusable);
        }
        var runner = new BatchRunner(pipeline);

        IReadOnlyList<ReportResult> results;
        if (json)
        {
            results = [runner.RunGuarded(inputs[0], options with { Report = OneFileRun.Alone(options.Report) })];
            stdout.Flush();
            using var stream = Console.OpenStandardOutput();
            stream.Write(ReportJsonWriter.Write(results[0]));
        }
        else
        {
            var progress = new ProgressReporter(stderr, Console.IsErrorRedirected);
            results = runner.Run(inputs, options, jobs, outDir, progress.Report);
            progress.Finish(results);
            PrintSummary(stdout, results, outDir);
            if (shared != null)
            {
                var ids = results.Select(DatasetWriter.ReportId).Distinct(StringComparer.Ordinal).ToList();
                var (published, error) = SharedDataset.Publish(shared, Path.Combine(outDir, "dataset.sqlite"), ids);
                if (error != null)
                {
                    stderr.WriteLine(error);
                    return 2;
                }
                stdout.WriteLine($"{published} reports written to the shared database");
            }
        }

        if (results.All(r => r.Failed)) return 2;
        if (failOn is not Severity threshold) return 0;
        bool tripped = results.Any(r => r.Failed || r.Findings.Any(f => f.Severity >= threshold));
        return tripped ? 1 : 0;
    }

    /// <summary>Why the output folder cannot take the results (a file in its place, no permission), found before any
    /// report is checked; null when it can.</summary>
    private static string? OutputProblem(string outDir)
    {
        if (File.Exists(outDir)) return $"--out 指向的是文件而不是文件夹 / --out names a file, not a folder: {outDir}";
        try
        {
            Directory.CreateDirectory(outDir);
            var probe = Path.Combine(outDir, ".perfeval-write-test");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return $"无法写入输出文件夹 / cannot write to the output folder {outDir}: {e.Message}";
        }
    }

    private static void PrintSummary(TextWriter stdout, IReadOnlyList<ReportResult> results, string outDir)
    {
        int failed = results.Count(r => r.Failed);
        int reused = results.Count(r => r.Reused);
        stdout.WriteLine($"{results.Count} files: {results.Count - failed} ok, {failed} failed{(reused > 0 ? $", {reused} unchanged since the last run" : "")}; " +
                         $"{results.Sum(r => r.Count(Severity.Error))} errors, {results.Sum(r => r.Count(Severity.Warning))} warnings, " +
                         $"{results.Sum(r => r.Count(Severity.Info))} notes");
        stdout.WriteLine($"written to {outDir}/ (reports/, checklists/, summary.json, dataset.sqlite)");
    }
}
