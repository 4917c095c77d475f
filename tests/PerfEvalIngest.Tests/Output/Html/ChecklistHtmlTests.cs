using System.Globalization;
using PerfEvalIngest.Checks;
using PerfEvalIngest.Output;
using PerfEvalIngest.Output.Html;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Output.Html;

/// <summary>The HTML checklist as a browser reads it: a well-formed page of its own, findings errors first in the
/// five columns, a failed file never passed off as clean, every text escaped.</summary>
public sealed class ChecklistHtmlTests
{
    [Fact]
    public void Page_is_well_formed_Chinese_and_needs_nothing_from_outside()
    {
        var html = ChecklistHtmlWriter.Write(HtmlTestReports.Mixed());
        var doc = HtmlDom.Parse(html);
        HtmlDom.AssertHtml5Chinese(doc, html);
        HtmlDom.AssertSelfContained(doc);
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Contains("@media print", doc.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("size:A4", doc.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("\"Noto Sans CJK SC\"", doc.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_table_has_five_columns_errors_first_each_marked_by_colour_sign_and_word()
    {
        var doc = HtmlDom.Parse(ChecklistHtmlWriter.Write(HtmlTestReports.Mixed()));
        var table = doc.QuerySelector("table.findings")!;
        Assert.Equal(["严重程度", "规则", "问题", "位置", "原文"], table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToArray());

        // Reading order was warning, error, hint, error: errors come first, the two errors as one cause.
        var groups = table.QuerySelectorAll("tbody.group").ToList();
        Assert.Equal(["sev-error", "sev-warning", "sev-info"], groups.Select(g => g.ClassList.Single(c => c.StartsWith("sev-"))).ToArray());
        Assert.Equal(["arithmetic.sum", "claim.all-met", "numbering.sequence"], groups.Select(g => g.GetAttribute("data-rule")!).ToArray());

        var error = groups[0];
        Assert.Equal(2, error.QuerySelectorAll("tr").Length);
        Assert.Equal("✖ 错误", error.QuerySelector("td.sev .badge.sev-error")!.TextContent);
        Assert.Contains("（共 2 处）", error.QuerySelector("td.message")!.TextContent);
        Assert.Equal(["一、 第5段 第2页", "一、 第9段 第2页"], error.QuerySelectorAll("td.where").Select(td => td.TextContent).ToArray());
        Assert.Equal("▲ 警告", groups[1].QuerySelector(".badge.sev-warning")!.TextContent);
        Assert.Equal("● 提示", groups[2].QuerySelector(".badge.sev-info")!.TextContent);

        var css = doc.QuerySelector("style")!.TextContent;
        Assert.Contains(".badge.sev-error{background:#c62828", css, StringComparison.Ordinal);
        Assert.Contains(".badge.sev-warning{background:#f0a000", css, StringComparison.Ordinal);
        Assert.Contains("错误 2", doc.QuerySelector("header .counts")!.TextContent);
        Assert.Contains("警告 1", doc.QuerySelector("header .counts")!.TextContent);
    }

    [Fact]
    public void Failed_file_says_it_was_not_checked_and_never_that_nothing_was_found()
    {
        var report = HtmlTestReports.Failed("bad.docx", "corrupt", "压缩包已损坏 / zip is damaged");
        var html = ChecklistHtmlWriter.Write(report);
        var doc = HtmlDom.Parse(html);
        var failure = doc.QuerySelector("#findings .failure")!;
        Assert.Contains("本文件未能读取，未做检查", failure.TextContent);
        Assert.Contains("文件损坏", failure.TextContent);
        Assert.Contains("corrupt", failure.TextContent);
        Assert.Contains("压缩包已损坏 / zip is damaged", failure.TextContent);
        Assert.DoesNotContain("未发现问题", html);
        Assert.Equal("一、需核实的问题（未检查）", doc.QuerySelector("#findings h2")!.TextContent);
        Assert.Null(doc.QuerySelector("table.findings"));
        Assert.Null(doc.QuerySelector("#figures"));
    }

    [Fact]
    public void File_the_reader_cannot_open_is_shown_as_unchecked()
    {
        var dir = Directory.CreateTempSubdirectory("html-checklist-");
        try
        {
            var path = Path.Combine(dir.FullName, "broken.docx");
            File.WriteAllBytes(path, "PK\u0003\u0004 not really a zip"u8.ToArray());
            var report = TestPipeline.CheckFile(path);
            Assert.True(report.Failed);
            var html = ChecklistHtmlWriter.Write(report);
            Assert.Contains("未做检查", HtmlDom.Parse(html).QuerySelector("#findings")!.TextContent);
            Assert.DoesNotContain("未发现问题", html);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Checked_file_without_findings_says_so()
    {
        var doc = HtmlDom.Parse(ChecklistHtmlWriter.Write(HtmlTestReports.WithFindings("clean.txt")));
        Assert.Equal("未发现问题。", doc.QuerySelector("#findings p.none")!.TextContent);
    }

    [Fact]
    public void Markup_and_ampersands_in_report_text_are_shown_not_run()
    {
        var report = HtmlTestReports.WithFindings("x<y>&z.txt",
            HtmlTestReports.Finding("claim.all-met", Severity.Warning, "<script>alert(1)</script> A&B \"引\" 'x'", "<img src=x onerror=alert(1)>&amp;"));
        var html = ChecklistHtmlWriter.Write(report);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; A&amp;B &quot;引&quot; &#39;x&#39;", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;&amp;amp;", html);
        Assert.DoesNotContain("<script>", html);
        var doc = HtmlDom.Parse(html);
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Empty(doc.QuerySelectorAll("img"));
        Assert.Equal("<script>alert(1)</script> A&B \"引\" 'x'", doc.QuerySelector("td.message")!.TextContent);
        Assert.Equal("审核清单：x<y>&z.txt", doc.Title);
    }

    [Fact]
    public void Long_evidence_is_clipped_with_the_whole_text_kept()
    {
        var evidence = string.Concat(Enumerable.Repeat("预算执行率为96.03%。", 30));
        var doc = HtmlDom.Parse(ChecklistHtmlWriter.Write(HtmlTestReports.WithFindings("long.txt",
            HtmlTestReports.Finding("claim.all-met", Severity.Warning, "长原文", evidence))));
        var details = doc.QuerySelector("details.evidence")!;
        Assert.Equal(201, details.QuerySelector("summary")!.TextContent.Length);
        Assert.EndsWith("…", details.QuerySelector("summary")!.TextContent);
        Assert.Equal(evidence, details.QuerySelector(".full")!.TextContent);
        Assert.Equal(evidence, details.GetAttribute("title"));
    }

    [Fact]
    public void Outline_nests_each_heading_under_the_one_it_belongs_to()
    {
        // 一、 then 1. (two levels down), （二） between them, then 二、 and its own 1.
        var view = ChecklistView.Of(HtmlTestReports.WithFindings("outline.txt")) with
        {
            Outline =
            [
                new OutlineLine(1, "一、", "部门概况", "overview"),
                new OutlineLine(3, "1.", "主要职责", null),
                new OutlineLine(3, "2.", "机构设置", null),
                new OutlineLine(2, "（二）", "人员情况", null),
                new OutlineLine(1, "二、", "存在问题", "problems"),
                new OutlineLine(3, "1.", "问题一", null),
            ],
        };
        var doc = HtmlDom.Parse(ChecklistHtmlWriter.Write(view));
        var top = doc.QuerySelectorAll("ul.outline > li").ToList();
        Assert.Equal(2, top.Count);
        Assert.StartsWith("一、部门概况", top[0].TextContent);
        Assert.Equal(["1.主要职责", "2.机构设置", "（二）人员情况"],
            top[0].QuerySelectorAll(":scope > ul > li").Select(li => li.TextContent.Trim()).ToArray());
        Assert.StartsWith("二、存在问题", top[1].TextContent);
        Assert.Equal(["1.问题一"], top[1].QuerySelectorAll(":scope > ul > li").Select(li => li.TextContent.Trim()).ToArray());
        Assert.Empty(doc.QuerySelectorAll("ul.outline ul ul"));
    }

    [Fact]
    public void Same_view_gives_same_text_whatever_the_locale()
    {
        var report = TestPipeline.Check("一、部门（单位）概况\n2023年收入总额为2792.30万元，其中财政拨款收入为2318.05万元。\n");
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var german = ChecklistHtmlWriter.Write(report);
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Assert.Equal(ChecklistHtmlWriter.Write(report), german);
            Assert.Contains("2792.30万元", german);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
