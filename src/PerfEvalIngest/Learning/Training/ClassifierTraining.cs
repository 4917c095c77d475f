using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Learning.Training;

/// <summary>
/// Trains the two classifiers from the labelled data and measures them on documents of sources held out from
/// training (models/ml/classifiers.json's <c>heldOutSources</c>: other repositories and regions, never a random split
/// of one document's headings): rules alone, model alone, and the two combined as the pipeline combines them.
/// Documents are read by the pipeline with its rules only, so the features and the rules' answers are those the
/// pipeline sees before the models.
/// </summary>
internal sealed class ClassifierTraining
{
    public sealed record Outcome(TaskEvaluation Kind, TaskEvaluation Section, LinearTextModelFile KindModel, LinearTextModelFile SectionModel,
        int UnmatchedHeadings, IReadOnlyList<string> MissingDocuments);

    private readonly ReportPipeline _rulesOnly;
    private readonly ClassifierFeatures _features;
    private readonly DocumentClassifiers.Settings _settings;

    public ClassifierTraining(ReportPipeline rulesOnly, ClassifierFeatures features, DocumentClassifiers.Settings settings)
    {
        _rulesOnly = rulesOnly;
        _features = features;
        _settings = settings;
    }

    public Outcome Run(IReadOnlyList<LabelledData.KindLabel> kinds, IReadOnlyList<LabelledData.SectionLabel> sections,
        LabelledData.Places places)
    {
        var manifest = LabelledData.Manifest(places.Repository);
        var documents = new Dictionary<(string, string), StructuredDocument?>();
        var missing = new List<string>();
        StructuredDocument? Read(string source, string document)
        {
            if (documents.TryGetValue((source, document), out var known)) return known;
            var path = LabelledData.Locate(source, document, places, manifest);
            if (path == null) missing.Add($"{source} {document}");
            var structure = path == null ? null : _rulesOnly.Run(path, document, new ReportOptions(RunChecks: false)).Structure;
            documents[(source, document)] = structure;
            return structure;
        }
        bool HeldOut(string source) => _settings.HeldOutSources.Contains(source);

        var kindExamples = new List<(string Source, string Truth, string Rule, string? Evidence, TextSample Sample)>();
        foreach (var label in kinds)
            if (Read(label.Source, label.Document) is { } s)
                kindExamples.Add((label.Source, label.Kind, s.Metadata.DocumentKind, s.Metadata.KindEvidence,
                    WithLabel(ClassifierInputs.Kind(_features, s), label.Kind)));

        var sectionExamples = new List<(string Source, string Truth, string? Rule, string Kind, TextSample Sample)>();
        int unmatched = 0;
        foreach (var group in sections.GroupBy(l => (l.Source, l.Document)))
        {
            if (Read(group.Key.Source, group.Key.Document) is not { } s) continue;
            var top = Enumerable.Range(0, s.Outline.Count).Where(i => s.Outline[i].Level <= 1).ToList();
            int cursor = 0;
            foreach (var label in group)
            {
                int found = top.FindIndex(cursor, i => s.Outline[i].Level == label.Level && s.Outline[i].Title == label.Title);
                if (found < 0) { unmatched++; continue; }
                cursor = found + 1;
                int index = top[found];
                var (part, body) = ClassifierInputs.SectionContext(s.Document.Blocks, s.Outline, index);
                sectionExamples.Add((label.Source, label.Category, _rulesOnly.Structure.RuleCategory(s.Outline[index]), s.Metadata.DocumentKind,
                    WithLabel(_features.Section(s.Metadata.DocumentKind, label.Title, part, body), label.Category)));
            }
        }

        var kindTrain = kindExamples.Where(e => !HeldOut(e.Source)).Select(e => e.Sample).ToList();
        var kindTest = kindExamples.Where(e => HeldOut(e.Source)).ToList();
        var kindModel = TextClassifierTrainer.Train(kindTrain, kindTest.Select(e => e.Sample).ToList());
        var kindPredictions = new LinearTextModel(kindModel).Predict(kindTest.Select(e => e.Sample).ToList());
        var kindEvaluation = new TaskEvaluation("document kind", kindTrain.Count, kindTest.Count,
            ClassifierScores.Of(kindTest.Select(e => e.Truth).ToList(), kindTest.Select(e => e.Rule).ToList()),
            ClassifierScores.Of(kindTest.Select(e => e.Truth).ToList(), kindPredictions.Select(p => p.Label).ToList()),
            ClassifierScores.Of(kindTest.Select(e => e.Truth).ToList(), kindTest.Zip(kindPredictions,
                (e, p) => DocumentClassifiers.CombineKind(e.Rule, e.Evidence, p, _settings.Kind.MinProbability).Kind).ToList()));

        var sectionTrain = sectionExamples.Where(e => !HeldOut(e.Source)).Select(e => e.Sample).ToList();
        var sectionTest = sectionExamples.Where(e => HeldOut(e.Source)).ToList();
        var sectionModel = TextClassifierTrainer.Train(sectionTrain, sectionTest.Select(e => e.Sample).ToList());
        var sectionPredictions = new LinearTextModel(sectionModel).Predict(sectionTest.Select(e => e.Sample).ToList());
        var sectionEvaluation = new TaskEvaluation("section category", sectionTrain.Count, sectionTest.Count,
            ClassifierScores.Of(sectionTest.Select(e => e.Truth).ToList(), sectionTest.Select(e => e.Rule ?? "other").ToList()),
            ClassifierScores.Of(sectionTest.Select(e => e.Truth).ToList(), sectionPredictions.Select(p => p.Label).ToList()),
            ClassifierScores.Of(sectionTest.Select(e => e.Truth).ToList(), sectionTest.Zip(sectionPredictions,
                (e, p) => DocumentClassifiers.CombineSection(e.Kind, e.Rule, p, _settings)).ToList()));

        return new Outcome(kindEvaluation, sectionEvaluation, kindModel, sectionModel, unmatched, missing);
    }

    private static TextSample WithLabel(TextSample sample, string label)
    {
        sample.Label = label;
        return sample;
    }
}
