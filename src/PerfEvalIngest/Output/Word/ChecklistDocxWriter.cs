using PerfEvalIngest.Facts;
using System.Globalization;
using W = DocumentFormat.OpenXml.Wordprocessing;

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

    /// <summary>The width every table takes: the page less its side margins.</summary>
    internal const int TextWidth = PageWidth - 2 * MarginSides;

    /// <summary>Writes the checklist of <paramref name="report"/> as a .docx into <paramref name="stream"/>.</summary>
    public static void Write(ReportResult report, Stream stream) => Write(ChecklistView.Of(report), stream);

    internal static void Write(ChecklistView view, Stream stream)
    {
        var body = new W.Body();
        body.Append(Header(view));
        body.Append(ChecklistDocxFindings.Section(view));
        body.Append(ChecklistDocxSections.Rubric(view.Rubric));
        body.Append(ChecklistDocxSections.KeyFigures(view));
        body.Append(ChecklistDocxSections.Outline(view));
        body.Append(Page());
        DocxPackage.Write(stream, "审核清单：" + view.Title, body);
    }

    /// <summary>The header block: title, file, unit, year, kinds, the rubric's score and the counts by severity.</summary>
    private static IEnumerable<W.Paragraph> Header(ChecklistView view)
    {
        yield return DocxBlocks.Para("审核清单：" + view.Title, ChecklistDocxStyles.Heading1);
        yield return DocxBlocks.Labelled("文件", view.SourcePath + (view.Format.Length > 0 ? "（" + view.Format + "）" : ""));
        yield return DocxBlocks.Labelled("单位", view.Unit ?? "（未识别）");
        yield return DocxBlocks.Labelled("年度", view.Year?.ToString(CultureInfo.InvariantCulture) ?? "（未识别）");
        yield return DocxBlocks.Labelled("类型", view.KindName + "；文件类别：" + view.DocumentKindName);
        if (view.Failure is { } failure)
            yield return DocxBlocks.Labelled("未检查", failure.CodeName + "（" + failure.Code + "）：" + failure.Message);
        if (view.Rubric is { } r)
            yield return DocxBlocks.Labelled("评分规则", r.Title + "；可自动判定部分得分 " + ChecklistView.Number(r.Score) + " / "
                + ChecklistView.Number(r.JudgedMax) + "，另有 " + ChecklistView.Number(r.NeedsHumanMax) + " 分需人工评审（满分 "
                + ChecklistView.Number(r.FullPoints) + "）");
        yield return DocxBlocks.Labelled("发现", "错误 " + Count(view.Errors) + "，警告 " + Count(view.Warnings) + "，提示 " + Count(view.Infos));
    }

    internal static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static W.SectionProperties Page() => new(
        new W.PageSize { Width = PageWidth, Height = PageHeight },
        new W.PageMargin
        {
            Top = MarginTopBottom, Bottom = MarginTopBottom, Left = MarginSides, Right = MarginSides,
            Header = 851, Footer = 992, Gutter = 0,
        });
}
