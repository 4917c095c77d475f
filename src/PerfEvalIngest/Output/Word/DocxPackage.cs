using System.IO.Compression;
using System.Xml.Linq;

namespace PerfEvalIngest.Output.Word;

/// <summary>
/// A .docx package whose bytes depend on its content only, written straight into a zip: the document part as
/// <see cref="DocxBlocks"/> writes it, the styles and settings parts from the Open XML SDK's elements, the package's
/// own parts (content types, relationships, core properties) spelled out here under fixed relationship ids, and one
/// fixed time on every entry. The SDK's packaging layer would stamp each entry with the time it was made, choose random
/// relationship ids and cost a batch more time than laying out the checklist itself. The same content gives the same
/// bytes on one platform and runtime; the zip's "made by" field and the compressor may differ between them, which is
/// why tests compare bytes and not a stored file.
/// </summary>
internal static class DocxPackage
{
    /// <summary>The time on every zip entry: DOS dates start in 1980, any fixed date will do.</summary>
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string CoreNs = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    private const string ContentTypes = Declaration +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>" +
        "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>" +
        "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>" +
        "</Types>";

    private const string PackageRelationships = Declaration +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" +
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>" +
        "</Relationships>";

    private const string DocumentRelationships = Declaration +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>" +
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>" +
        "</Relationships>";

    /// <summary>The styles and settings parts: the same for every checklist, so laid out once.</summary>
    private static readonly string StylesXml = Declaration + ChecklistDocxStyles.Build().OuterXml;
    private static readonly string SettingsXml = Declaration + ChecklistDocxStyles.Settings().OuterXml;

    /// <summary>Writes the package into <paramref name="stream"/>; <paramref name="body"/> writes the document's body,
    /// block by block in reading order.</summary>
    public static void Write(Stream stream, string title, Action<DocxBlocks> body)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "[Content_Types].xml", ContentTypes);
            Add(archive, "_rels/.rels", PackageRelationships);
            AddDocument(archive, "word/document.xml", body);
            Add(archive, "word/_rels/document.xml.rels", DocumentRelationships);
            Add(archive, "word/styles.xml", StylesXml);
            Add(archive, "word/settings.xml", SettingsXml);
            Add(archive, "docProps/core.xml", Core(title));
        }
        zip.Position = 0;
        zip.CopyTo(stream);
    }

    private static string Core(string title)
    {
        XNamespace cp = CoreNs, dc = DcNs;
        var xml = new XElement(cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", CoreNs),
            new XAttribute(XNamespace.Xmlns + "dc", DcNs),
            new XElement(dc + "title", DocxBlocks.Clean(title)),
            new XElement(dc + "creator", "PerfEvalIngest"));
        return Declaration + xml.ToString(SaveOptions.DisableFormatting);
    }

    private static void Add(ZipArchive archive, string name, string xml)
    {
        using var to = Open(archive, name);
        to.Write(System.Text.Encoding.UTF8.GetBytes(xml));
    }

    /// <summary>The document part, as UTF-8 after the declaration, in one write as for the other parts: the
    /// compressor's output depends on how its input arrives.</summary>
    /// <remarks>The markup is encoded from the builder's pieces into one pooled buffer: as one string, and then one
    /// with the declaration before it, a long checklist made two copies of the large-object heap's size.</remarks>
    private static void AddDocument(ZipArchive archive, string name, Action<DocxBlocks> body)
    {
        var markup = DocxBlocks.Document(body);
        var utf8 = System.Text.Encoding.UTF8;
        // Through an encoder, which carries a surrogate pair split between two of the builder's pieces across them,
        // into a buffer as long as the most the markup can take.
        var encoder = utf8.GetEncoder();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(utf8.GetByteCount(Declaration) + utf8.GetMaxByteCount(markup.Length));
        try
        {
            int at = utf8.GetBytes(Declaration, buffer);
            foreach (var chunk in markup.GetChunks()) at += encoder.GetBytes(chunk.Span, buffer.AsSpan(at), flush: false);
            at += encoder.GetBytes([], buffer.AsSpan(at), flush: true);
            using var to = Open(archive, name);
            to.Write(buffer, 0, at);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Stream Open(ZipArchive archive, string name)
    {
        // The fastest deflate: a checklist is a few kilobytes either way, and a batch writes thousands.
        var entry = archive.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = EntryTime;
        entry.ExternalAttributes = 0;
        return entry.Open();
    }
}
