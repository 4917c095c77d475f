using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Structure;

/// <summary>Word dumps lose automatic numbering: a level-1 heading printed 「1、 」 or 「3、 」 (digit, 、, space) among
/// 一、二、三、 is still level 1, while a list of such items stays a list.</summary>
public sealed class LostNumberingTests
{
    [Fact]
    public void The_first_heading_printed_1_before_its_sibling_二_is_level_1_over_its_sub_headings()
    {
        var result = TestPipeline.Check("""
            1、 单位基本情况
            （一）单位职能
            （二）机构设置及人员情况
            二、一般公共预算支出情况
            （一）基本支出
            """);

        Assert.Equal([(1, "单位基本情况"), (2, "单位职能"), (2, "机构设置及人员情况"), (1, "一般公共预算支出情况"), (2, "基本支出")],
            result.Structure!.Outline.Select(h => (h.Level, h.Title)));
    }

    [Fact]
    public void Items_printed_1_and_2_before_二_stay_items_of_a_list()
    {
        var result = TestPipeline.Check("""
            一、单位基本情况
            本单位主要职能如下。
            1、 负责全县疾病预防控制工作
            2、 负责突发公共卫生事件处置
            二、一般公共预算支出情况
            """);

        Assert.Equal([1, 1], result.Structure!.Outline.Where(h => h.Title.Contains("情况")).Select(h => h.Level));
        Assert.DoesNotContain(result.Structure.Outline, h => h.Level == 1 && h.Title.StartsWith("负责", StringComparison.Ordinal));
    }
}
