using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Seeds;

/// <summary>
/// The findings on the real seed reports, each one a careful reviewer would agree with, and nothing else. The
/// reasons are written beside each expectation; the identities behind "nothing else" were checked by hand in
/// Seeds/Expected (arithmetic arrays).
/// </summary>
public sealed class SeedFindingTests
{
    private static List<string> Findings(string stem) =>
        TestPipeline.CheckFile(TestPipeline.SeedPath(stem)).Findings.Select(f => $"{f.Rule} {f.Actual}").ToList();

    [SeedFact]
    public void Nanjing_technology_transfer_centre()
    {
        Assert.Equal(
        [
            // The report lists 附件：1.指标体系得分情况 but the file does not contain it (it may have been sent apart).
            "completeness.partial 附件「指标体系得分情况」：只有标题，未见表格内容",
            // Under （二） the first item is numbered "1、" and the second "2.": one level, two styles.
            "numbering.mixed 2.",
            // 人员经费预算为1776.43元 among 万元 figures: 1776.43万元 + 242.71 + 146.66 = 2165.80万元, the stated budget.
            "unit 1776.43元",
        ], Findings("000_3c5d018504183b2f"));
        // Not raised, on purpose: 资产 parts sum to 8130.45 against 8130.46 (a 其中 list may fall short);
        // income 2318.05 + 408.83 + 65.42 = 2792.30 and expense 2219.81 + 211.04 + 213.85 = 2644.70 hold;
        // 9个部门, 三大目标 and 两项活动 match their lists.
    }

    [SeedFact]
    public void Nanjing_torch_centre()
    {
        Assert.Equal(
        [
            // 附件：指标体系框架得分情况 is named but not included.
            "completeness.partial 附件「指标体系框架得分情况」：只有标题，未见表格内容",
        ], Findings("001_51313b31403ae784"));
        // Not raised, on purpose: 3、4、5、 continue 二、 (lost automatic numbering, not a skip); 4377 + 4748 家
        // exceed 5977 家 because 高新技术企业 and 科技型中小企业 overlap; 98.68%, 63.06%, 36.94%, 73.23%, 79.44% all
        // match their inputs; 4个内设部门 and 5家银行 match their lists.
    }

    [SeedFact]
    public void Suzhou_productivity_centre()
    {
        Assert.Equal(
        [
            // 预算信息 says 627.17 budgeted and 602.24 spent (执行率 96.03%): 24.93万元 unspent, yet the 自评表 gives
            // 结转结余率 0%.
            "target.rate-contradiction 0%",
            // "全面完成了年度总体绩效目标" while the 自评表 shows 非税收入预算完成率 66.22% against =100% and 预算调整率
            // 14.96% against =0% (预算执行率 96.03% is not counted: a few points short of 100% is the norm).
            "claim.all-met 全面完成了年度总体绩效目标",
        ], Findings("002_98fcc12b36c2cf12"));
        // Not raised, on purpose: every 执行率 of 预算信息 (96.03%, 95.99%, 96.85%, 100%, 0.00%, 98.78%), every
        // 调整预算 = 年初 + 调整 and every 自评表 偏差 holds (8.30%, 40.00%, 0.34%, 181.00%, 31.63% …); 预算调整率's
        // 100% is against a zero target, where a deviation is undefined; 5.8万台套 restates 58200台套.
    }
}
