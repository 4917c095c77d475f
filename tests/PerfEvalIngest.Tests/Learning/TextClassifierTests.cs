using PerfEvalIngest.Learning;

namespace PerfEvalIngest.Tests.Learning;

/// <summary>The classifier is reproducible (same samples, same bytes) and learns what it is shown.</summary>
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
        var a = Path.GetTempFileName();
        var b = Path.GetTempFileName();
        try
        {
            TextClassifier.Train(Samples()).Save(a);
            TextClassifier.Train(Samples()).Save(b);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        }
        finally
        {
            File.Delete(a);
            File.Delete(b);
        }
    }

    [Fact]
    public void A_saved_model_loads_and_labels_new_wordings_by_their_words()
    {
        var path = Path.GetTempFileName();
        try
        {
            TextClassifier.Train(Samples()).Save(path);
            var model = TextClassifier.Load(path);
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
}
