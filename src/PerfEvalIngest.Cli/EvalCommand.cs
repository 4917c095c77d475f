using PerfEvalIngest.Evaluation;
using PerfEvalIngest.Evaluation.Truth;

namespace PerfEvalIngest.Cli;

/// <summary>
/// perfeval eval PATH... [--sites N] [--real] — plants faults of every type into each clean report found under the
/// paths and prints recall per fault type and false alarms per clean report. With --real the reports are real
/// submissions: faults are planted into them, but their own findings are not counted as false alarms.
/// </summary>
internal static class EvalCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var paths = new List<string>();
        int sites = 10;
        bool real = false, details = false;
        string? truth = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--sites":
                    if (i + 1 >= args.Length || !int.TryParse(args[++i], out sites) || sites < 1)
                        return Usage.Fail(stderr, "--sites needs a whole number ≥ 1");
                    break;
                case "--real": real = true; break;
                case "--details": details = true; break;
                case "--truth":
                    if (i + 1 >= args.Length) return Usage.Fail(stderr, "--truth needs a folder of truth files");
                    truth = args[++i];
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal)) return Usage.Fail(stderr, $"unknown option {args[i]}");
                    paths.Add(args[i]);
                    break;
            }
        }
        if (paths.Count == 0) return Usage.Fail(stderr, "eval needs at least one file or folder of clean reports");
        if (truth != null) return AgainstTruth(paths, truth, details, stdout, stderr);

        var (inputs, missing) = BatchInput.Discover(paths);
        foreach (var m in missing) stderr.WriteLine($"perfeval: no such file or folder: {m}");
        var pipeline = ReportPipeline.CreateDefault();
        var subjects = new List<FaultEvaluation.Subject>();
        foreach (var input in inputs)
        {
            var reader = pipeline.ReaderFor(input.Path);
            var (file, error) = Ingest.SourceFile.Load(input.Path, 200L << 20);
            if (reader == null || file == null)
            {
                stderr.WriteLine($"perfeval: skipped {input.Name}: {error?.Message ?? "no reader"}");
                continue;
            }
            var document = reader.Read(file);
            if (document.Failed) stderr.WriteLine($"perfeval: skipped {input.Name}: {document.Error!.Code}");
            else subjects.Add(new FaultEvaluation.Subject(input.Name, document, Clean: !real));
        }
        if (subjects.Count == 0) return Usage.Fail(stderr, "no readable reports");

        var result = new FaultEvaluation(pipeline).Run(subjects, sites);
        stdout.WriteLine(FaultEvaluation.Format(result));
        foreach (var t in result.Types)
            foreach (var miss in t.Missed.Take(3)) stdout.WriteLine($"  missed {miss}");
        return 0;
    }

    private static int AgainstTruth(List<string> paths, string truthFolder, bool details, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(truthFolder)) return Usage.Fail(stderr, $"no such truth folder: {truthFolder}");
        var result = new TruthEvaluation(ReportPipeline.CreateDefault()).Run(paths, truthFolder, Environment.ProcessorCount);
        if (result.Scores.Count == 0 && result.NotReported.Count == 0)
            return Usage.Fail(stderr, "no document under the paths has a truth file");
        stdout.Write(TruthEvaluation.Format(result, details));
        return 0;
    }
}
