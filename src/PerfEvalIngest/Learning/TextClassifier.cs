using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace PerfEvalIngest.Learning;

/// <summary>
/// A linear multiclass text classifier (ML.NET SDCA maximum entropy) over word uni- and bigrams of a sample's
/// <see cref="TextSample.Words"/> and character 1–3-grams of its <see cref="TextSample.Chars"/>. Training uses a fixed
/// seed and one thread, and the model file is written with fixed entry times, so the same samples give the same
/// bytes. Loaded models are only read: <see cref="Predict"/> may be called from several threads.
/// </summary>
internal sealed class TextClassifier
{
    /// <summary>The seed of every training run.</summary>
    public const int Seed = 20261129;

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly string[] _labels;

    // A prediction engine serves one caller at a time and only caches buffers: every engine gives the same answer.
    // A caller borrows one and hands it back, so engines are made only as many as callers at once; one per thread
    // would make one for every report, since a batch checks each report on a thread of its own.
    private readonly System.Collections.Concurrent.ConcurrentStack<PredictionEngine<TextSample, Scored>> _engines = new();

    private TextClassifier(MLContext ml, ITransformer model, string[] labels)
    {
        _ml = ml;
        _model = model;
        _labels = labels;
    }

    public IReadOnlyList<string> Labels => _labels;

    public static TextClassifier Train(IReadOnlyList<TextSample> samples)
    {
        var ml = new MLContext(seed: Seed);
        var data = ml.Data.LoadFromEnumerable(samples);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("WordFeatures", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.None,
                KeepPunctuations = true,
                KeepDiacritics = true,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
                CharFeatureExtractor = null,
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(TextSample.Words)))
            .Append(ml.Transforms.Text.FeaturizeText("CharFeatures", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.None,
                KeepPunctuations = true,
                KeepDiacritics = true,
                WordFeatureExtractor = null,
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(TextSample.Chars)))
            .Append(ml.Transforms.Concatenate("Features", "WordFeatures", "CharFeatures"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new Microsoft.ML.Trainers.SdcaMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 100,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        var model = pipeline.Fit(data);
        return new TextClassifier(ml, model, LabelsOf(model.Transform(data)));
    }

    /// <summary>Each sample's label and its probability, with the probability of every label.</summary>
    public IReadOnlyList<TextPrediction> Predict(IReadOnlyList<TextSample> samples)
    {
        if (!_engines.TryPop(out var engine)) engine = _ml.Model.CreatePredictionEngine<TextSample, Scored>(_model);
        var predictions = samples.Select(sample =>
        {
            var s = engine.Predict(sample);
            int best = Array.IndexOf(s.Score, s.Score.Max());
            return new TextPrediction(s.PredictedLabel, s.Score[best], _labels.Zip(s.Score, (l, p) => (l, p)).ToArray());
        }).ToList();
        _engines.Push(engine);
        return predictions;
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    public void Save(Stream target)
    {
        using var buffer = new MemoryStream();
        var schema = _ml.Data.LoadFromEnumerable(Array.Empty<TextSample>()).Schema;
        _ml.Model.Save(_model, schema, buffer);
        buffer.Position = 0;
        Deterministic(buffer, target);
    }

    public static TextClassifier Load(string path)
    {
        var ml = new MLContext(seed: Seed);
        using var stream = File.OpenRead(path);
        var model = ml.Model.Load(stream, out var schema);
        var empty = ml.Data.LoadFromEnumerable(new[] { new TextSample() });
        return new TextClassifier(ml, model, LabelsOf(model.Transform(empty)));
    }

    /// <summary>The labels in the order of the score vector's slots.</summary>
    private static string[] LabelsOf(IDataView scored)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        scored.Schema["Score"].GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    /// <summary>The model zip again with its entries in the same order and a fixed time, so that equal models are equal
    /// files.</summary>
    private static void Deterministic(Stream source, Stream target)
    {
        using var input = new ZipArchive(source, ZipArchiveMode.Read);
        using var output = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        var fixedTime = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var entry in input.Entries)
        {
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = fixedTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    private sealed class Scored
    {
        public string PredictedLabel { get; set; } = "";
        public float[] Score { get; set; } = [];
    }
}

/// <summary>A predicted label, its probability, and the probability of every label.</summary>
internal sealed record TextPrediction(string Label, float Probability, IReadOnlyList<(string Label, float Probability)> All);
