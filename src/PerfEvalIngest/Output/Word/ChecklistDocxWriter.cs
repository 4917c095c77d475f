using PerfEvalIngest.Facts;
using System.Globalization;

namespace PerfEvalIngest.Output.Word;

/// <summary>
/// The reviewer's checklist for one report as a Word document (<see cref="ChecklistView"/> laid out, as the Markdown
/// <see cref="ChecklistWriter"/> does): the header block, the findings as one table errors first, the rubric items,
/// the key figures and the outline, on A4 pages. A file that could not be read says so where the findings would be,
/// never 未发现问题. The bytes depend on the view only (<see cref="DocxPackage"/>), and every number is printed
/// through <see cref="ChecklistView.Number"/>, whatever the current culture.
/// </summary>
public static class ChecklistDocxWriter
{
    /// <summary>A4 portrait in twentieths of a point, with 2.54 cm top and bottom and 2 cm side margins.</summary>
    private const int PageWidth = 11906, PageHeight = 16838, MarginTopBottom = 1440, MarginSides = 1134;

    /// <summary>The header's and footer's distances from the page's edge, 1.5 cm and 1.75 cm as in a new Chinese Word document.</summary>
    private const int HeaderDistance = 851, FooterDistance = 992;

    /// <summary>The width every table takes: the page less its side margins.</summary>
    internal const int TextWidth = PageWidth - 2 * MarginSides;

    /// <summary>Writes the checklist of <paramref name="report"/> as a .docx into <paramref name="stream"/>.</summary>
    public static void Write(ReportResult report, Stream stream) => Write(ChecklistView.Of(report), stream);

    internal static void Write(ChecklistView view, Stream stream) =>
        DocxPackage.Write(stream, "审核清单：" + view.Title, blocks =>
        {
            Header(blocks, view);
            ChecklistDocxFindings.Section(blocks, view);
            ChecklistDocxSections.Rubric(blocks, view.Rubric);
            ChecklistDocxSections.KeyFigures(blocks, view);
            ChecklistDocxSections.Outline(blocks, view);
            blocks.Page(PageWidth, PageHeight, MarginTopBottom, MarginSides, HeaderDistance, FooterDistance);
        });

    /// <summary>The header block: title, file, unit, year, kinds, the rubric's score and the counts by severity.</summary>
    private static void Header(DocxBlocks blocks, ChecklistView view)
    {
        blocks.Para("审核清单：" + view.Title, ChecklistDocxStyles.Heading1);
        blocks.Labelled("文件", view.SourcePath + (view.Format.Length > 0 ? "（" + view.Format + "）" : ""));
        blocks.Labelled("单位", view.Unit ?? "（未识别）");
        blocks.Labelled("年度", view.Year?.ToString(CultureInfo.InvariantCulture) ?? "（未识别）");
        blocks.Labelled("类型", view.KindName + "；文件类别：" + view.DocumentKindName);
        if (view.Failure is { } failure)
            blocks.Labelled("未检查", failure.CodeName + "（" + failure.Code + "）：" + failure.Message);
        if (view.Rubric is { } r)
            blocks.Labelled("评分规则", r.Title + "；可自动判定部分得分 " + ChecklistView.Number(r.Score) + " / "
                + ChecklistView.Number(r.JudgedMax) + "，另有 " + ChecklistView.Number(r.NeedsHumanMax) + " 分需人工评审（满分 "
                + ChecklistView.Number(r.FullPoints) + "）");
        blocks.Labelled("发现", "错误 " + Count(view.Errors) + "，警告 " + Count(view.Warnings) + "，提示 " + Count(view.Infos));
    }

    internal static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
