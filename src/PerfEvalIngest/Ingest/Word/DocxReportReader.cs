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
            using var package = OfficePackageOpening.Word(file.Bytes);
            var main = package.MainDocumentPart;
            if (main == null)
                return new Document(info, [], ReadError.Unsupported("zip 文件中没有 Word 正文 / a zip without a Word document"));
            var styles = WordStyles.Load(main.StyleDefinitionsPart);
            var numbering = WordNumberingDefinitions.Load(main.NumberingDefinitionsPart, styles);
            walker = new WordBodyWalker(styles, numbering);
            if (main.Document?.Body is { } body) walker.WalkBlocks(body);
        }
        catch (Exception e) when (OfficePackageOpening.IsDamage(e))
        {
            return new Document(info, walker?.Builder.Blocks ?? [], ReadError.Corrupt($"Word 文件损坏 / damaged Word file ({e.Message})"));
        }

        var blocks = walker.Builder.Blocks;
        if (blocks.Count == 0) return new Document(info, blocks, ReadError.Empty("文档没有正文 / no body text"));
        return new Document(info, blocks, Figures: WordFigures.Find(blocks, walker.PicturePositions));
    }
}
