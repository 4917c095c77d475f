using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Ingest.Word;

/// <summary>
/// Reads Word reports (.docx, and .docm whose macros are never touched: only the main document, styles and
/// numbering parts are read). Headers, footers, footnotes, endnotes and comments live in parts of their own and
/// are not read, so none of their text reaches the body.
/// </summary>
internal sealed class DocxReportReader : IDocumentReader
{
    public static DocxReportReader Instance { get; } = new();

    internal const string LegacyHint =
        "旧版 Word 二进制文档（.doc），请另存为 .docx，例如 soffice --headless --convert-to docx 文件名.doc / " +
        "legacy binary Word document (.doc): save it as .docx, e.g. soffice --headless --convert-to docx FILE.doc";

    private readonly OfficePackageGuard _guard;

    public DocxReportReader(OfficePackageGuard? guard = null) => _guard = guard ?? OfficePackageGuard.Default;

    public string Format => "docx";
    public IReadOnlyList<string> Extensions { get; } = [".docx", ".docm"];

    public Document Read(SourceFile file)
    {
        var info = file.Info(Format);
        if (_guard.Check(file.Bytes, LegacyHint) is { } refused) return new Document(info, [], refused);

        WordBodyWalker? walker = null;
        try
        {
            using var stream = new MemoryStream(file.Bytes, writable: false);
            using var package = WordprocessingDocument.Open(stream, false, new OpenSettings { AutoSave = false });
            var main = package.MainDocumentPart;
            if (main == null)
                return new Document(info, [], ReadError.Unsupported("zip 文件中没有 Word 正文 / a zip without a Word document"));
            var styles = WordStyles.Load(main.StyleDefinitionsPart);
            var numbering = WordNumberingDefinitions.Load(main.NumberingDefinitionsPart, styles);
            walker = new WordBodyWalker(styles, numbering);
            if (main.Document?.Body is { } body) walker.WalkBlocks(body);
        }
        // A package whose relationships name a part it lacks fails in the SDK with InvalidOperationException; an attribute
        // that is not the number or value its schema says (w:val="x") fails when read, with FormatException or OverflowException.
        // A relationship naming an empty or malformed part fails in System.IO.Packaging with ArgumentException.
        catch (Exception e) when (e is FileFormatException or InvalidDataException or XmlException or OpenXmlPackageException
                                      or InvalidOperationException or FormatException or OverflowException
                                      || (e is ArgumentException && e.Source is "System.IO.Packaging" or "DocumentFormat.OpenXml" or "DocumentFormat.OpenXml.Framework"))
        {
            return new Document(info, walker?.Builder.Blocks ?? [], ReadError.Corrupt($"Word 文件损坏 / damaged Word file ({e.Message})"));
        }

        var blocks = walker.Builder.Blocks;
        if (blocks.Count == 0) return new Document(info, blocks, ReadError.Empty("文档没有正文 / no body text"));
        return new Document(info, blocks, Figures: WordFigures.Find(blocks, walker.PicturePositions));
    }
}
