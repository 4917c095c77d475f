using System.Globalization;
using System.Text;

namespace PerfEvalIngest.Learning.Training;

/// <summary>Accuracy and per-class precision and recall of one way of deciding (rules, model, both) on a test set.</summary>
internal sealed record ClassifierScores(int Correct, int Total, IReadOnlyDictionary<string, ClassScore> PerClass)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public static ClassifierScores Of(IReadOnlyList<string> truth, IReadOnlyList<string> decided)
    {
        var classes = truth.Concat(decided).Distinct().Order(StringComparer.Ordinal).ToList();
        var perClass = classes.ToDictionary(c => c, c =>
        {
            int tp = truth.Zip(decided).Count(x => x.First == c && x.Second == c);
            return new ClassScore(tp, decided.Count(d => d == c), truth.Count(t => t == c));
        });
        return new ClassifierScores(truth.Zip(decided).Count(x => x.First == x.Second), truth.Count, perClass);
    }
}

/// <summary>A class's true positives, how often it was decided and how often it is true.</summary>
internal sealed record ClassScore(int TruePositives, int Decided, int Support)
{
    /// <summary>Null when the class was never decided: nothing to be right or wrong about.</summary>
    public double? Precision => Decided == 0 ? null : (double)TruePositives / Decided;
    public double? Recall => Support == 0 ? null : (double)TruePositives / Support;
    /// <summary>The harmonic mean of precision and recall, 0 when either is 0 or missing.</summary>
    public double F1 => Precision is double p && Recall is double r && p + r > 0 ? 2 * p * r / (p + r) : 0;
}

/// <summary>The held-out comparison of one task: rules alone, the model alone, and the two combined.</summary>
internal sealed record TaskEvaluation(string Task, int Train, int Test, ClassifierScores Rules, ClassifierScores Model, ClassifierScores Both)
{
    /// <summary>A Markdown table: accuracy, then precision/recall per class for each way of deciding.</summary>
    public string Format()
    {
        var inv = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.Append(inv, $"### {Task}: {Train} training examples, {Test} held-out\n\n");
        md.Append("| | rules | model | both |\n|---|---|---|---|\n");
        md.Append(inv, $"| accuracy | {Rules.Accuracy:0.000} ({Rules.Correct}/{Rules.Total}) | {Model.Accuracy:0.000} ({Model.Correct}/{Model.Total}) | {Both.Accuracy:0.000} ({Both.Correct}/{Both.Total}) |\n");
        foreach (var c in Rules.PerClass.Keys.Concat(Model.PerClass.Keys).Concat(Both.PerClass.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            string Cell(ClassifierScores s) => s.PerClass.TryGetValue(c, out var k)
                ? string.Format(inv, "P {0} R {1} F1 {2:0.00}", k.Precision is double p ? p.ToString("0.00", inv) : "—",
                    k.Recall is double r ? r.ToString("0.00", inv) : "—", k.F1)
                : "—";
            int support = Rules.PerClass.TryGetValue(c, out var r) ? r.Support : 0;
            md.Append(inv, $"| {c} ({support}) | {Cell(Rules)} | {Cell(Model)} | {Cell(Both)} |\n");
        }
        return md.ToString();
    }
}
