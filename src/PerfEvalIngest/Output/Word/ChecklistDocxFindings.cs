namespace PerfEvalIngest.Output.Word;

/// <summary>
/// The findings as one table, 严重程度 | 规则 | 问题 | 位置 | 原文, in the view's order (errors first). A group of
/// several places takes one row per place: its severity, rule and problem cells are merged down over those rows, so
/// each place stays level with its own quote however long the quotes wrap. A file that was not checked gets a
/// paragraph saying so instead of the table.
/// </summary>
internal static class ChecklistDocxFindings
{
    private static readonly IReadOnlyList<int> Widths = [1050, 1700, 2500, 1550, 2838];

    /// <summary>Quotes are clipped as in the Markdown checklist: enough to find the place, not the whole paragraph.</summary>
    private const int QuoteLength = 160;

    public static void Section(DocxBlocks blocks, ChecklistView view)
    {
        var total = view.Errors + view.Warnings + view.Infos;
        blocks.Para("一、需核实的问题（" + ChecklistDocxWriter.Count(total) + "）", ChecklistDocxStyles.Heading2);
        if (view.Failure is { } failure)
        {
            blocks.Labelled("本文件未能读取，未做检查", failure.CodeName + "（" + failure.Code + "）。" + failure.Message);
            return;
        }
        if (view.Findings.Count == 0)
        {
            blocks.Para("未发现问题。");
            return;
        }
        blocks.StartTable(Widths, ["严重程度", "规则", "问题", "位置", "原文"]);
        foreach (var g in view.Findings) Rows(blocks, g);
        blocks.EndTable();
    }

    private static void Rows(DocxBlocks blocks, FindingGroup g)
    {
        var fill = DocxSeverity.Fill(g.Severity);
        var merged = g.Places.Count > 1;
        var problem = g.Message + (merged ? "（共 " + ChecklistDocxWriter.Count(g.Places.Count) + " 处）" : "");
        for (var i = 0; i < g.Places.Count; i++)
        {
            var place = g.Places[i];
            var merge = !merged ? VerticalMerge.None : i == 0 ? VerticalMerge.Restart : VerticalMerge.Continue;
            var first = i == 0;
            blocks.Row(
            [
                new DocxCell(Widths[0], first ? [DocxSeverity.Label(g.Severity, g.SeverityName)] : [], fill, Bold: true, merge),
                new DocxCell(Widths[1], first ? [g.Rule, g.CategoryName] : [], Merge: merge),
                new DocxCell(Widths[2], first ? [problem] : [], Merge: merge),
                DocxCell.Text(Widths[3], place.Where),
                DocxCell.Text(Widths[4], place.Evidence.Length > 0 ? "「" + Clip(place.Evidence) + "」" : ""),
            ]);
        }
    }

    private static string Clip(string s) => s.Length <= QuoteLength ? s : s[..QuoteLength] + "…";
}
