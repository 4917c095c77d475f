using System.Data.Common;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEvalIngest.Output.Export;

/// <summary>
/// The dataset as one workbook, a sheet per table named by the table's id (reports, facts, …, as the CSV files are).
/// <para>Two header rows: the Chinese names (bold) that an analyst reads, then the column ids (small, grey) that a
/// formula, a pivot table's source or a script (pandas: header=1) can rely on whatever the wording of the names. Both
/// stay in view — the two rows are frozen — and the filter sits on the ids row so that sorting never moves either.
/// Ids in cell comments instead would hide them from every reader but a person hovering over the cell.</para>
/// <para>Numbers are number cells (INTEGER and REAL columns, value_num: whatever the database hands back as a
/// number), so they sum and sort as numbers; text is written inline in each cell, which lets the rows stream through
/// <see cref="OpenXmlWriter"/> into the file (<see cref="XlsxPackage"/>) without holding a table of shared strings. Column widths follow the headers and the
/// first rows. A table past a sheet's 1,048,576 rows continues on further sheets (facts_2, facts_3), each with the
/// headers. The workbook is written beside its place and moved in when whole.</para>
/// </summary>
internal static class XlsxExport
{
    /// <summary>Rows a sheet holds in Excel, the two header rows included.</summary>
    public const int SheetRowLimit = 1_048_576;

    private const int HeaderRows = 2;
    private const int SampleRows = 200;
    private const double MinWidth = 6, MaxWidth = 60;
    private const uint NameStyle = 1, IdStyle = 2;

    public static ExportSummary Write(DbConnection connection, string path, ColumnNames names) =>
        Write(connection, path, names, SheetRowLimit);

    /// <summary>As <see cref="Write(DbConnection, string, ColumnNames)"/> with sheets of at most
    /// <paramref name="rowsPerSheet"/> rows, headers included (so a test can reach the limit).</summary>
    internal static ExportSummary Write(DbConnection connection, string path, ColumnNames names, int rowsPerSheet)
    {
        if (rowsPerSheet <= HeaderRows) throw new ArgumentOutOfRangeException(nameof(rowsPerSheet));
        var tables = DatasetTables.Read(connection, names.Order);
        if (tables.Count == 0) throw new InvalidDataException("the dataset has no tables");
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder) Directory.CreateDirectory(folder);
        var partial = path + ".partial";
        try
        {
            ExportSummary summary;
            using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                summary = WriteTo(stream, connection, tables, names, rowsPerSheet);
            File.Move(partial, path, overwrite: true);
            return summary;
        }
        finally
        {
            if (File.Exists(partial)) File.Delete(partial);
        }
    }

    private static ExportSummary WriteTo(Stream stream, DbConnection connection, IReadOnlyList<DatasetTable> tables, ColumnNames names, int rowsPerSheet)
    {
        using var package = new XlsxPackage(stream);
        var sheets = new Sheets();
        var filters = new DefinedNames();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var exported = new List<ExportedTable>();
        foreach (var table in tables)
        {
            var headers = new SheetHeaders(table.Columns.Select(c => names.Column(table.Name, c.Name)).ToList(), table.Columns.Select(c => c.Name).ToList());
            using var rows = DatasetTables.Rows(connection, table).GetEnumerator();
            var sample = new List<object?[]>();
            while (sample.Count < SampleRows && rows.MoveNext()) sample.Add(rows.Current);
            var widths = Widths(headers, sample);
            using var all = sample.Concat(Rest(rows)).GetEnumerator();
            bool more = all.MoveNext();
            var parts = new List<string>();
            long total = 0;
            do
            {
                var name = XlsxText.SheetName(table.Name, parts.Count == 0 ? "" : $"_{parts.Count + 1}", used);
                var (part, id) = package.NextSheet();
                long written;
                using (part) written = WriteSheet(part, headers, widths, all, ref more, rowsPerSheet - HeaderRows);
                uint index = (uint)sheets.ChildElements.Count;
                sheets.Append(new Sheet { Id = id, SheetId = index + 1, Name = name });
                filters.Append(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!{FilterRange(headers.Ids.Count, written, absolute: true)}")
                {
                    Name = "_xlnm._FilterDatabase", LocalSheetId = index, Hidden = true,
                });
                parts.Add(name);
                total += written;
            } while (more);
            exported.Add(new ExportedTable(table.Name, total, parts));
        }
        var workbook = new Workbook(sheets, filters);
        workbook.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        package.Finish(workbook, Styles());
        return new ExportSummary(exported);
    }

    private sealed record SheetHeaders(IReadOnlyList<string> Names, IReadOnlyList<string> Ids);

    private static IEnumerable<object?[]> Rest(IEnumerator<object?[]> rows)
    {
        while (rows.MoveNext()) yield return rows.Current;
    }

    /// <summary>One sheet: frozen headers, widths, up to <paramref name="capacity"/> rows taken from
    /// <paramref name="rows"/> (whose current row is pending while <paramref name="more"/>), the filter.</summary>
    private static long WriteSheet(Stream part, SheetHeaders headers, IReadOnlyList<double> widths, IEnumerator<object?[]> rows,
        ref bool more, long capacity)
    {
        var letters = Enumerable.Range(0, headers.Ids.Count).Select(ColumnLetters).ToArray();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = HeaderRows, TopLeftCell = $"A{HeaderRows + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{HeaderRows + 1}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A{HeaderRows + 1}" } })
        { WorkbookViewId = 0 }));
        writer.WriteElement(new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());

        var cells = new CellWriter(writer, letters);
        cells.Row(1, headers.Names, NameStyle);
        cells.Row(2, headers.Ids, IdStyle);
        long written = 0;
        while (more && written < capacity)
        {
            cells.Row(HeaderRows + written + 1, rows.Current, 0);
            written++;
            more = rows.MoveNext();
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = FilterRange(headers.Ids.Count, written, absolute: false) });
        writer.WriteEndElement();
        return written;
    }

    /// <summary>The ids row down to the last row, as the sheet's filter (A2:R9) or its defined name ($A$2:$R$9).</summary>
    private static string FilterRange(int columns, long rows, bool absolute)
    {
        var d = absolute ? "$" : "";
        return $"{d}A{d}{HeaderRows}:{d}{ColumnLetters(columns - 1)}{d}{HeaderRows + rows}";
    }

    /// <summary>Writes rows of cells, reusing the elements that only name the tags.</summary>
    private sealed class CellWriter(OpenXmlWriter writer, string[] letters)
    {
        private readonly Row _row = new();
        private readonly Cell _cell = new();
        private readonly InlineString _inline = new();
        private readonly CellValue _value = new();
        private readonly Text _text = new() { Space = SpaceProcessingModeValues.Preserve };

        public void Row(long number, IReadOnlyList<object?> values, uint style)
        {
            var rowText = number.ToString(CultureInfo.InvariantCulture);
            writer.WriteStartElement(_row, [new OpenXmlAttribute("r", "", rowText)]);
            for (int i = 0; i < values.Count; i++)
            {
                var value = values[i];
                if (value is null or DBNull) continue;
                var reference = new OpenXmlAttribute("r", "", letters[i] + rowText);
                var styled = style == 0 ? null : (OpenXmlAttribute?)new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture));
                if (ExportValue.IsNumber(value))
                {
                    writer.WriteStartElement(_cell, styled is { } s ? [reference, s] : [reference]);
                    _value.Text = ExportValue.Text(value)!;
                    writer.WriteElement(_value);
                }
                else
                {
                    var inline = new OpenXmlAttribute("t", "", "inlineStr");
                    writer.WriteStartElement(_cell, styled is { } s ? [reference, s, inline] : [reference, inline]);
                    writer.WriteStartElement(_inline);
                    _text.Text = XlsxText.Cell(ExportValue.Text(value)!);
                    writer.WriteElement(_text);
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
    }

    /// <summary>Each column as wide as its widest header or sampled value, within bounds; a long text wraps nowhere
    /// and is read in the cell or the formula bar.</summary>
    private static IReadOnlyList<double> Widths(SheetHeaders headers, IReadOnlyList<object?[]> sample) =>
        Enumerable.Range(0, headers.Ids.Count).Select(i =>
        {
            int widest = Math.Max(XlsxText.Width(headers.Names[i]) + 2, XlsxText.Width(headers.Ids[i]));
            foreach (var row in sample)
                if (ExportValue.Text(row[i]) is { } text) widest = Math.Max(widest, XlsxText.Width(text));
            return Math.Clamp(widest + 2, MinWidth, MaxWidth);
        }).ToList();

    /// <summary>A, B, …, Z, AA, … for the 0-based column.</summary>
    private static string ColumnLetters(int index)
    {
        var letters = "";
        for (int n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new FontSize { Val = 9 }, new Color { Rgb = "FF808080" }, new FontName { Val = "Calibri" })) { Count = 3 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true }) { Count = 3 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
