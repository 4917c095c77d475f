using PerfEvalIngest.Batch;
using PerfEvalIngest.Evaluation;
using PerfEvalIngest.Evaluation.Truth;

namespace PerfEvalIngest.Cli;

/// <summary>
/// perfeval eval PATH... [--sites N] [--real] [--truth DIR [--details]] — plants faults of every type into each clean report found under the
/// paths and prints recall per fault type and false alarms per clean report. With --real the reports are real
/// submissions: faults are planted into them, but their own findings are not counted as false alarms.
/// </summary>
internal static class EvalCommand
{
    public static int Execute(IReadOnlyList<string> paths, int sites, bool real, string? truth, bool details, TextWriter stdout, TextWriter stderr)
    {
        if (truth != null) return AgainstTruth(paths, truth, details, stdout, stderr);

        var (inputs, missing) = InputDiscovery.Discover(paths);
        foreach (var m in missing) stderr.WriteLine($"perfeval: no such file or folder: {m}");
        var pipeline = ReportPipeline.CreateDefault();
        var subjects = new List<FaultEvaluation.Subject>();
        foreach (var input in inputs)
        {
            var (document, problem) = pipeline.Read(input.Path, 200L << 20);
            if (document == null)
            {
                stderr.WriteLine($"perfeval: skipped {input.Name}: {problem}");
                continue;
            }
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

    private static int AgainstTruth(IReadOnlyList<string> paths, string truthFolder, bool details, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(truthFolder)) return Usage.Fail(stderr, $"no such truth folder: {truthFolder}");
        var result = new TruthEvaluation(ReportPipeline.CreateDefault()).Run(paths, truthFolder, Environment.ProcessorCount);
        if (!result.AnyScored)
            return Usage.Fail(stderr, "no document under the paths has a truth file");
        stdout.Write(TruthEvaluation.Format(result, details));
        return 0;
    }
}
