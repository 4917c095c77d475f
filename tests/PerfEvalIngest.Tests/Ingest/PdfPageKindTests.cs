using PerfEvalIngest.Ingest.Pdf;
using PerfEvalIngest.Ingest;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PerfEvalIngest.Tests.Ingest;

/// <summary>A blank page is not a scan, and a text layer of mojibake is no text: PDFs made here with PdfPig's
/// writer, one page at a time.</summary>
public sealed class PdfPageKindTests
{
    private static byte[] Pdf(params string?[] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var text in pages)
        {
            var page = builder.AddPage(595, 842);
            if (text != null) page.AddText(text, 12, new PdfPoint(72, 720), font);
        }
        return builder.Build();
    }

    private static PerfEvalIngest.DocumentModel.Document Read(byte[] bytes) => PdfReportReader.Instance.Read(SourceFile.FromBytes("made.pdf", bytes));

    [Fact]
    public void A_blank_page_between_pages_of_text_is_named_as_blank_not_as_a_scan()
    {
        var document = Read(Pdf("Budget statement 2024", null, "Notes on the budget"));

        Assert.Null(document.Error);
        var issue = Assert.Single(document.IssueList);
        Assert.Equal(("blank-page", 2, false), (issue.Code, issue.Location.Page, issue.Minor));
        Assert.DoesNotContain(document.IssueList, i => i.Code == "no-text-layer");
    }

    [Fact]
    public void A_blank_last_page_is_a_note()
    {
        var document = Read(Pdf("Budget statement 2024", "Notes on the budget", null));

        var issue = Assert.Single(document.IssueList);
        Assert.Equal(("blank-page", 3, true), (issue.Code, issue.Location.Page, issue.Minor));
    }

    [Fact]
    public void A_document_of_blank_pages_is_empty()
    {
        var document = Read(Pdf(null, null));

        Assert.Equal("empty", document.Error?.Code);
    }

    /// <summary>A one-page PDF whose text is the given bytes in Helvetica with WinAnsiEncoding, written by hand
    /// because PdfPig's writer only takes characters its font encodes.</summary>
    private static byte[] WinAnsiPdf(byte[] text)
    {
        var escaped = new List<byte>();
        foreach (var b in text)
        {
            if (b is (byte)'(' or (byte)')' or (byte)'\\') escaped.Add((byte)'\\');
            escaped.Add(b);
        }
        var content = System.Text.Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td (").Concat(escaped)
            .Concat(System.Text.Encoding.ASCII.GetBytes(") Tj ET")).ToArray();
        var objects = new List<byte[]>
        {
            System.Text.Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            System.Text.Encoding.ASCII.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            System.Text.Encoding.ASCII.GetBytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"),
            System.Text.Encoding.ASCII.GetBytes("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
            System.Text.Encoding.ASCII.GetBytes($"<< /Length {content.Length} >>\nstream\n").Concat(content).Concat(System.Text.Encoding.ASCII.GetBytes("\nendstream")).ToArray(),
        };
        using var pdf = new MemoryStream();
        void Write(string s) => pdf.Write(System.Text.Encoding.ASCII.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (int i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write($"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write("\nendobj\n");
        }
        long xref = pdf.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) Write($"{o:D10} 00000 n \n");
        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    [Fact]
    public void Utf8_bytes_shown_through_a_one_byte_font_are_no_text()
    {
        // 政府信息公开年度报告 as UTF-8 bytes drawn in a WinAnsi font: every reader gets "æ”¿åºœä¿¡æ¯…".
        var document = Read(WinAnsiPdf(System.Text.Encoding.UTF8.GetBytes("政府信息公开年度报告")));

        Assert.Equal("corrupt", document.Error?.Code);
        Assert.Contains("编码", document.Error!.Message);
    }

    [Fact]
    public void Western_text_with_accents_is_text()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var document = Read(WinAnsiPdf(System.Text.Encoding.GetEncoding(1252).GetBytes("Résumé: café, naïve, façade and déjà vu in the 2024 budget")));

        Assert.Null(document.Error);
        Assert.Contains(document.Paragraphs, p => p.Text.Contains("façade"));
    }
}
