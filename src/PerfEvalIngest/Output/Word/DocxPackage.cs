using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEvalIngest.Output.Word;

/// <summary>
/// A .docx package whose bytes depend on its content only. Parts are added under fixed relationship ids (the SDK
/// otherwise makes random ones, R followed by hex digits), the core properties carry a title and a creator but no
/// dates (a date of "now" would change every run), and the zip is written again with one fixed time on every entry,
/// because the packaging layer stamps each entry with the time it was created. The same content gives the same bytes on one platform and runtime; the zip's "made by" field and
/// the compressor may differ between them, which is why tests compare bytes and not a stored file.
/// </summary>
internal static class DocxPackage
{
    /// <summary>The time on every zip entry: DOS dates start in 1980, any fixed date will do.</summary>
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string CoreNs = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    public static void Write(Stream stream, string title, W.Body body)
    {
        using var built = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(built, WordprocessingDocumentType.Document))
        {
            var main = doc.AddNewPart<MainDocumentPart>(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            main.Document = new W.Document(body);
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = ChecklistDocxStyles.Build();
            main.AddNewPart<DocumentSettingsPart>("rId2").Settings = ChecklistDocxStyles.Settings();
            WriteCore(doc.AddNewPart<CoreFilePropertiesPart>(
                "application/vnd.openxmlformats-package.core-properties+xml", "rId2"), title);
        }
        Rezip(built, stream);
    }

    private static void WriteCore(CoreFilePropertiesPart part, string title)
    {
        XNamespace cp = CoreNs, dc = DcNs;
        var xml = new XDocument(new XElement(cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", CoreNs),
            new XAttribute(XNamespace.Xmlns + "dc", DcNs),
            new XElement(dc + "title", DocxBlocks.Clean(title)),
            new XElement(dc + "creator", "PerfEvalIngest")));
        using var s = part.GetStream(FileMode.Create, FileAccess.Write);
        xml.Save(s, SaveOptions.DisableFormatting);
    }

    /// <summary>The same entries in the same order, each with <see cref="EntryTime"/> and no file attributes.</summary>
    private static void Rezip(MemoryStream built, Stream output)
    {
        built.Position = 0;
        using var fixedZip = new MemoryStream();
        using (var source = new ZipArchive(built, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(fixedZip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                copy.ExternalAttributes = 0;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        fixedZip.Position = 0;
        fixedZip.CopyTo(output);
    }
}
