using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEvalIngest.Output.Export;

/// <summary>
/// The zip of an .xlsx file written front to back: each sheet streamed into its entry as its rows come, the workbook,
/// styles and the package's relationship and content-type parts after the last sheet.
/// <para>Why not the SDK's own package: on .NET the SDK's packaging keeps every part it writes in memory until the
/// document is closed (dotnet/Open-XML-SDK#807), about a gigabyte for a full sheet of facts and a failure past two,
/// and it refuses a write-only stream. A zip opened for creation writes each entry through; the parts' XML still comes
/// from the SDK's elements and <see cref="OpenXmlWriter"/>.</para>
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string SheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    private readonly ZipArchive _zip;
    private int _sheets;

    public XlsxPackage(Stream stream) => _zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);

    /// <summary>The next sheet's part, to be written whole and disposed before the next one; its relationship id for
    /// the workbook's &lt;sheet r:id&gt;.</summary>
    public (Stream Part, string RelationshipId) NextSheet()
    {
        _sheets++;
        return (_zip.CreateEntry($"xl/worksheets/sheet{_sheets}.xml", CompressionLevel.Fastest).Open(), $"rId{_sheets}");
    }

    /// <summary>The workbook (whose sheets name the ids <see cref="NextSheet"/> gave), the styles, and the parts that
    /// tie the package together.</summary>
    public void Finish(Workbook workbook, Stylesheet styles)
    {
        Write("xl/workbook.xml", workbook);
        Write("xl/styles.xml", styles);
        var sheets = Enumerable.Range(1, _sheets).ToList();
        Text("xl/_rels/workbook.xml.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            string.Concat(sheets.Select(n => $"<Relationship Id=\"rId{n}\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet{n}.xml\"/>")) +
            $"<Relationship Id=\"rId{_sheets + 1}\" Type=\"{Relationships}/styles\" Target=\"styles.xml\"/></Relationships>");
        Text("_rels/.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            $"<Relationship Id=\"rId1\" Type=\"{Relationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Text("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" +
            string.Concat(sheets.Select(n => $"<Override PartName=\"/xl/worksheets/sheet{n}.xml\" ContentType=\"{SheetType}\"/>")) +
            "</Types>");
    }

    public void Dispose() => _zip.Dispose();

    private void Write(string name, OpenXmlElement root)
    {
        using var stream = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument(true);
        writer.WriteElement(root);
    }

    private void Text(string name, string xml)
    {
        using var stream = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        writer.Write(xml);
    }
}
