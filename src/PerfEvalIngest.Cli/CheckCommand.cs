using PerfEvalIngest.Checks;
using PerfEvalIngest.Output;

namespace PerfEvalIngest.Cli;

/// <summary>perfeval check PATH... [--out DIR] [--rubric ID|FILE] [--jobs N] [--fail-on error|warning|never] [--json]</summary>
internal static class CheckCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var paths = new List<string>();
        string outDir = "out";
        string? rubric = null;
        int jobs = Environment.ProcessorCount;
        Severity? failOn = Severity.Error;
        bool json = false;

        for (int i = 0; i < args.Length; i++)
        {
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--out": outDir = Value() ?? ""; if (outDir.Length == 0) return Usage.Fail(stderr, "--out needs a folder"); break;
                case "--rubric": rubric = Value(); if (rubric == null) return Usage.Fail(stderr, "--rubric needs an id or a file"); break;
                case "--jobs":
                    if (!int.TryParse(Value(), out jobs) || jobs < 1) return Usage.Fail(stderr, "--jobs needs a whole number ≥ 1");
                    break;
                case "--fail-on":
                    var level = Value();
                    if (level == "never") failOn = null;
                    else if (level != null && Severities.Parse(level) is Severity s) failOn = s;
                    else return Usage.Fail(stderr, "--fail-on takes error, warning or never");
                    break;
                case "--json": json = true; break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal)) return Usage.Fail(stderr, $"unknown option {args[i]}");
                    paths.Add(args[i]);
                    break;
            }
        }
        if (paths.Count == 0) return Usage.Fail(stderr, "check needs at least one file or folder");

        var (inputs, missing) = BatchInput.Discover(paths);
        foreach (var m in missing) stderr.WriteLine($"perfeval: no such file or folder: {m}");
        if (inputs.Count == 0) return Usage.Fail(stderr, "no reports found (.txt .docx .pdf .xlsx)");
        if (json && inputs.Count != 1) return Usage.Fail(stderr, "--json needs exactly one file");

        var pipeline = ReportPipeline.CreateDefault();
        if (rubric != null && pipeline.Rubrics.Find(rubric) == null)
            return Usage.Fail(stderr, $"unknown rubric '{rubric}' (known: {string.Join(", ", pipeline.Rubrics.Rubrics.Select(r => r.Id))})");
        var options = new ReportOptions(rubric);
        var runner = new BatchRunner(pipeline);

        IReadOnlyList<ReportResult> results;
        if (json)
        {
            results = [runner.RunOne(inputs[0], options)];
            using var stream = Console.OpenStandardOutput();
            stream.Write(ReportJsonWriter.Write(results[0]));
        }
        else
        {
            var progress = new ProgressReporter(stderr, Console.IsErrorRedirected);
            results = runner.Run(inputs, options, jobs, outDir, progress.Report);
            progress.Finish();
            PrintSummary(stdout, results, outDir);
        }

        if (results.All(r => r.Failed)) return 2;
        if (failOn is not Severity threshold) return 0;
        bool tripped = results.Any(r => r.Failed || r.Findings.Any(f => f.Severity >= threshold));
        return tripped ? 1 : 0;
    }

    private static void PrintSummary(TextWriter stdout, IReadOnlyList<ReportResult> results, string outDir)
    {
        int failed = results.Count(r => r.Failed);
        stdout.WriteLine($"{results.Count} files: {results.Count - failed} ok, {failed} failed; " +
                         $"{results.Sum(r => r.Count(Severity.Error))} errors, {results.Sum(r => r.Count(Severity.Warning))} warnings, " +
                         $"{results.Sum(r => r.Count(Severity.Info))} notes");
        stdout.WriteLine($"written to {outDir}/ (reports/, checklists/, summary.json, dataset.sqlite)");
    }
}
