using System.Text;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEvalIngest.Output.Word;

/// <summary>
/// The few WordprocessingML pieces a checklist is made of: paragraphs of plain text, cells with an optional fill, and
/// fixed-width tables whose header row repeats on every page. Child elements are added in the order the schema
/// requires, so Word, WPS and the Open XML validator all accept them.
/// </summary>
internal static class DocxBlocks
{
    /// <summary>A paragraph of one run; <paramref name="style"/> is a paragraph style id of <see cref="ChecklistDocxStyles"/>.</summary>
    public static W.Paragraph Para(string text, string? style = null, bool bold = false, int indentTwips = 0)
    {
        var p = new W.Paragraph();
        if (style != null || indentTwips > 0)
        {
            var pPr = new W.ParagraphProperties();
            if (style != null) pPr.Append(new W.ParagraphStyleId { Val = style });
            if (indentTwips > 0) pPr.Append(new W.Indentation { Left = indentTwips.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            p.Append(pPr);
        }
        if (text.Length > 0) p.Append(Run(text, bold));
        return p;
    }

    /// <summary>"标签：值" with the label bold, for the header block.</summary>
    public static W.Paragraph Labelled(string label, string value)
    {
        var p = new W.Paragraph();
        p.Append(Run(label + "：", bold: true));
        p.Append(Run(value));
        return p;
    }

    public static W.Run Run(string text, bool bold = false)
    {
        var run = new W.Run();
        if (bold) run.Append(new W.RunProperties(new W.Bold(), new W.BoldComplexScript()));
        run.Append(new W.Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A table cell; a cell must hold at least one paragraph, so an empty list gets an empty one.</summary>
    public static W.TableCell Cell(int widthTwips, IEnumerable<W.Paragraph> paragraphs, string? fill = null,
        W.MergedCellValues? verticalMerge = null)
    {
        var tcPr = new W.TableCellProperties(new W.TableCellWidth { Width = Twips(widthTwips), Type = W.TableWidthUnitValues.Dxa });
        if (verticalMerge is { } merge) tcPr.Append(new W.VerticalMerge { Val = merge });
        if (fill != null) tcPr.Append(new W.Shading { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        var cell = new W.TableCell(tcPr);
        var any = false;
        foreach (var p in paragraphs)
        {
            cell.Append(p);
            any = true;
        }
        if (!any) cell.Append(Para("", ChecklistDocxStyles.TableText));
        return cell;
    }

    /// <summary>A cell of one table-text paragraph.</summary>
    public static W.TableCell TextCell(int widthTwips, string text, string? fill = null, bool bold = false) =>
        Cell(widthTwips, [Para(text, ChecklistDocxStyles.TableText, bold)], fill);

    /// <summary>The header row: bold titles on a grey fill, repeated at the top of every page the table runs onto,
    /// and never split across pages.</summary>
    public static W.TableRow HeaderRow(IReadOnlyList<int> widths, IReadOnlyList<string> titles)
    {
        var row = new W.TableRow(new W.TableRowProperties(new W.CantSplit(), new W.TableHeader()));
        for (var i = 0; i < titles.Count; i++)
            row.Append(TextCell(widths[i], titles[i], ChecklistDocxStyles.HeaderFill, bold: true));
        return row;
    }

    public static W.TableRow Row(IEnumerable<W.TableCell> cells) => new(cells);

    /// <summary>A fixed-layout table in the bordered checklist table style, as wide as the columns given.</summary>
    public static W.Table Table(IReadOnlyList<int> widths, W.TableRow header, IEnumerable<W.TableRow> rows)
    {
        var table = new W.Table(
            new W.TableProperties(
                new W.TableStyle { Val = ChecklistDocxStyles.Table },
                new W.TableWidth { Width = Twips(widths.Sum()), Type = W.TableWidthUnitValues.Dxa },
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                new W.TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new W.TableGrid(widths.Select(w => new W.GridColumn { Width = Twips(w) })));
        table.Append(header);
        table.Append(rows);
        return table;
    }

    public static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Report text as one line of valid XML: characters XML 1.0 forbids (control characters from damaged
    /// files, lone surrogates) would make the document unreadable, and line breaks inside a cell's quote would only
    /// waste space, so both become spaces.</summary>
    public static string Clean(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c >= ' ' && c != '\uFFFE' && c != '\uFFFF' && !char.IsSurrogate(c);
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (ok)
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(text.Length).Append(text, 0, i);
            sb.Append(' ');
        }
        return sb?.ToString() ?? text;
    }
}
