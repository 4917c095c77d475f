using System.Text;
using PerfEvalIngest.Segmentation;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Learning.Training;

/// <summary>Training the committed models from the repository's labelled data: the outcome, its metrics as
/// Markdown (models/ml/metrics.md), writing the model files, and comparing them with those committed.</summary>
public static class ClassifierModels
{
    /// <summary>A training's outcome: its metrics and the documents it left out are public, what was trained and with
    /// which settings stays with the learning code (<see cref="Write"/>, <see cref="Differences"/>).</summary>
    public sealed record Result
    {
        internal Result(ClassifierTraining.Outcome training, string metrics, byte[] kindModel, byte[] sectionModel,
            DocumentClassifiers.Settings settings)
        {
            Training = training;
            Metrics = metrics;
            KindModel = kindModel;
            SectionModel = sectionModel;
            Settings = settings;
        }

        internal ClassifierTraining.Outcome Training { get; }

        /// <summary>The held-out metrics as Markdown (models/ml/metrics.md).</summary>
        public string Metrics { get; }

        internal byte[] KindModel { get; }
        internal byte[] SectionModel { get; }
        internal DocumentClassifiers.Settings Settings { get; }

        /// <summary>Labelled documents that were not present, so not trained on.</summary>
        public IReadOnlyList<string> MissingDocuments => Training.MissingDocuments;
    }

    public static Result Train(LabelledData.Places places)
    {
        var settings = DocumentClassifiers.LoadSettings();
        var segmenter = ReportPipeline.LoadSegmenter();
        var training = new ClassifierTraining(ReportPipeline.CreateDefault(learnedModels: false), new ClassifierFeatures(segmenter), settings);
        var labels = Path.Combine(places.Repository, "models", "ml", "labels");
        var outcome = training.Run(LabelledData.Kinds(Path.Combine(labels, "document-kinds.tsv")),
            LabelledData.Sections(Path.Combine(labels, "section-labels.tsv")), places);

        var md = new StringBuilder("# Held-out metrics of the learned classifiers\n\n");
        md.Append("Written by `perfeval train`. Held out: ").Append(string.Join(", ", settings.HeldOutSources))
          .Append(". \"both\" is the pipeline's combination (models/ml/classifiers.json).\n\n");
        md.Append(outcome.Kind.Format()).Append('\n').Append(outcome.Section.Format()).Append('\n');
        md.Append($"Labelled headings not found in their document's outline: {outcome.UnmatchedHeadings}. ");
        md.Append($"Labelled documents not present when trained: {outcome.MissingDocuments.Count}.\n");
        return new Result(outcome, md.ToString(), outcome.KindModel.ToBytes(), outcome.SectionModel.ToBytes(), settings);
    }

    public static void Write(Result result, string folder)
    {
        var settings = result.Settings;
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, settings.Kind.File), result.KindModel);
        File.WriteAllBytes(Path.Combine(folder, settings.Section.File), result.SectionModel);
        File.WriteAllText(Path.Combine(folder, "metrics.md"), result.Metrics);
    }

    /// <summary>The model files in <paramref name="folder"/> that the trained ones differ from.</summary>
    public static IReadOnlyList<string> Differences(Result result, string folder)
    {
        var settings = result.Settings;
        var differ = new List<string>();
        foreach (var (file, bytes) in new[] { (settings.Kind.File, result.KindModel), (settings.Section.File, result.SectionModel) })
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) differ.Add(path);
        }
        return differ;
    }
}
