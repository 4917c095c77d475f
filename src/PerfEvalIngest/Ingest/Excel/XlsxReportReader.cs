using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using PerfEvalIngest.DocumentModel;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEvalIngest.Ingest.Excel;

/// <summary>
/// Reads Excel workbooks: every worksheet becomes one table captioned with the sheet's name, merged ranges become
/// spans, and numbers read as the cell shows them (a percentage-formatted 0.9603 is "96.03%"). Formulas are never
/// evaluated: the value the producer cached is what the report states.
/// </summary>
internal sealed class XlsxReportReader : IDocumentReader
{
    public static XlsxReportReader Instance { get; } = new();

    /// <summary>A sheet with a stray value in a far corner would otherwise become a grid of millions of
    /// empty cells; no report table comes near this.</summary>
    public const long MaxGridCells = 2_000_000;

    internal const string LegacyHint =
        "旧版 Excel 二进制文件（.xls），请另存为 .xlsx，例如 soffice --headless --convert-to xlsx 文件名.xls / " +
        "legacy binary Excel workbook (.xls): save it as .xlsx, e.g. soffice --headless --convert-to xlsx FILE.xls";

    private readonly OfficePackageGuard _guard;

    public XlsxReportReader(OfficePackageGuard? guard = null) => _guard = guard ?? OfficePackageGuard.Default;

    public string Format => "xlsx";
    public IReadOnlyList<string> Extensions { get; } = [".xlsx"];

    public Document Read(SourceFile file)
    {
        var info = file.Info(Format);
        if (_guard.Check(file.Bytes, LegacyHint) is { } refused) return new Document(info, [], refused);

        var builder = new BlockListBuilder();
        try
        {
            using var package = OfficePackageOpening.Workbook(file.Bytes);
            var workbook = package.WorkbookPart;
            if (workbook?.Workbook?.Sheets == null)
                return new Document(info, [], ReadError.Unsupported("zip 文件中没有 Excel 工作簿 / a zip without an Excel workbook"));
            var strings = SharedStrings(workbook);
            var formats = NumberFormats(workbook);
            foreach (var sheet in workbook.Workbook.Sheets.Elements<S.Sheet>())
            {
                if (sheet.Id?.Value is not string relId || !workbook.TryGetPartById(relId, out var found) || found is not WorksheetPart part)
                    continue;
                var grid = XlsxSheetGrid.Read(part.Worksheet, strings, formats);
                if (grid.RowCount * (long)grid.ColumnCount > MaxGridCells)
                    return new Document(info, builder.Blocks, new ReadError("too-large",
                        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"工作表“{sheet.Name}”过大：{grid.RowCount:N0} 行 × {grid.ColumnCount:N0} 列 / sheet too large")));
                WorkbookBlocks.AddSheet(builder, grid, sheet.Name?.Value);
            }
        }
        catch (Exception e) when (OfficePackageOpening.IsDamage(e))
        {
            return new Document(info, builder.Blocks, ReadError.Corrupt($"Excel 文件损坏 / damaged Excel file ({e.Message})"));
        }

        if (builder.Blocks.Count == 0) return new Document(info, builder.Blocks, ReadError.Empty("工作簿没有数据 / no cell data"));
        return new Document(info, builder.Blocks);
    }

    /// <summary>Shared strings without their phonetic guides (rPh), which a reader does not see in the cell.</summary>
    private static IReadOnlyList<string> SharedStrings(WorkbookPart workbook)
    {
        var table = workbook.SharedStringTablePart?.SharedStringTable;
        if (table == null) return [];
        return table.Elements<S.SharedStringItem>().Select(XlsxSheetGrid.RichText).ToList();
    }

    /// <summary>For each cell style index (s="n"), its number format code.</summary>
    private static IReadOnlyList<string?> NumberFormats(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats == null) return [];
        var custom = new Dictionary<uint, string>();
        foreach (var nf in stylesheet.NumberingFormats?.Elements<S.NumberingFormat>() ?? [])
            if (nf.NumberFormatId?.Value is uint id && nf.FormatCode?.Value is string code) custom[id] = code;
        return stylesheet.CellFormats.Elements<S.CellFormat>()
            .Select(cf => cf.NumberFormatId?.Value is uint id
                ? custom.GetValueOrDefault(id) ?? CellFormatter.BuiltInCode(id)
                : null)
            .ToList();
    }
}
