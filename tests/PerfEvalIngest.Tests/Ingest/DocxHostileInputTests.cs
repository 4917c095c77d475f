using PerfEvalIngest.Ingest.Word;
using System.IO.Compression;
using System.Text;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Tests.Ingest.OfficeBuilders;

namespace PerfEvalIngest.Tests.Ingest;

public sealed class DocxHostileInputTests
{
    private static Document Read(byte[] bytes, DocxReportReader? reader = null) =>
        (reader ?? DocxReportReader.Instance).Read(SourceFile.FromBytes("x.docx", bytes));

    private static byte[] ValidDocx() => new DocxPackage().Paragraph("一、部门概况").Paragraph("正文内容，预算100万元。").Build();

    /// <summary>An OLE compound file header followed by a directory naming the given streams.</summary>
    private static byte[] FakeOle(params string[] streams)
    {
        var bytes = new List<byte> { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        bytes.AddRange(new byte[504]);
        foreach (var name in streams)
        {
            bytes.AddRange(Encoding.Unicode.GetBytes(name));
            bytes.AddRange(new byte[128 - 2 * name.Length]);
        }
        return bytes.ToArray();
    }

    [Fact]
    public void Random_bytes_are_corrupt()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        Assert.Equal("corrupt", Read(bytes).Error?.Code);
    }

    [Fact]
    public void A_truncated_zip_is_corrupt()
    {
        var bytes = ValidDocx();
        var doc = Read(bytes[..(bytes.Length / 2)]);
        Assert.Equal("corrupt", doc.Error?.Code);
        Assert.Empty(doc.Blocks);
    }

    [Fact]
    public void A_password_protected_file_is_reported_as_encrypted()
    {
        var doc = Read(FakeOle("Root Entry", "EncryptionInfo", "EncryptedPackage"));
        Assert.Equal("encrypted", doc.Error?.Code);
    }

    [Fact]
    public void A_legacy_doc_is_unsupported_with_a_way_to_convert_it()
    {
        var doc = Read(FakeOle("Root Entry", "WordDocument", "1Table"));
        Assert.Equal("unsupported", doc.Error?.Code);
        Assert.Contains("soffice --headless --convert-to docx", doc.Error!.Message);
    }

    [Fact]
    public void A_part_that_inflates_past_the_limit_is_refused_before_it_is_read()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[1 << 20];
            for (int i = 0; i < 8; i++) entry.Write(zeros);
        }
        var bytes = stream.ToArray();
        Assert.True(bytes.Length < 100_000);

        var doc = Read(bytes, new DocxReportReader(new OfficePackageGuard(maxPartBytes: 4 << 20, maxTotalBytes: 16 << 20)));
        Assert.Equal("too-large", doc.Error?.Code);
        Assert.Contains("word/document.xml", doc.Error!.Message);

        var total = Read(bytes, new DocxReportReader(new OfficePackageGuard(maxPartBytes: 16 << 20, maxTotalBytes: 4 << 20)));
        Assert.Equal("too-large", total.Error?.Code);
    }

    [Fact]
    public void Bad_xml_in_the_main_part_is_corrupt()
    {
        var source = ValidDocx();
        using var output = new MemoryStream();
        using (var from = new ZipArchive(new MemoryStream(source), ZipArchiveMode.Read))
        using (var to = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in from.Entries)
            {
                using var write = to.CreateEntry(entry.FullName).Open();
                if (entry.FullName.EndsWith("document.xml", StringComparison.Ordinal))
                    write.Write(Encoding.UTF8.GetBytes("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"));
                else
                    entry.Open().CopyTo(write);
            }
        }
        var doc = Read(output.ToArray());
        Assert.Equal("corrupt", doc.Error?.Code);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_an_error_not_an_exception()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = zip.CreateEntry("readme.txt").Open();
            w.Write("hello"u8);
        }
        var doc = Read(stream.ToArray());
        Assert.True(doc.Failed);
        Assert.Contains(doc.Error!.Code, new[] { "corrupt", "unsupported" });
    }

    [Fact]
    public void A_document_without_text_is_empty()
    {
        Assert.Equal("empty", Read(new DocxPackage().Raw("<w:p/>").Build()).Error?.Code);
    }

    [Fact]
    public void Elements_nested_beyond_any_real_document_are_refused_before_the_SDK_recurses_into_them()
    {
        // Twenty thousand nested content controls overflow the SDK's recursive loader, which no handler can catch.
        var bytes = new DocxPackage()
            .Raw(string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 20_000)) + "<w:p><w:r><w:t>正文</w:t></w:r></w:p>"
                 + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 20_000)))
            .Build();
        var document = Read(bytes);
        Assert.Equal("too-large", document.Error?.Code);
        Assert.Contains("嵌套", document.Error!.Message);
    }

    [Fact]
    public void Ordinary_nesting_reads()
    {
        var bytes = new DocxPackage()
            .Raw(string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 5)) + "<w:p><w:r><w:t>一、部门概况</w:t></w:r></w:p>"
                 + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 5)))
            .Build();
        Assert.Null(Read(bytes).Error);
    }

    [Fact]
    public void A_numbering_attribute_that_is_no_number_makes_the_file_corrupt_not_an_internal_error()
    {
        // Found by the mutation fuzzer: w:numId w:val="x" fails inside the SDK when its value is read.
        var bytes = new DocxPackage().Raw("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"x\"/></w:numPr></w:pPr><w:r><w:t>一、概况</w:t></w:r></w:p>").Build();
        Assert.Equal("corrupt", Read(bytes).Error?.Code);
    }

    [Fact]
    public void A_relationship_to_an_empty_part_name_makes_the_file_corrupt_not_an_internal_error()
    {
        // Found by the mutation fuzzer: a relationship whose Target is empty fails inside System.IO.Packaging.
        using var stream = new MemoryStream();
        stream.Write(ValidDocx());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("_rels/.rels")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("_rels/.rels").Open());
            writer.Write("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"/\"/></Relationships>");
        }
        Assert.Equal("corrupt", Read(stream.ToArray()).Error?.Code);
    }
}
