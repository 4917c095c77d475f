using System.Globalization;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Output;

/// <summary>
/// A 自评表 as the .xlsx attachment units send beside their report: one sheet, the category columns merged down
/// their groups, numbers stored as numbers with a format that prints them as the report does (a rate of 96.36%
/// is 0.9636 formatted "0.00%"), everything else as shared strings.
/// </summary>
static partial class XlsxWriter
{
    const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    [GeneratedRegex(@"^-?\d+(\.(\d+))?%?$")]
    private static partial Regex PlainNumber();

    public static byte[] Write(DumpTable table, string sheetName)
    {
        var (cells, _, _) = CellGrid.Of(table);
        var strings = new List<string>();
        var stringIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var formats = new List<string>();   // custom number formats, ids 164 …; cell style i+1 uses formats[i]
        var rows = new StringBuilder();
        foreach (var row in cells.GroupBy(c => c.Row))
        {
            rows.Append($"<row r=\"{row.Key + 1}\">");
            foreach (var cell in row)
            {
                var reference = Reference(cell.Row, cell.Col);
                if (cell.Text.Length == 0) continue;
                var m = PlainNumber().Match(cell.Text);
                if (m.Success)
                {
                    var decimals = m.Groups[2].Success ? m.Groups[2].Length : 0;
                    var percent = cell.Text.EndsWith('%');
                    var number = decimal.Parse(cell.Text.TrimEnd('%'), CultureInfo.InvariantCulture);
                    if (percent) number /= 100;
                    var format = (decimals == 0 ? "0" : "0." + new string('0', decimals)) + (percent ? "%" : "");
                    var style = formats.IndexOf(format);
                    if (style < 0) { formats.Add(format); style = formats.Count - 1; }
                    rows.Append($"<c r=\"{reference}\" s=\"{style + 1}\"><v>{number.ToString(CultureInfo.InvariantCulture)}</v></c>");
                    continue;
                }
                if (!stringIndex.TryGetValue(cell.Text, out var index))
                {
                    index = strings.Count;
                    strings.Add(cell.Text);
                    stringIndex[cell.Text] = index;
                }
                rows.Append($"<c r=\"{reference}\" t=\"s\"><v>{index}</v></c>");
            }
            rows.Append("</row>");
        }
        var merges = cells.Where(c => c.RowSpan > 1 || c.ColSpan > 1)
            .Select(c => $"<mergeCell ref=\"{Reference(c.Row, c.Col)}:{Reference(c.Row + c.RowSpan - 1, c.Col + c.ColSpan - 1)}\"/>")
            .ToList();
        var sheet = new StringBuilder($"<worksheet xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheetData>{rows}</sheetData>");
        if (merges.Count > 0) sheet.Append($"<mergeCells count=\"{merges.Count}\">{string.Concat(merges)}</mergeCells>");
        sheet.Append("</worksheet>");

        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            // Relationship ids are given: the SDK's own are random and would change the bytes on every run.
            var workbook = doc.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            var worksheet = workbook.AddNewPart<WorksheetPart>("rId1");
            Feed(worksheet, sheet.ToString());
            Feed(workbook.AddNewPart<SharedStringTablePart>("rId2"),
                $"<sst xmlns=\"{Main}\" count=\"{strings.Count}\" uniqueCount=\"{strings.Count}\">" +
                string.Concat(strings.Select(s => $"<si><t xml:space=\"preserve\">{SecurityElement.Escape(s)}</t></si>")) + "</sst>");
            Feed(workbook.AddNewPart<WorkbookStylesPart>("rId3"), Styles(formats));
            Feed(workbook, $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets>" +
                           $"<sheet name=\"{SecurityElement.Escape(sheetName)}\" sheetId=\"1\" r:id=\"{workbook.GetIdOfPart(worksheet)}\"/></sheets></workbook>");
        }
        return FixedZip.Normalize(stream.ToArray());
    }

    static string Styles(List<string> formats)
    {
        var sb = new StringBuilder($"<styleSheet xmlns=\"{Main}\">");
        if (formats.Count > 0)
            sb.Append($"<numFmts count=\"{formats.Count}\">")
              .Append(string.Concat(formats.Select((f, i) => $"<numFmt numFmtId=\"{164 + i}\" formatCode=\"{SecurityElement.Escape(f)}\"/>")))
              .Append("</numFmts>");
        sb.Append("<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>")
          .Append("<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>")
          .Append("<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>")
          .Append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
          .Append($"<cellXfs count=\"{formats.Count + 1}\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>")
          .Append(string.Concat(formats.Select((_, i) => $"<xf numFmtId=\"{164 + i}\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>")))
          .Append("</cellXfs></styleSheet>");
        return sb.ToString();
    }

    static string Reference(int row, int col)
    {
        var letters = "";
        for (var c = col + 1; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + (row + 1).ToString(CultureInfo.InvariantCulture);
    }

    static void Feed(OpenXmlPart part, string xml)
    {
        using var s = new MemoryStream(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml));
        part.FeedData(s);
    }
}
