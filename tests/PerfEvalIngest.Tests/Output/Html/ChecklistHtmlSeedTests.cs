using PerfEvalIngest.Output.Html;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Output.Html;

/// <summary>
/// The checklist of a real report, against what the report says when read by a person. Seed 002 is 苏州市生产力促进中心's
/// 2022 整体支出 self-evaluation in the Suzhou layout: all six body parts and the three attached tables are there, so the
/// rubric's judged part is full (8 + 7 of models/rubrics/suzhou-department-overall.json, with 20 + 20 + 15 left to a
/// reviewer). Its 预算信息 table (7、, the first table) gives 预算总金额 545.57 + 81.6 = 627.17 with 602.24 spent and
/// 执行率 96.03% in its second row, sixth column. Its 自评表 records 预算调整率 14.96% against =0% and 非税收入预算完成率
/// 66.22% against =100%, while part 四 says it 全面完成了年度总体绩效目标; and it gives 结转结余率 0% though 3.97% went unspent.
/// </summary>
public sealed class ChecklistHtmlSeedTests
{
    private const string Seed = "002_98fcc12b36c2cf12";

    [SeedFact]
    public void Suzhou_seed_checklist_shows_what_the_report_says()
    {
        var report = TestPipeline.CheckFile(TestPipeline.SeedPath(Seed));
        var html = ChecklistHtmlWriter.Write(report);
        var doc = HtmlDom.Parse(html);
        HtmlDom.AssertHtml5Chinese(doc, html);
        HtmlDom.AssertSelfContained(doc);

        var meta = doc.QuerySelectorAll("dl.meta dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent);
        Assert.Equal("苏州市生产力促进中心", meta["单位"]);
        Assert.Equal("2022", meta["年度"]);
        Assert.Equal("部门（单位）整体支出", meta["类型"]);
        Assert.Contains("suzhou-department-overall", meta["评分规则"]);
        // 完整性 8 + 7 judged; 自评表 20, 问题 20, 建议 15, 布置工作 10 and 实施评价 20 left to a reviewer.
        Assert.Equal("15 / 15（可自动判定部分），另有 85 分需人工评审，满分 100", meta["得分"]);

        // Two warnings, no error: the rate target of 100% missed, and 全面完成 claimed all the same.
        var counts = doc.QuerySelector("header .counts")!.TextContent;
        Assert.Contains("错误 0", counts);
        Assert.Contains("警告 2", counts);
        Assert.Empty(doc.QuerySelectorAll("tbody.group.sev-error"));
        var warnings = doc.QuerySelectorAll("tbody.group.sev-warning").Select(g => g.GetAttribute("data-rule")!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["claim.all-met", "target.rate-contradiction"], warnings);
        var claim = doc.QuerySelector("tbody.group[data-rule='claim.all-met'] td.message")!.TextContent;
        Assert.Contains("66.22%", claim);
        Assert.Contains("14.96%", claim);
        Assert.Contains("96.03%", doc.QuerySelector("tbody.group[data-rule='target.rate-contradiction'] td.message")!.TextContent);

        // All nine parts present, each with its ✓.
        var judged = doc.QuerySelectorAll("table.rubric tbody tr.st-present").ToList();
        Assert.Equal(9, judged.Count);
        Assert.All(judged, tr => Assert.Equal("✓", tr.QuerySelector("td.mark")!.TextContent));
        Assert.Contains(judged, tr => tr.Children[1].TextContent == "预算信息表" && tr.Children[3].TextContent == "2/2");

        var rate = doc.QuerySelector("table.figures tr[data-concept='budget.rate']")!;
        Assert.Equal("预算执行率", rate.Children[0].TextContent);
        Assert.Equal("96.03%", rate.Children[1].TextContent);
        Assert.EndsWith("表T1 第2行第6列", rate.Children[2].TextContent);
        Assert.Equal("627.17万元", doc.QuerySelector("table.figures tr[data-concept='budget.adjusted']")!.Children[1].TextContent);
        Assert.Equal("602.24万元", doc.QuerySelector("table.figures tr[data-concept='budget.actual']")!.Children[1].TextContent);
    }
}
