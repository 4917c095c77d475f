using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace PerfEvalIngest.Tests.Ingest.OfficeBuilders;

/// <summary>Builds small .xlsx files in memory with the Open XML SDK from SpreadsheetML fragments.</summary>
internal sealed class XlsxPackage
{
    private const string Ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " +
                              "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    private readonly List<(string Name, string SheetXml)> _sheets = [];
    public List<string> SharedStrings { get; } = [];
    /// <summary>The inside of styleSheet (numFmts, cellXfs …).</summary>
    public string? Styles { get; set; }

    /// <summary>Adds a sheet; <paramref name="inside"/> is the inside of worksheet (sheetData, mergeCells).</summary>
    public XlsxPackage Sheet(string name, string inside)
    {
        _sheets.Add((name, inside));
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            var sheets = new StringBuilder();
            for (int i = 0; i < _sheets.Count; i++)
            {
                var part = wb.AddNewPart<WorksheetPart>();
                Feed(part, $"<worksheet {Ns}>{_sheets[i].SheetXml}</worksheet>");
                sheets.Append($"<sheet name=\"{DocxPackage.Escape(_sheets[i].Name)}\" sheetId=\"{i + 1}\" r:id=\"{wb.GetIdOfPart(part)}\"/>");
            }
            if (SharedStrings.Count > 0)
                Feed(wb.AddNewPart<SharedStringTablePart>(), $"<sst {Ns}>" +
                    string.Concat(SharedStrings.Select(s => $"<si><t>{DocxPackage.Escape(s)}</t></si>")) + "</sst>");
            if (Styles != null) Feed(wb.AddNewPart<WorkbookStylesPart>(), $"<styleSheet {Ns}>{Styles}</styleSheet>");
            Feed(wb, $"<workbook {Ns}><sheets>{sheets}</sheets></workbook>");
        }
        return stream.ToArray();
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var s = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(s);
    }
}
