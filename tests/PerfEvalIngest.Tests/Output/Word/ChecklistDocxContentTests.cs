using PerfEvalIngest.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEvalIngest.Tests.Output.Word;

/// <summary>
/// What the Word checklist says, read back with the SDK. The seed's values were read from the report itself:
/// 一、预算部门名称：苏州市生产力促进中心, （2022年度）, the 预算信息 table's 预算总金额 row with 执行率 96.03%, and
/// every part the Suzhou rubric asks for present (正文 8 + 附表 7 = 15 judged points; 20 + 20 + 15 left to a reviewer).
/// </summary>
public sealed class ChecklistDocxContentTests
{
    private const string Amber = "FFD27F", Red = "F4B6B6", Blue = "BDD7EE";

    [SeedFact]
    public void Suzhou_seed_header_findings_rubric_and_figures()
    {
        using var doc = DocxChecklists.Open(DocxChecklists.Bytes(DocxChecklists.Seed(DocxChecklists.SuzhouSeed)));
        var body = DocxChecklists.Body(doc);
        var paragraphs = DocxChecklists.Paragraphs(body);

        // The report's title is printed over two lines, the second one the year in brackets.
        Assert.Equal("审核清单：苏州市市级预算部门（单位）整体支出预算绩效自评报告（2022年度）", paragraphs[0]);
        Assert.Contains("单位：苏州市生产力促进中心", paragraphs);
        Assert.Contains("年度：2022", paragraphs);
        // The Suzhou rubric: 完整性 8 + 7 judged by the tool; 自评表 20, 问题 20, 建议 15 and the process items 布置工作 10
        // and 实施评价 20 left to a reviewer: 100 in all.
        Assert.Contains(paragraphs, p => p.StartsWith("评分规则：", StringComparison.Ordinal)
            && p.EndsWith("可自动判定部分得分 15 / 15，另有 85 分需人工评审（满分 100）", StringComparison.Ordinal));
        Assert.Contains("发现：错误 0，警告 2，提示 0", paragraphs);
        Assert.DoesNotContain("未发现问题。", paragraphs);

        var findings = DocxChecklists.Rows(DocxChecklists.TableHeaded(body, "严重程度")!);
        Assert.Equal(["target.rate-contradiction", "claim.all-met"],
            findings.Select(r => r[1].Elements<W.Paragraph>().First().InnerText));
        foreach (var row in findings)
        {
            Assert.Equal("▲ 警告", DocxChecklists.Text(row[0]));
            Assert.Equal(Amber, DocxChecklists.Fill(row[0]));
        }
        Assert.DoesNotContain(findings, r => DocxChecklists.Text(r[0]).Contains("错误") || DocxChecklists.Fill(r[0]) == Red);
        Assert.Contains("全面完成了年度总体绩效目标", DocxChecklists.Text(findings[1][4]));

        var rubric = DocxChecklists.Rows(DocxChecklists.TableHeaded(body, "标记")!);
        var name = rubric.Single(r => DocxChecklists.Text(r[1]) == "预算部门名称");
        Assert.Equal(["✓", "已有"], [DocxChecklists.Text(name[0]), DocxChecklists.Text(name[2])]);
        Assert.Equal("—/20", DocxChecklists.Text(rubric.Single(r => DocxChecklists.Text(r[1]) == "指标细化到三级指标")[3]));

        var figures = DocxChecklists.Rows(DocxChecklists.TableHeaded(body, "指标")!);
        Assert.Contains(figures, r => DocxChecklists.Text(r[0]).StartsWith("预算执行率", StringComparison.Ordinal)
            && DocxChecklists.Text(r[1]) == "96.03%");
    }

    [Fact]
    public void A_failed_file_says_it_was_not_checked()
    {
        using var doc = DocxChecklists.Open(DocxChecklists.Bytes(DocxChecklists.Failed()));
        var body = DocxChecklists.Body(doc);
        var text = string.Join("\n", DocxChecklists.Paragraphs(body));

        Assert.Contains("本文件未能读取，未做检查：文件已加密（encrypted）。文件已加密（设有打开密码），请去除密码后重新保存", text);
        Assert.DoesNotContain("未发现问题", text);
        Assert.DoesNotContain("三、主要数据", text);
        Assert.Empty(body.Elements<W.Table>());
    }

    [Fact]
    public void A_checked_file_without_findings_says_so()
    {
        var view = DocxChecklists.Synthetic() with { Findings = [], Errors = 0, Warnings = 0, Infos = 0 };
        using var doc = DocxChecklists.Open(DocxChecklists.Bytes(view));
        var paragraphs = DocxChecklists.Paragraphs(DocxChecklists.Body(doc));
        Assert.Contains("一、需核实的问题（0）", paragraphs);
        Assert.Contains("未发现问题。", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("未做检查"));
    }

    [Fact]
    public void Severities_are_coloured_and_marked_and_a_repeated_cause_lists_every_place()
    {
        using var doc = DocxChecklists.Open(DocxChecklists.Bytes(DocxChecklists.Synthetic()));
        var table = DocxChecklists.TableHeaded(DocxChecklists.Body(doc), "严重程度")!;
        Assert.NotNull(table.Elements<W.TableRow>().First().TableRowProperties?.GetFirstChild<W.TableHeader>());

        var rows = DocxChecklists.Rows(table);
        Assert.Equal(5, rows.Count);
        Assert.Equal(("✖ 错误", Red), (DocxChecklists.Text(rows[0][0]), DocxChecklists.Fill(rows[0][0])));
        Assert.Equal(("▲ 警告", Amber), (DocxChecklists.Text(rows[1][0]), DocxChecklists.Fill(rows[1][0])));
        Assert.Equal(("● 提示", Blue), (DocxChecklists.Text(rows[4][0]), DocxChecklists.Fill(rows[4][0])));

        // The warning's three places: one row each, severity, rule and problem merged down over them.
        Assert.Equal("金额单位与上下文不一致（共 3 处）", DocxChecklists.Text(rows[1][2]));
        Assert.Equal(["二、 第1段", "二、 第4段", "表T1 第2行第3列"], rows[1..4].Select(r => DocxChecklists.Text(r[3])));
        Assert.Equal(W.MergedCellValues.Restart, rows[1][0].TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.All(rows[2..4], r => Assert.Equal(W.MergedCellValues.Continue, r[0].TableCellProperties!.VerticalMerge!.Val!.Value));
        Assert.Null(rows[0][0].TableCellProperties!.VerticalMerge);
        // The bell character of a damaged file becomes a space rather than breaking the XML.
        Assert.Equal("「支出 13元」", DocxChecklists.Text(rows[2][4]));
    }

    [Fact]
    public void Fonts_and_page_are_those_of_a_Chinese_A4_document()
    {
        using var doc = DocxChecklists.Open(DocxChecklists.Bytes(DocxChecklists.Synthetic()));
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var fonts = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        Assert.Equal(("宋体", "Times New Roman"), (fonts.EastAsia?.Value, fonts.Ascii?.Value));
        Assert.Equal(["Heading1", "Heading2"],
            styles.Elements<W.Style>().Select(s => s.StyleId?.Value).Where(id => id is "Heading1" or "Heading2"));

        var page = DocxChecklists.Body(doc).GetFirstChild<W.SectionProperties>()!.GetFirstChild<W.PageSize>()!;
        Assert.Equal((11906u, 16838u), (page.Width!.Value, page.Height!.Value));
    }
}
