using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Learning;

/// <summary>The segmenter's words reach the output: each section's keywords, words of its own text, never a figure
/// or a unit.</summary>
public sealed class SectionKeywordTests
{
    [SeedFact]
    public void The_assets_section_of_a_seed_is_known_by_its_asset_words()
    {
        // 「2023年末转化中心资产总额8130.46万元，其中货币资金6081.00万元，固定资产净值1805.24万元，无形资产净值163.69万元，
        // 其他应收款80.52万元。」
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "000_3c5d018504183b2f.txt"));
        var result = TestPipeline.Check(text);
        var assets = result.Structure!.Outline.Single(h => h.Title == "资产情况");
        var keywords = result.Keywords!.Of(assets.BlockIndex);

        Assert.Contains("货币资金", keywords);
        Assert.Contains("无形资产", keywords);
        Assert.DoesNotContain(keywords, k => k.Any(char.IsDigit) || k is "万元" or "元");
        Assert.All(keywords, k => Assert.Contains(k, text));
    }
}
