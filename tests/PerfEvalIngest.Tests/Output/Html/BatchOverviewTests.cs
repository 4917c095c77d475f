using System.Globalization;
using PerfEvalIngest.Checks;
using PerfEvalIngest.Output;
using PerfEvalIngest.Output.Html;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Output.Html;

/// <summary>The batch's index.html: a row per report with its link, failed reports marked, totals, a sorting script
/// the table does not depend on, a bar per rule, and the same bytes for the same rows.</summary>
public sealed class BatchOverviewTests
{
    private static OverviewRow Row(ReportResult report) =>
        OverviewRow.Of(report, "checklists/" + Path.GetFileNameWithoutExtension(report.Name) + ".html");

    private static List<OverviewRow> Batch() =>
    [
        Row(HtmlTestReports.Mixed()),
        Row(HtmlTestReports.Failed("locked.docx", "encrypted", "文件已加密 / file is encrypted")),
        Row(HtmlTestReports.WithFindings("clean.txt")),
    ];

    [Fact]
    public void One_row_per_report_each_linking_its_checklist_and_nothing_outside()
    {
        var rows = Batch();
        var html = BatchOverviewWriter.Write(rows, "审核总览");
        var doc = HtmlDom.Parse(html);
        HtmlDom.AssertHtml5Chinese(doc, html);
        HtmlDom.AssertSelfContained(doc, href => href.StartsWith("checklists/", StringComparison.Ordinal) && href.EndsWith(".html", StringComparison.Ordinal));
        Assert.Equal("审核总览", doc.Title);

        Assert.Equal(["单位", "年度", "类型", "状态", "得分", "错误", "警告", "执行率", "审核清单"],
            doc.QuerySelectorAll("#reports thead th").Select(th => th.TextContent).ToArray());
        var body = doc.QuerySelectorAll("#reports tbody tr").ToList();
        Assert.Equal(3, body.Count);
        Assert.Equal(["checklists/mixed.html", "checklists/locked.html", "checklists/clean.html"],
            body.Select(tr => tr.QuerySelector("a")!.GetAttribute("href")!).ToArray());

        // Mixed: two errors (one cause at two places), one warning.
        Assert.Equal("2", body[0].Children[5].TextContent);
        Assert.Equal("1", body[0].Children[6].TextContent);
        Assert.Contains("some", body[0].Children[5].ClassList);
    }

    [Fact]
    public void Failed_report_is_marked_and_its_counts_are_unknown_not_zero()
    {
        var doc = HtmlDom.Parse(BatchOverviewWriter.Write(Batch(), "审核总览"));
        var failed = doc.QuerySelectorAll("#reports tbody tr.failed").ToList();
        var row = Assert.Single(failed);
        Assert.Contains("未能读取", row.Children[3].TextContent);
        Assert.Contains("文件已加密", row.Children[3].TextContent);
        Assert.Contains("encrypted", row.Children[3].TextContent);
        Assert.NotNull(row.Children[3].QuerySelector(".badge.sev-error"));
        Assert.Equal("—", row.Children[5].TextContent);
        Assert.Equal("—", row.Children[6].TextContent);

        var totals = doc.QuerySelector("#reports tfoot tr")!;
        Assert.Contains("合计 3 份", totals.TextContent);
        Assert.Contains("已检查 2，未能读取 1", totals.TextContent);
        Assert.Equal("2", totals.Children[3].TextContent);
        Assert.Equal("1", totals.Children[4].TextContent);
    }

    [Fact]
    public void Batch_where_nothing_could_be_read_never_says_nothing_was_found()
    {
        var html = BatchOverviewWriter.Write([Row(HtmlTestReports.Failed("a.docx", "corrupt", "损坏"))], "审核总览");
        Assert.DoesNotContain("未发现问题", html);
        Assert.Contains("本批报告均未能读取，未做检查。", HtmlDom.Parse(html).QuerySelector("#rule-chart")!.TextContent);
    }

    [Fact]
    public void Sorting_script_is_there_and_every_sortable_cell_has_its_key()
    {
        var doc = HtmlDom.Parse(BatchOverviewWriter.Write(Batch(), "审核总览"));
        var script = Assert.Single(doc.QuerySelectorAll("script"));
        Assert.False(script.HasAttribute("src"));
        Assert.Contains("aria-sort", script.TextContent);
        Assert.Contains("parseFloat", script.TextContent);
        var heads = doc.QuerySelectorAll("#reports thead th").ToList();
        Assert.Equal(["text", "num", "text", "text", "num", "num", "num", "num", "text"], heads.Select(th => th.GetAttribute("data-type")!).ToArray());
        foreach (var tr in doc.QuerySelectorAll("#reports tbody tr"))
        {
            Assert.NotNull(tr.GetAttribute("data-i"));
            for (var i = 0; i < heads.Count; i++)
            {
                if (i == 2) continue; // 类型 sorts by its text
                var v = tr.Children[i].GetAttribute("data-v");
                Assert.NotNull(v);
                if (heads[i].GetAttribute("data-type") == "num" && v!.Length > 0)
                    Assert.True(decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out _), $"{v} is not a number");
            }
        }
    }

    [Fact]
    public void Rule_chart_has_a_bar_per_rule_split_by_severity_and_the_top_fifteen_only()
    {
        var doc = HtmlDom.Parse(BatchOverviewWriter.Write(Batch(), "审核总览"));
        var bars = doc.QuerySelectorAll("#rule-chart svg g.rule-bar").ToList();
        Assert.Equal(["arithmetic.sum", "claim.all-met", "numbering.sequence"], bars.Select(g => g.GetAttribute("data-rule")!).ToArray());
        Assert.Equal(HtmlPalette.ErrorRed, bars[0].QuerySelector("rect.sev-error")!.GetAttribute("fill"));
        Assert.Equal(HtmlPalette.WarningAmber, bars[1].QuerySelector("rect.sev-warning")!.GetAttribute("fill"));
        Assert.Equal(HtmlPalette.InfoBlue, bars[2].QuerySelector("rect.sev-info")!.GetAttribute("fill"));
        Assert.Equal("2", bars[0].QuerySelectorAll("text").Last().TextContent);

        // Seventeen rules, rule.NN fired NN times: the fifteen most frequent are drawn, most first.
        var many = Enumerable.Range(1, 17)
            .Select(n => HtmlTestReports.WithFindings($"r{n}.txt", Enumerable.Range(0, n)
                .Select(i => HtmlTestReports.Finding($"rule.{n:00}", Severity.Warning, "m", paragraph: i + 1)).ToArray()))
            .Select(Row).ToList();
        var chart = HtmlDom.Parse(BatchOverviewWriter.Write(many, "t")).QuerySelector("#rule-chart")!;
        var drawn = chart.QuerySelectorAll("g.rule-bar").Select(g => g.GetAttribute("data-rule")).ToArray();
        Assert.Equal(Enumerable.Range(3, 15).Reverse().Select(n => $"rule.{n:00}").ToArray(), drawn);
        Assert.Contains("共 17 条规则有发现，图中为最多的 15 条", chart.TextContent);
    }

    [Fact]
    public void Same_rows_give_the_same_bytes_whatever_the_locale()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var first = BatchOverviewWriter.Write(Batch(), "审核总览");
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("zh-CN");
            var second = BatchOverviewWriter.Write(Batch(), "审核总览");
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(first), System.Text.Encoding.UTF8.GetBytes(second));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Names_and_units_are_escaped()
    {
        var row = Row(HtmlTestReports.WithFindings("a&b<script>.txt")) with { Unit = "<script>alert(1)</script>&局" };
        var html = BatchOverviewWriter.Write([row], "总览 <b>&</b>");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;局", html);
        Assert.Contains("<title>总览 &lt;b&gt;&amp;&lt;/b&gt;</title>", html);
        var doc = HtmlDom.Parse(html);
        Assert.Single(doc.QuerySelectorAll("script"));
        Assert.Equal("<script>alert(1)</script>&局", doc.QuerySelector("#reports tbody td")!.TextContent);
    }

    /// <summary>The row keeps what the overview needs after the batch slimmed the result (the way the batch keeps it
    /// once the checklist is written): 96.03% is the 执行率 of the 预算总金额 row of seed 002's 预算信息 table.</summary>
    [SeedFact]
    public void Row_of_a_slimmed_seed_keeps_unit_score_and_rate()
    {
        var report = TestPipeline.CheckFile(TestPipeline.SeedPath("002_98fcc12b36c2cf12")).Slim();
        var row = OverviewRow.Of(report, "checklists/002.html");
        Assert.Equal("苏州市生产力促进中心", row.Unit);
        Assert.Equal(2022, row.Year);
        Assert.Equal("部门（单位）整体支出", row.KindName);
        Assert.Equal("ok", row.Status);
        Assert.Equal(15m, row.Score);
        Assert.Equal(15m, row.JudgedMax);
        Assert.Equal(100m, row.FullPoints);
        Assert.Equal(0, row.Errors);
        Assert.Equal(2, row.Warnings);
        Assert.Equal(96.03m, row.ExecutionRate);
        Assert.Equal("%", row.ExecutionRateUnit);
        Assert.Equal(["claim.all-met", "target.rate-contradiction"], row.Rules.Select(r => r.Rule).ToArray());

        var doc = HtmlDom.Parse(BatchOverviewWriter.Write([row], "t"));
        Assert.Equal("96.03%", doc.QuerySelector("#reports tbody tr")!.Children[7].TextContent);
        var rate = Assert.Single(doc.QuerySelectorAll("#rate-chart g.rate-bar"));
        Assert.Contains("苏州市生产力促进中心（2022）", rate.TextContent);
    }
}
