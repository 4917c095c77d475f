using PerfEvalIngest.Facts;

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

    public static void Rubric(DocxBlocks blocks, RubricView? rubric)
    {
        if (rubric == null) return;
        blocks.Para("二、评分项", ChecklistDocxStyles.Heading2);
        blocks.StartTable(RubricWidths, ["标记", "项目", "状态", "得分", "依据"]);
        foreach (var i in rubric.Items)
            blocks.Row(
            [
                DocxCell.Text(RubricWidths[0], i.Mark),
                DocxCell.Text(RubricWidths[1], i.Title),
                DocxCell.Text(RubricWidths[2], i.StatusName),
                DocxCell.Text(RubricWidths[3], Score(i)),
                new DocxCell(RubricWidths[4], Basis(i)),
            ]);
        blocks.EndTable();
    }

    /// <summary>"3/3", or "—/20" where a reviewer must judge the item.</summary>
    internal static string Score(RubricItemView i) =>
        (i.Score is decimal s ? ChecklistView.Number(s) : "—") + "/" + ChecklistView.Number(i.Max);

    private static List<string> Basis(RubricItemView i)
    {
        var lines = new List<string>(2);
        if (!string.IsNullOrEmpty(i.Evidence)) lines.Add(i.Evidence);
        if (!string.IsNullOrEmpty(i.Where)) lines.Add("位置：" + i.Where);
        return lines;
    }

    public static void KeyFigures(DocxBlocks blocks, ChecklistView view)
    {
        if (!view.Checked) return;
        blocks.Para("三、主要数据", ChecklistDocxStyles.Heading2);
        if (view.KeyFigures.Count == 0)
        {
            blocks.Para("未识别到主要数据。");
            return;
        }
        blocks.StartTable(FigureWidths, ["指标", "数值", "位置", "原文"]);
        foreach (var f in view.KeyFigures)
            blocks.Row(
            [
                DocxCell.Text(FigureWidths[0], f.Name),
                DocxCell.Text(FigureWidths[1], ChecklistView.Number(f.Value) + f.Unit),
                DocxCell.Text(FigureWidths[2], f.Location.Describe()),
                DocxCell.Text(FigureWidths[3], f.Text.Length <= FigureQuoteLength ? f.Text : f.Text[..FigureQuoteLength] + "…"),
            ]);
        blocks.EndTable();
    }

    /// <summary>The outline; always ends with a paragraph, since Word wants one between a table and the section's end.</summary>
    public static void Outline(DocxBlocks blocks, ChecklistView view)
    {
        if (view.Outline.Count == 0)
        {
            blocks.Para("");
            return;
        }
        blocks.Para("四、报告结构", ChecklistDocxStyles.Heading2);
        foreach (var h in view.Outline)
            blocks.Para(h.Label + h.Title + (h.Category != null ? "（" + h.Category + "）" : ""),
                indentTwips: Math.Max(0, h.Level - 1) * IndentPerLevel);
    }
}
