using PerfEvalIngest.Facts;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEvalIngest.Output.Word;

/// <summary>The checklist's sections after the findings, numbered as in the Markdown checklist: 二、评分项 (the
/// rubric's items with their points), 三、主要数据 (the key figures, only of a checked file) and 四、报告结构 (the
/// outline, one indented paragraph per heading).</summary>
internal static class ChecklistDocxSections
{
    private static readonly IReadOnlyList<int> RubricWidths = [600, 2900, 1100, 1000, 4038];
    private static readonly IReadOnlyList<int> FigureWidths = [2200, 1600, 2000, 3838];

    /// <summary>Two characters of 五号 per outline level.</summary>
    private const int IndentPerLevel = 420;

    private const int FigureQuoteLength = 60;

    public static IEnumerable<OpenXmlElement> Rubric(RubricView? rubric)
    {
        if (rubric == null) yield break;
        yield return DocxBlocks.Para("二、评分项", ChecklistDocxStyles.Heading2);
        yield return DocxBlocks.Table(RubricWidths,
            DocxBlocks.HeaderRow(RubricWidths, ["标记", "项目", "状态", "得分", "依据"]),
            rubric.Items.Select(i => DocxBlocks.Row(
            [
                DocxBlocks.TextCell(RubricWidths[0], i.Mark),
                DocxBlocks.TextCell(RubricWidths[1], i.Title),
                DocxBlocks.TextCell(RubricWidths[2], i.StatusName),
                DocxBlocks.TextCell(RubricWidths[3], Score(i)),
                DocxBlocks.Cell(RubricWidths[4], Basis(i)),
            ])));
    }

    /// <summary>"3/3", or "—/20" where a reviewer must judge the item.</summary>
    internal static string Score(RubricItemView i) =>
        (i.Score is decimal s ? ChecklistView.Number(s) : "—") + "/" + ChecklistView.Number(i.Max);

    private static IEnumerable<W.Paragraph> Basis(RubricItemView i)
    {
        if (!string.IsNullOrEmpty(i.Evidence)) yield return DocxBlocks.Para(i.Evidence, ChecklistDocxStyles.TableText);
        if (!string.IsNullOrEmpty(i.Where)) yield return DocxBlocks.Para("位置：" + i.Where, ChecklistDocxStyles.TableText);
    }

    public static IEnumerable<OpenXmlElement> KeyFigures(ChecklistView view)
    {
        if (!view.Checked) yield break;
        yield return DocxBlocks.Para("三、主要数据", ChecklistDocxStyles.Heading2);
        if (view.KeyFigures.Count == 0)
        {
            yield return DocxBlocks.Para("未识别到主要数据。");
            yield break;
        }
        yield return DocxBlocks.Table(FigureWidths,
            DocxBlocks.HeaderRow(FigureWidths, ["指标", "数值", "位置", "原文"]),
            view.KeyFigures.Select(f => DocxBlocks.Row(
            [
                DocxBlocks.TextCell(FigureWidths[0], f.Name),
                DocxBlocks.TextCell(FigureWidths[1], ChecklistView.Number(f.Value) + f.Unit),
                DocxBlocks.TextCell(FigureWidths[2], f.Location.Describe()),
                DocxBlocks.TextCell(FigureWidths[3], f.Text.Length <= FigureQuoteLength ? f.Text : f.Text[..FigureQuoteLength] + "…"),
            ])));
    }

    /// <summary>The outline; always ends with a paragraph, since Word wants one between a table and the section's end.</summary>
    public static IEnumerable<OpenXmlElement> Outline(ChecklistView view)
    {
        if (view.Outline.Count == 0)
        {
            yield return DocxBlocks.Para("");
            yield break;
        }
        yield return DocxBlocks.Para("四、报告结构", ChecklistDocxStyles.Heading2);
        foreach (var h in view.Outline)
            yield return DocxBlocks.Para(h.Label + h.Title + (h.Category != null ? "（" + h.Category + "）" : ""),
                indentTwips: Math.Max(0, h.Level - 1) * IndentPerLevel);
    }
}
