using System.IO.Compression;
using System.Text;
using PerfEvalIngest.Tests.Ingest.OfficeBuilders;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Hostile;

/// <summary>
/// Writes a folder of files made to break a batch — empty and tiny files, random bytes under every extension,
/// truncations of valid Word, Excel and PDF files, zip and XML bombs, huge spans and numbering, a megabyte line,
/// links that loop or point at devices, FIFOs, odd and overlong names, deep folders — so that one batch over it shows
/// whether every entry gets a report and none ends the batch. The files are made here, never committed. Returns the
/// number of entries a report is expected for (every file with a report extension, every unlistable folder).
/// </summary>
public static class HostileCorpus
{
    public static int Write(string folder)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Directory.CreateDirectory(folder);
        int expected = 0;
        void File(string name, byte[] bytes)
        {
            // Workbooks go to a folder of their own: beside a main file of the same stem they would be its attachment.
            if (name.EndsWith(".xlsx", StringComparison.Ordinal) || name.EndsWith(".xls", StringComparison.Ordinal)) name = "workbooks/" + name;
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            System.IO.File.WriteAllBytes(path, bytes);
            expected++;
        }
        var random = new Random(20261129);
        byte[] Random(int n)
        {
            var b = new byte[n];
            random.NextBytes(b);
            return b;
        }

        var docx = new DocxPackage().Paragraph("一、部门概况").Paragraph("2023年收入总额100.00万元，其中财政拨款80.00万元。").Build();
        var xlsx = new XlsxPackage().Sheet("自评表", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>分值</t></is></c><c r=\"B1\"><v>10</v></c></row>").Build();
        var pdf = System.IO.File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "pdf", "hunan-01.pdf"));
        var txt = System.IO.File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "reports", "hunan-01.txt"));

        // Empty, one byte and random bytes under every extension: 7 × 3 = 21.
        foreach (var ext in new[] { "txt", "docx", "pdf", "xlsx", "xls", "doc", "wps" })
        {
            File($"empty.{ext}", []);
            File($"one-byte.{ext}", [0x41]);
            File($"random.{ext}", Random(4096));
        }
        // Valid files cut short at 1%, 10%, 50%, 90% and 99%: 4 × 5 = 20.
        foreach (var (name, bytes) in new[] { ("docx", docx), ("xlsx", xlsx), ("pdf", pdf), ("txt", txt) })
            foreach (var share in new[] { 1, 10, 50, 90, 99 })
                File($"truncated-{share}.{name}", bytes[..Math.Max(1, bytes.Length * share / 100)]);
        // Bytes flipped at random in each valid file, five times each: 4 × 5 = 20.
        foreach (var (name, bytes) in new[] { ("docx", docx), ("xlsx", xlsx), ("pdf", pdf), ("txt", txt) })
            for (int k = 0; k < 5; k++)
            {
                var copy = (byte[])bytes.Clone();
                for (int f = 0; f < 16; f++) copy[random.Next(copy.Length)] = (byte)random.Next(256);
                File($"flipped-{k}.{name}", copy);
            }
        // Office packages built to exhaust the reader: 9.
        File("xml-bomb-nesting.docx", Zip(("word/document.xml", Body(string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 30_000))
            + "<w:p/>" + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 30_000))))));
        File("xml-bomb-nesting.xlsx", XlsxWith(string.Concat(Enumerable.Repeat("<x>", 30_000)) + string.Concat(Enumerable.Repeat("</x>", 30_000))));
        File("entity-expansion.docx", Zip(("word/document.xml",
            "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>")));
        File("zip-bomb.docx", ZipBomb());
        File("huge-gridspan.docx", new DocxPackage().Raw("<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"20000000\"/></w:tcPr><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc></w:tr></w:tbl>").Build());
        File("huge-vmerge.docx", new DocxPackage().Raw("<w:tbl>" + string.Concat(Enumerable.Repeat("<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>", 20_000)) + "</w:tbl>").Build());
        File("huge-numbering.docx", new DocxPackage
        {
            Numbering = DocxPackage.ListDefinition(1, ("lowerLetter", "%1.", 2_000_000_000)) + DocxPackage.Num(1, 1),
        }.Numbered("第一项", 1).Numbered("第二项", 1).Build());
        File("no-document-part.docx", Zip(("docProps/app.xml", "<Properties/>")));
        File("no-shared-strings.xlsx", new XlsxPackage().Sheet("表", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>").Build());
        // Excel cells at the edges of what a number format allows: 2.
        File("extreme-numbers.xlsx", new XlsxPackage().Sheet("表", "<row r=\"1\"><c r=\"A1\"><v>1E+308</v></c><c r=\"B1\"><v>-1E-308</v></c><c r=\"C1\"><v>NaN</v></c></row>").Build());
        File("far-cell.xlsx", new XlsxPackage().Sheet("表", "<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>").Build());
        // Texts that stress the reader: 10.
        File("megabyte-line.txt", Encoding.UTF8.GetBytes("收入" + string.Concat(Enumerable.Repeat("1234.56万元，", 200_000))));
        File("labels-only.txt", Encoding.UTF8.GetBytes("一、\n二、\n1.\n（一）\n（1）\n①\n第一部分\n附件\n"));
        File("control-characters.txt", Encoding.UTF8.GetBytes("一、概况\u0000\u0001\u0002收入\u001b[31m100万元\u007f。\n"));
        File("utf16-without-bom.txt", Encoding.Unicode.GetBytes("一、部门概况\n收入100万元。\n"));
        File("mixed-encodings.txt", [.. Encoding.UTF8.GetBytes("一、部门概况\n"), .. Encoding.GetEncoding("GB18030").GetBytes("收入100万元。\n")]);
        File("blank-lines.txt", Encoding.UTF8.GetBytes(new string('\n', 1_000_000)));
        File("one-long-number.txt", Encoding.UTF8.GetBytes("收入" + new string('9', 100_000) + "万元"));
        File("deep-tabs.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(new string('\t', 2000) + "1\n\n", 500))));
        File("bidi-and-emoji.txt", Encoding.UTF8.GetBytes("一、概况 \u202e收入\u202c 100万元 😀🇨🇳\n"));
        File("html-named-txt.txt", Encoding.UTF8.GetBytes("<html><body><script>alert(1)</script>" + new string('<', 10_000) + "</body></html>"));
        // Names a file system allows but tools trip over: 5.
        File("-o.txt", txt);
        File("--out=x.txt", txt);
        File("名字 带 空格 (1).txt", txt);
        File(new string('长', 80) + ".txt", txt);
        File("deep/" + string.Join('/', Enumerable.Repeat("层", 60)) + "/report.txt", txt);
        // Links and special files, made where the system allows them: up to 5.
        var loopA = Path.Combine(folder, "loop-a.txt");
        System.IO.File.CreateSymbolicLink(loopA, Path.Combine(folder, "loop-b.txt"));
        System.IO.File.CreateSymbolicLink(Path.Combine(folder, "loop-b.txt"), loopA);
        expected += 2;
        System.IO.File.CreateSymbolicLink(Path.Combine(folder, "device.txt"), "/dev/zero");
        expected++;
        System.IO.File.CreateSymbolicLink(Path.Combine(folder, "dangling.pdf"), Path.Combine(folder, "nothing-here.pdf"));
        expected++;
        Directory.CreateSymbolicLink(Path.Combine(folder, "deep", "back-to-top"), folder);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(folder, "pipe.docx"))) mkfifo.WaitForExit();
        expected++;
        return expected;
    }

    private static string Body(string inner) =>
        "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + inner + "</w:body></w:document>";

    private static byte[] Zip(params (string Name, string Text)[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            foreach (var (name, text) in parts) Add(zip, name, text);
        }
        return stream.ToArray();
    }

    private static byte[] XlsxWith(string sheetXml)
    {
        var bytes = new XlsxPackage().Sheet("表", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").Build();
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update))
        {
            var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
            var name = sheet.FullName;
            sheet.Delete();
            Add(zip, name, "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + sheetXml + "</sheetData></worksheet>");
        }
        return stream.ToArray();
    }

    /// <summary>A document part of 300 MB of zeros (over the 256 MB a part may inflate to), compressed to a few hundred
    /// kilobytes.</summary>
    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            Add(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) part.Write(zeros);
        }
        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
