using PerfEvalIngest.Learning;
using PerfEvalIngest.Learning.Training;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Learning;

/// <summary>
/// Training from the repository's labels and measuring on held-out sources (models/ml/classifiers.json): without the
/// real pool, the models learn from the generated corpus and are measured on the real seeds; with it, on the pool's
/// held-out repositories too, and the committed models must come out byte for byte.
/// </summary>
public sealed class ClassifierTrainingTests
{
    private static readonly Lazy<ClassifierModels.Result> Trained = new(() => ClassifierModels.Train(new LabelledData.Places(
        RepositoryPaths.Root, RepositoryPaths.Seeds, RepositoryPaths.RealPoolPresent ? RepositoryPaths.RealPool : null)));

    [SeedFact]
    public void Held_out_kinds_are_right_and_the_combination_is_never_worse_than_the_rules_on_a_class()
    {
        var outcome = Trained.Value.Training;
        Assert.True(outcome.Kind.Test >= 3, $"only {outcome.Kind.Test} held-out documents");
        Assert.True(outcome.Kind.Both.Accuracy >= 0.95, $"document kind, rules and model together: {outcome.Kind.Both.Accuracy:P1}");
        foreach (var evaluation in new[] { outcome.Kind, outcome.Section })
            foreach (var (name, rules) in evaluation.Rules.PerClass.Where(c => c.Value.Support > 0))
            {
                var both = evaluation.Both.PerClass.GetValueOrDefault(name);
                Assert.True(both != null && both.F1 >= rules.F1 - 1e-9,
                    $"{evaluation.Task}, class {name}: F1 {both?.F1:0.00} together against {rules.F1:0.00} for the rules alone");
            }
        Assert.True(outcome.Section.Both.Accuracy >= outcome.Section.Rules.Accuracy);
        Assert.Equal(0, outcome.UnmatchedHeadings);
    }

    [RealPoolFact]
    public void Training_on_the_full_labelled_data_remakes_the_committed_models()
    {
        var result = Trained.Value;
        Assert.Empty(result.Training.MissingDocuments);
        Assert.Empty(ClassifierModels.Differences(result, Path.Combine(RepositoryPaths.Root, "models", "ml")));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "models", "ml", "metrics.md")), result.Metrics);
        Assert.True(result.Training.Section.Both.Accuracy >= 0.95, $"section category together: {result.Training.Section.Both.Accuracy:P1}");
    }
}
