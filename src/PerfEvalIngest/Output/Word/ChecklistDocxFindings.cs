using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

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

    public static IEnumerable<OpenXmlElement> Section(ChecklistView view)
    {
        var total = view.Errors + view.Warnings + view.Infos;
        yield return DocxBlocks.Para("一、需核实的问题（" + ChecklistDocxWriter.Count(total) + "）", ChecklistDocxStyles.Heading2);
        if (view.Failure is { } failure)
        {
            var p = new W.Paragraph();
            p.Append(DocxBlocks.Run("本文件未能读取，未做检查：", bold: true));
            p.Append(DocxBlocks.Run(failure.CodeName + "（" + failure.Code + "）。" + failure.Message));
            yield return p;
            yield break;
        }
        if (view.Findings.Count == 0)
        {
            yield return DocxBlocks.Para("未发现问题。");
            yield break;
        }
        yield return DocxBlocks.Table(Widths,
            DocxBlocks.HeaderRow(Widths, ["严重程度", "规则", "问题", "位置", "原文"]),
            view.Findings.SelectMany(Rows));
    }

    private static IEnumerable<W.TableRow> Rows(FindingGroup g)
    {
        var fill = DocxSeverity.Fill(g.Severity);
        var merged = g.Places.Count > 1;
        var problem = g.Message + (merged ? "（共 " + ChecklistDocxWriter.Count(g.Places.Count) + " 处）" : "");
        for (var i = 0; i < g.Places.Count; i++)
        {
            var place = g.Places[i];
            W.MergedCellValues? merge = !merged ? null : i == 0 ? W.MergedCellValues.Restart : W.MergedCellValues.Continue;
            var first = i == 0;
            yield return DocxBlocks.Row(
            [
                DocxBlocks.Cell(Widths[0], first ? [Text(DocxSeverity.Label(g.Severity, g.SeverityName), bold: true)] : [], fill, merge),
                DocxBlocks.Cell(Widths[1], first ? [Text(g.Rule), Text(g.CategoryName)] : [], null, merge),
                DocxBlocks.Cell(Widths[2], first ? [Text(problem)] : [], null, merge),
                DocxBlocks.TextCell(Widths[3], place.Where),
                DocxBlocks.TextCell(Widths[4], place.Evidence.Length > 0 ? "「" + Clip(place.Evidence) + "」" : ""),
            ]);
        }
    }

    private static W.Paragraph Text(string text, bool bold = false) => DocxBlocks.Para(text, ChecklistDocxStyles.TableText, bold);

    private static string Clip(string s) => s.Length <= QuoteLength ? s : s[..QuoteLength] + "…";
}
