using PerfEvalIngest.Learning;
using PerfEvalIngest.Learning.Training;

namespace PerfEvalIngest.Cli;

/// <summary>
/// perfeval train [--repo DIR] [--seeds DIR] [--pool DIR] [--out DIR] [--verify] — trains the document-kind and
/// section-category models from models/ml/labels, prints the held-out comparison of rules, model and both, and
/// writes the models and metrics.md to DIR (default REPO/models/ml). With --verify nothing is written: the exit code
/// is 1 when the trained models differ from those in DIR.
/// </summary>
internal static class TrainCommand
{
    public static int Execute(string repo, string? seeds, string? pool, string? output, bool verify, TextWriter stdout, TextWriter stderr)
    {
        // ML.NET builds code at run time; the installed command is compiled ahead of time and cannot.
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
            return Usage.Fail(stderr, "train needs the command compiled at run time: dotnet run --project src/PerfEvalIngest.Cli -- train");
        var labels = Path.Combine(repo, "models", "ml", "labels");
        if (!File.Exists(Path.Combine(labels, "document-kinds.tsv")))
            return Usage.Fail(stderr, $"no labelled data under {labels}: run from the repository or give --repo");
        seeds ??= Path.GetFullPath(Path.Combine(repo, "..", "shared", "seeds"));
        pool ??= Environment.GetEnvironmentVariable("PERFEVAL_REAL") is { Length: > 0 } env ? env : Path.GetFullPath(Path.Combine(repo, "..", "real-pool"));
        output ??= Path.Combine(repo, "models", "ml");
        var places = new LabelledData.Places(repo, Directory.Exists(seeds) ? seeds : null, Directory.Exists(pool) ? pool : null);

        var outcome = ClassifierModels.Train(places);
        foreach (var m in outcome.MissingDocuments) stderr.WriteLine($"perfeval: not here, left out: {m}");
        stdout.Write(outcome.Metrics);
        if (verify)
        {
            var differ = ClassifierModels.Differences(outcome, output);
            foreach (var d in differ) stdout.WriteLine($"differs from the committed model: {d}");
            return differ.Count == 0 ? 0 : 1;
        }
        ClassifierModels.Write(outcome, output);
        stdout.WriteLine($"written: {output}");
        return 0;
    }
}
