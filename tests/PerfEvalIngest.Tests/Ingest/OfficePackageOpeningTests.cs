using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.Ingest.Excel;
using PerfEvalIngest.Ingest.Word;
using PerfEvalIngest.Tests.Ingest.OfficeBuilders;

namespace PerfEvalIngest.Tests.Ingest;

/// <summary>
/// Packages are opened without the SDK's repair of malformed hyperlink addresses (and its temporary copy); one with
/// such an address is opened again with it, so it still reads.
/// </summary>
public sealed class OfficePackageOpeningTests
{
    /// <summary>An address System.IO.Packaging refuses: a space in the host name, as in a link typed by hand.</summary>
    private const string MalformedAddress = "http://www.example .gov.cn/绩效 公开";

    /// <summary>The package with an external hyperlink relationship to <paramref name="target"/> added to the
    /// relationships part whose name ends with <paramref name="relsSuffix"/>.</summary>
    private static byte[] WithHyperlink(byte[] package, string relsSuffix, string target)
    {
        using var output = new MemoryStream();
        bool added = false;
        using (var from = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var to = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in from.Entries)
            {
                using var read = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = read.ReadToEnd();
                if (entry.FullName.EndsWith(relsSuffix, StringComparison.Ordinal) && (added = true))
                    text = text.Replace("</Relationships>",
                        "<Relationship Id=\"rIdLink\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" " +
                        $"Target=\"{target}\" TargetMode=\"External\"/></Relationships>", StringComparison.Ordinal);
                using var write = new StreamWriter(to.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                write.Write(text);
            }
        }
        Assert.True(added, $"no part {relsSuffix} to add the link to");
        return output.ToArray();
    }

    private static byte[] Docx() => new DocxPackage { Styles = "" }.Paragraph("一、部门概况").Paragraph("正文内容，预算100万元。").Build();

    [Fact]
    public void Without_the_repair_a_malformed_address_fails_at_open()
    {
        // Why the second attempt exists: this is the failure it answers.
        var bytes = WithHyperlink(Docx(), "document.xml.rels", MalformedAddress);
        var e = Assert.Throws<OpenXmlPackageException>(() =>
            WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false, OfficePackageOpening.Direct).Dispose());
        Assert.IsType<UriFormatException>(e.InnerException);
    }

    [Fact]
    public void A_Word_report_with_a_malformed_link_address_still_reads()
    {
        var bytes = WithHyperlink(Docx(), "document.xml.rels", MalformedAddress);
        var doc = DocxReportReader.Instance.Read(SourceFile.FromBytes("x.docx", bytes));
        Assert.Null(doc.Error);
        Assert.Equal(["一、部门概况", "正文内容，预算100万元。"], doc.Blocks.OfType<PerfEvalIngest.DocumentModel.Paragraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_workbook_with_a_malformed_link_address_still_reads()
    {
        var bytes = WithHyperlink(new XlsxPackage().Sheet("表1",
            "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>合计</t></is></c><c r=\"B1\"><v>100</v></c></row></sheetData>").Build(),
            "workbook.xml.rels", MalformedAddress);
        var doc = XlsxReportReader.Instance.Read(SourceFile.FromBytes("x.xlsx", bytes));
        Assert.Null(doc.Error);
        Assert.Equal(["合计", "100"], doc.Blocks.OfType<PerfEvalIngest.DocumentModel.Table>().Single().Cells.Select(c => c.Text));
    }
}
