using PerfEvalIngest.Segmentation;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Tests.Segmentation;

/// <summary>The dictionary and the segmenters the conformance references were made with, loaded once for all tests.</summary>
public sealed class JiebaFixture
{
    public JiebaDictionary Dictionary { get; } = JiebaDictionary.Load(PerfEvalIngest.Knowledge.ModelDirectory.File(JiebaFiles.Folder));

    internal IdfTable Idf { get; } = IdfTable.Load(PerfEvalIngest.Knowledge.ModelDirectory.File(JiebaFiles.Folder, JiebaFiles.Idf));

    public string BudgetUserDictionaryPath { get; } = ModelDirectory.File("jieba", "userdict-budget.txt");

    /// <summary>The segmenter for a reference variant: raw (no width normalisation), width, or userdict.</summary>
    public JiebaSegmenter Segmenter(string variant) => variant switch
    {
        "raw" => new JiebaSegmenter(Dictionary, normalizeWidth: false),
        "width" => new JiebaSegmenter(Dictionary),
        "userdict" => new JiebaSegmenter(Dictionary).LoadUserDict(BudgetUserDictionaryPath),
        _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, null),
    };
}

[CollectionDefinition(Name)]
public sealed class JiebaCollection : ICollectionFixture<JiebaFixture>
{
    public const string Name = "jieba";
}
