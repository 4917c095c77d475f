using PerfEvalIngest.Learning;
using PerfEvalIngest.Learning.Training;

namespace PerfEvalIngest.Tests.Learning;

/// <summary>Training is reproducible (same samples, same bytes), the model file loads and labels new wordings, and the
/// model the pipeline runs gives ML.NET's probabilities, checked by training and by hand.</summary>
public sealed class TextClassifierTests
{
    private static List<TextSample> Samples() =>
    [
        new() { Label = "problems", Words = "存在 的 问题", Chars = "存在的问题" },
        new() { Label = "problems", Words = "存在 问题 及 原因 分析", Chars = "存在问题及原因分析" },
        new() { Label = "problems", Words = "主要 问题", Chars = "主要问题" },
        new() { Label = "measures", Words = "下 一步 改进 措施", Chars = "下一步改进措施" },
        new() { Label = "measures", Words = "有关 建议", Chars = "有关建议" },
        new() { Label = "measures", Words = "改进 措施 和 建议", Chars = "改进措施和建议" },
    ];

    [Fact]
    public void The_same_samples_train_the_same_model_file()
    {
        var a = TextClassifierTrainer.Train(Samples(), []).ToBytes();
        var b = TextClassifierTrainer.Train(Samples(), []).ToBytes();
        Assert.Equal(a, b);
    }

    [Fact]
    public void A_saved_model_loads_and_labels_new_wordings_by_their_words()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, TextClassifierTrainer.Train(Samples(), []).ToBytes());
            var model = LinearTextModel.Load(path);
            var predictions = model.Predict([
                new TextSample { Words = "存在 的 主要 问题", Chars = "存在的主要问题" },
                new TextSample { Words = "改进 建议", Chars = "改进建议" },
            ]);
            Assert.Equal(["problems", "measures"], predictions.Select(p => p.Label));
            Assert.All(predictions, p => Assert.Equal(1.0, p.All.Sum(x => x.Probability), 3));
            Assert.Equal(["measures", "problems"], model.Labels.Order(StringComparer.Ordinal));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Training_refuses_a_model_that_strays_from_ML_NET_on_unseen_words_marks_spaces_and_surrogates()
    {
        // Train compares the exported model with ML.NET on these and throws if any probability strays: unknown words
        // between known ones (ML.NET forms no bigram across them), an empty text (no marks), a space and a tab, a
        // character outside the BMP, and a character gram at the end mark.
        var training = Samples();
        training.Add(new TextSample { Label = "problems", Words = "问题 𠀀", Chars = "问题 𠀀\t|<" });
        var unseen = new List<TextSample>
        {
            new() { Words = "存在 其他 问题", Chars = "存在其他问题" },
            new() { Words = "", Chars = "" },
            new() { Words = "  改进  ", Chars = "改进 措施\t𠀀" },
            new() { Words = "存在 问题 存在 问题", Chars = "题" },
        };
        var model = new LinearTextModel(TextClassifierTrainer.Train(training, unseen));
        Assert.Equal("problems", model.Predict(unseen[0]).Label);
    }

    [Fact]
    public void Bags_are_scaled_to_unit_length_and_unknown_words_break_bigrams()
    {
        // By hand: label a weighs 存在 at 1 and the start-marked 存 at 0.5; label b has no weights. Words 存在 问题 存在
        // count 存在 twice, 问题 and the bigram once: 存在 is 2/√6 = 0.8165 of the word bag. Chars 存 is framed as
        // ␂存␃: four dictionary grams once each (␂, ␂存, 存, 存␃ — ␂存␃ is not in it), so ␂存 is 1/2 of its bag.
        // Score a = 0.8165 + 0.25 = 1.0665, b = 0: p(a) = e^1.0665 / (e^1.0665 + 1) = 0.7439.
        var file = new LinearTextModelFile("test", ["存在", "问题", "存在 问题"], ["\u0002", "\u0002存", "存", "存\u0003"],
        [
            new("a", 0, new Dictionary<string, float> { ["存在"] = 1 }, new Dictionary<string, float> { ["\u0002存"] = 0.5f }),
            new("b", 0, new Dictionary<string, float>(), new Dictionary<string, float>()),
        ]);
        var model = new LinearTextModel(file);
        var known = model.Predict(new TextSample { Words = "存在 问题 存在", Chars = "存" });
        Assert.Equal("a", known.Label);
        Assert.Equal(0.7439, known.Probability, 4);
        // 其他 is unknown: 存在 and 问题 once each, no bigram across it; 存在 is 1/√2 = 0.7071: p(a) = 0.6698.
        var broken = model.Predict(new TextSample { Words = "存在 其他 问题", Chars = "" });
        Assert.Equal(0.6698, broken.Probability, 4);
        // Nothing known: both scores are the biases, so the labels are equally likely.
        Assert.Equal(0.5, model.Predict(new TextSample { Words = "其他", Chars = "" }).Probability, 6);
    }
}
