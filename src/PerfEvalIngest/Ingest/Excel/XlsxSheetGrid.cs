using System.Text;
using DocumentFormat.OpenXml;
using PerfEvalIngest.DocumentModel;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEvalIngest.Ingest.Excel;

/// <summary>One worksheet as a grid of cell texts: merged ranges as spans, trailing empty rows and columns cut.</summary>
internal sealed record XlsxSheetGrid(IReadOnlyList<TableCell> Cells, int RowCount, int ColumnCount)
{
    public static XlsxSheetGrid Read(S.Worksheet? worksheet, IReadOnlyList<string> strings, IReadOnlyList<string?> formats)
    {
        var values = new Dictionary<(int Row, int Col), string>();
        int nextRow = 0;
        foreach (var row in worksheet?.GetFirstChild<S.SheetData>()?.Elements<S.Row>() ?? [])
        {
            int r = row.RowIndex?.Value is uint ri && ri > 0 ? (int)ri - 1 : nextRow;
            nextRow = r + 1;
            int nextCol = 0;
            foreach (var cell in row.Elements<S.Cell>())
            {
                var (cr, cc) = ParseReference(cell.CellReference?.Value) ?? (r, nextCol);
                nextCol = cc + 1;
                var text = CellText(cell, strings, formats);
                if (!string.IsNullOrWhiteSpace(text)) values[(cr, cc)] = text.Trim();
            }
        }

        var merges = new List<(int Row, int Col, int RowSpan, int ColSpan)>();
        foreach (var merge in worksheet?.Elements<S.MergeCells>().SelectMany(m => m.Elements<S.MergeCell>()) ?? [])
        {
            var parts = merge.Reference?.Value?.Split(':');
            if (parts is not { Length: 2 } || ParseReference(parts[0]) is not { } a || ParseReference(parts[1]) is not { } b) continue;
            var (top, left) = (Math.Min(a.Row, b.Row), Math.Min(a.Col, b.Col));
            merges.Add((top, left, Math.Abs(a.Row - b.Row) + 1, Math.Abs(a.Col - b.Col) + 1));
        }

        return FromValues(values, merges);
    }

    /// <summary>The grid of a sheet from its non-empty cell texts and merged ranges, whatever format it came from.</summary>
    public static XlsxSheetGrid FromValues(IReadOnlyDictionary<(int Row, int Col), string> values,
        IReadOnlyList<(int Row, int Col, int RowSpan, int ColSpan)> merges)
    {
        if (values.Count == 0) return new XlsxSheetGrid([], 0, 0);
        int rows = values.Keys.Max(k => k.Row) + 1;
        int cols = values.Keys.Max(k => k.Col) + 1;
        if ((long)rows * cols > XlsxReportReader.MaxGridCells) return new XlsxSheetGrid([], rows, cols);

        var covered = new bool[rows, cols];
        var cells = new List<TableCell>();
        foreach (var (top, left, rowSpan, colSpan) in merges)
        {
            if (top >= rows || left >= cols) continue;
            int rs = Math.Min(rowSpan, rows - top), cs = Math.Min(colSpan, cols - left);
            if (Overlaps(covered, top, left, rs, cs)) continue;
            for (int r = top; r < top + rs; r++)
                for (int c = left; c < left + cs; c++) covered[r, c] = true;
            cells.Add(new TableCell(top, left, rs, cs, values.GetValueOrDefault((top, left), "")));
        }
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (!covered[r, c]) cells.Add(new TableCell(r, c, 1, 1, values.GetValueOrDefault((r, c), "")));
        cells.Sort((x, y) => x.Row != y.Row ? x.Row.CompareTo(y.Row) : x.Col.CompareTo(y.Col));
        return new XlsxSheetGrid(cells, rows, cols);
    }

    private static bool Overlaps(bool[,] covered, int top, int left, int rows, int cols)
    {
        for (int r = top; r < top + rows; r++)
            for (int c = left; c < left + cols; c++)
                if (covered[r, c]) return true;
        return false;
    }

    private static string CellText(S.Cell cell, IReadOnlyList<string> strings, IReadOnlyList<string?> formats)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == S.CellValues.InlineString) return cell.InlineString is { } inline ? RichText(inline) : raw ?? "";
        if (raw == null) return "";
        if (type == S.CellValues.SharedString)
            return int.TryParse(raw, out var i) && i >= 0 && i < strings.Count ? strings[i] : "";
        if (type == S.CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
        if (type == S.CellValues.String || type == S.CellValues.Error) return raw;
        var style = cell.StyleIndex?.Value is uint s && s < formats.Count ? formats[(int)s] : null;
        return CellFormatter.Format(raw, style);
    }

    /// <summary>The text runs of a rich or plain string, leaving out phonetic runs.</summary>
    internal static string RichText(OpenXmlElement item)
    {
        var sb = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            if (child is S.Text t) sb.Append(t.Text);
            else if (child is S.Run run) sb.Append(run.Text?.Text);
        }
        return sb.ToString();
    }

    /// <summary>"B3" → (2, 1); null for anything else.</summary>
    internal static (int Row, int Col)? ParseReference(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        int i = 0, col = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            col = col * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (col > 16384) return null;
            i++;
        }
        if (i == 0 || i == reference.Length || !int.TryParse(reference.AsSpan(i), out var row) || row < 1) return null;
        return (row - 1, col - 1);
    }
}
