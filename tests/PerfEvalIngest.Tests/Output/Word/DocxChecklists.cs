using DocumentFormat.OpenXml.Packaging;
using PerfEvalIngest.Checks;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Output;
using PerfEvalIngest.Output.Word;
using PerfEvalIngest.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEvalIngest.Tests.Output.Word;

/// <summary>The checklists the Word tests write, and ways to read one back.</summary>
internal static class DocxChecklists
{
    public const string SuzhouSeed = "002_98fcc12b36c2cf12";

    public static ChecklistView Seed(string stem) => ChecklistView.Of(TestPipeline.CheckFile(TestPipeline.SeedPath(stem)));

    /// <summary>A Word file with an opening password: the reader refuses it before anything is read.</summary>
    public static ChecklistView Failed() => ChecklistView.Of(new ReportResult("locked.docx",
        new SourceInfo("in/locked.docx", "docx", ""), new ReadError("encrypted", "文件已加密（设有打开密码），请去除密码后重新保存"),
        null, null, null, []));

    /// <summary>A made-up view with every severity, one cause at three places, a control character in a quote (as
    /// damaged files have) and no outline: the cases a seed may not reach.</summary>
    public static ChecklistView Synthetic()
    {
        static FindingPlace Place(string where, string evidence) => new(where, Location.None, evidence, null, null);
        return new ChecklistView("made-up.txt", "in/made-up.txt", "txt", "某单位2023年度部门整体支出绩效自评报告", "某单位", 2023,
            "部门（单位）整体支出", "部门（单位）整体支出绩效自评报告", null, 1, 3, 1,
            [
                new FindingGroup(Severity.Error, "错误", "arithmetic.sum", "arithmetic", "计算", "分项之和不等于合计",
                    [Place("一、 第3段", "合计100万元，其中甲40万元、乙50万元")]),
                new FindingGroup(Severity.Warning, "警告", "unit", "unit", "单位", "金额单位与上下文不一致",
                    [Place("二、 第1段", "支出12元"), Place("二、 第4段", "支出\u000713元"), Place("表T1 第2行第3列", "14元")]),
                new FindingGroup(Severity.Info, "提示", "numbering.mixed", "numbering", "编号", "同一层级编号样式不一",
                    [Place("三、 第2段", "2.")]),
            ],
            null, [], []);
    }

    public static byte[] Bytes(ChecklistView view)
    {
        using var stream = new MemoryStream();
        ChecklistDocxWriter.Write(view, stream);
        return stream.ToArray();
    }

    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    public static W.Body Body(WordprocessingDocument doc) => doc.MainDocumentPart!.Document!.Body!;

    /// <summary>A cell's paragraphs, one line each.</summary>
    public static string Text(W.TableCell cell) => string.Join("\n", cell.Elements<W.Paragraph>().Select(p => p.InnerText));

    /// <summary>The table whose header row starts with <paramref name="firstTitle"/>.</summary>
    public static W.Table? TableHeaded(W.Body body, string firstTitle) =>
        body.Elements<W.Table>().FirstOrDefault(t => Text(t.Elements<W.TableRow>().First().Elements<W.TableCell>().First()) == firstTitle);

    /// <summary>A table's rows below the header, each as its cells.</summary>
    public static List<List<W.TableCell>> Rows(W.Table table) =>
        table.Elements<W.TableRow>().Skip(1).Select(r => r.Elements<W.TableCell>().ToList()).ToList();

    public static string? Fill(W.TableCell cell) => cell.TableCellProperties?.Shading?.Fill?.Value;

    public static List<string> Paragraphs(W.Body body) => body.Elements<W.Paragraph>().Select(p => p.InnerText).ToList();
}
