using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace PerfEvalIngest.Learning.Training;

/// <summary>
/// Trains a linear multiclass text classifier with ML.NET (SDCA maximum entropy) over word uni- and bigrams of a
/// sample's <see cref="TextSample.Words"/> and character 1–3-grams of its <see cref="TextSample.Chars"/>, and takes the
/// trained weights out into a <see cref="LinearTextModelFile"/>, which the pipeline runs without ML.NET. Training uses a
/// fixed seed and one thread, so the same samples give the same file. Before it returns, it checks that
/// <see cref="LinearTextModel"/> gives ML.NET's probabilities on every sample it was given, so the two cannot drift
/// apart unnoticed.
/// </summary>
internal static class TextClassifierTrainer
{
    /// <summary>The seed of every training run.</summary>
    public const int Seed = 20261129;

    /// <summary>How far a probability of the exported model may stray from ML.NET's: the two add the same terms in
    /// different orders and precisions.</summary>
    public const double Tolerance = 1e-5;

    /// <summary>The model of <paramref name="samples"/>, checked against ML.NET on them and on
    /// <paramref name="alsoCheckOn"/> (unlabelled samples with words the training never saw).</summary>
    public static LinearTextModelFile Train(IReadOnlyList<TextSample> samples, IReadOnlyList<TextSample> alsoCheckOn)
    {
        var ml = new MLContext(seed: Seed);
        var data = ml.Data.LoadFromEnumerable(samples);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("WordFeatures", Bag(words: true), nameof(TextSample.Words)))
            .Append(ml.Transforms.Text.FeaturizeText("CharFeatures", Bag(words: false), nameof(TextSample.Chars)))
            .Append(ml.Transforms.Concatenate("Features", "WordFeatures", "CharFeatures"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 100,
            }));
        var model = pipeline.Fit(data);
        var file = Export(model, model.Transform(data).Schema, samples);
        Check(ml, model, new LinearTextModel(file), [.. samples, .. alsoCheckOn]);
        return file;
    }

    /// <summary>Word uni- and bigrams or character 1–3-grams, the text as it is (no case folding, punctuation and
    /// diacritics kept), counts scaled to unit length.</summary>
    private static TextFeaturizingEstimator.Options Bag(bool words) => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.None,
        KeepPunctuations = true,
        KeepDiacritics = true,
        WordFeatureExtractor = words ? new WordBagEstimator.Options { NgramLength = TextGrams.WordLength, UseAllLengths = true } : null,
        CharFeatureExtractor = words ? null : new WordBagEstimator.Options { NgramLength = TextGrams.CharLength, UseAllLengths = true },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    /// <summary>The dictionaries are rebuilt from the samples in order of first occurrence, as ML.NET builds them, and
    /// must name the same slots as ML.NET's; the weights are then read slot by slot.</summary>
    private static LinearTextModelFile Export(TransformerChain<MulticlassPredictionTransformer<MaximumEntropyModelParameters>> model,
        DataViewSchema schema, IReadOnlyList<TextSample> samples)
    {
        var wordGrams = samples.SelectMany(s => TextGrams.Words(s.Words)).Distinct(StringComparer.Ordinal).ToList();
        var charGrams = samples.SelectMany(s => TextGrams.Chars(s.Chars)).Distinct(StringComparer.Ordinal).ToList();
        Expect(SlotNames(schema, "WordFeatures"), wordGrams.Select(g => g.Replace(' ', '|')).ToList(), "word");
        Expect(SlotNames(schema, "CharFeatures"), charGrams.Select(CharSlotName).ToList(), "character");
        var labels = SlotNames(schema, "Score");

        VBuffer<float>[] weights = [];
        model.LastTransformer.Model.GetWeights(ref weights, out int classes);
        var biases = model.LastTransformer.Model.GetBiases().ToArray();
        if (classes != labels.Count || biases.Length != classes)
            throw new InvalidOperationException($"ML.NET gave {classes} weight vectors and {biases.Length} biases for {labels.Count} labels");
        var classWeights = labels.Select((label, k) =>
        {
            var dense = weights[k].DenseValues().ToArray();
            if (dense.Length != wordGrams.Count + charGrams.Count)
                throw new InvalidOperationException($"ML.NET gave {dense.Length} weights for {wordGrams.Count + charGrams.Count} grams");
            return new LinearTextModelFile.LabelWeights(label, biases[k],
                NonZero(wordGrams, dense.AsSpan(0, wordGrams.Count)), NonZero(charGrams, dense.AsSpan(wordGrams.Count)));
        }).ToList();
        return new LinearTextModelFile(
            "A linear text classifier (models/ml/README.md): ML.NET 5 SDCA maximum entropy, seed "
            + Seed.ToString(CultureInfo.InvariantCulture) + ", written by `perfeval train`.",
            wordGrams, charGrams, classWeights);
    }

    private static Dictionary<string, float> NonZero(List<string> grams, ReadOnlySpan<float> weights)
    {
        var nonZero = new Dictionary<string, float>(StringComparer.Ordinal);
        for (int i = 0; i < weights.Length; i++)
            if (weights[i] != 0) nonZero.Add(grams[i], weights[i]);
        return nonZero;
    }

    private static List<string> SlotNames(DataViewSchema schema, string column)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        schema[column].GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToList();
    }

    private static void Expect(List<string> mlNames, List<string> ours, string bag)
    {
        int differs = Enumerable.Range(0, Math.Min(mlNames.Count, ours.Count)).FirstOrDefault(i => !SameName(mlNames[i], ours[i]), -1);
        if (mlNames.Count != ours.Count || differs >= 0)
            throw new InvalidOperationException($"the {bag} grams differ from ML.NET's dictionary ({ours.Count} against {mlNames.Count}"
                + (differs >= 0 ? $"; slot {differs}: '{ours[differs]}' against '{mlNames[differs]}')" : ")"));
    }

    /// <summary>ML.NET's name of a character gram: its characters joined by |, a control character or space shown as its
    /// control picture in angle brackets (&lt;␂&gt;). A surrogate it shows as an escape that does not say which; there any
    /// escape is taken as equal.</summary>
    private static string CharSlotName(string gram) => string.Join("|", gram.Select(c =>
        c <= ' ' ? $"<{(char)(0x2400 + c)}>" : c == '\u007F' ? "<\u2421>" : char.IsSurrogate(c) ? "\\u" : c.ToString()));

    private static bool SameName(string mlName, string ours)
    {
        if (!ours.Contains("\\u", StringComparison.Ordinal)) return mlName == ours;
        var a = mlName.Split('|');
        var b = ours.Split('|');
        return a.Length == b.Length && a.Zip(b).All(p => p.First == p.Second || (p.Second == "\\u" && p.First.StartsWith("\\u", StringComparison.Ordinal)));
    }

    private static void Check(MLContext ml, ITransformer model, LinearTextModel exported, IReadOnlyList<TextSample> samples)
    {
        var engine = ml.Model.CreatePredictionEngine<TextSample, Scored>(model);
        foreach (var sample in samples)
        {
            var expected = engine.Predict(sample).Score;
            var actual = exported.Predict(sample).All;
            double worst = expected.Zip(actual, (e, a) => Math.Abs(e - a.Probability)).Max();
            if (expected.Length != actual.Count || worst > Tolerance)
                throw new InvalidOperationException(
                    $"the exported model strays {worst:E2} from ML.NET on the sample '{sample.Words}' / '{sample.Chars}'");
        }
    }

    private sealed class Scored
    {
        public float[] Score { get; set; } = [];
    }
}
