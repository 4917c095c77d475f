using PerfEvalIngest.Ingest.Excel;
using PerfEvalIngest.Ingest.Pdf;
using PerfEvalIngest.Ingest.Text;
using PerfEvalIngest.Ingest.Word;
namespace PerfEvalIngest.Ingest;

/// <summary>The readers, one per format: the one list that says what a report can be. Folder searches, the command's
/// help and the README's format list all come from it.</summary>
internal static class ReaderRegistry
{
    public static IReadOnlyList<IDocumentReader> Readers { get; } =
        [TextReportReader.Instance, DocxReportReader.Instance, XlsxReportReader.Instance, XlsReportReader.Instance, PdfReportReader.Instance,
            LegacyOfficeConverter.Instance];

    /// <summary>Every extension a reader takes.</summary>
    public static IReadOnlyList<string> ReportExtensions { get; } = Readers.SelectMany(r => r.Extensions).ToList();

    /// <summary>The reader of <paramref name="readers"/> that takes the file's extension, or null.</summary>
    public static IDocumentReader? ReaderFor(IEnumerable<IDocumentReader> readers, string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return readers.FirstOrDefault(r => r.Extensions.Contains(extension));
    }

    /// <summary>Formats that are workbooks: beside a main file they are its attachments (<see cref="SubmissionFiles"/>).</summary>
    public static IReadOnlyList<string> WorkbookExtensions { get; } = [.. XlsxReportReader.Instance.Extensions, .. XlsReportReader.Instance.Extensions];
}
