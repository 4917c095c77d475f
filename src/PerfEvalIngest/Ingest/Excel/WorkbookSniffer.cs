using System.IO.Compression;
using System.Text.RegularExpressions;

namespace PerfEvalIngest.Ingest.Excel;

/// <summary>
/// A quick look inside a workbook before a batch decides whether it belongs to the report beside it: a 自评表 or a
/// budget table holds figures; a reviewer's checklist (问题, 截图, 是/否) holds text. Only the sheets' XML is
/// scanned, no more than <see cref="MaxBytes"/> of it, so the look costs little whatever the file.
/// </summary>
internal static partial class WorkbookSniffer
{
    /// <summary>Numeric cells a workbook must hold to be taken for part of a submission.</summary>
    public const int MinFigures = 3;

    private const long MaxBytes = 8L << 20;

    // A cell with a value and no type attribute (or t="n") holds a number.
    [GeneratedRegex(@"<c\b(?![^>]*\bt=""(?:s|str|inlineStr|b|e)"")[^>]*>\s*(?:<f[^>]*>[^<]*</f>\s*|<f[^>]*/>\s*)?<v>", RegexOptions.CultureInvariant)]
    private static partial Regex NumericCell();

    /// <summary>Whether the workbook holds figures; true when it cannot be looked into (a legacy .xls, a damaged
    /// file), so that the reader, not the sniff, reports what is wrong with it.</summary>
    public static bool HoldsFigures(string path)
    {
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return true;
        try
        {
            // Only a regular file with bytes is opened: a FIFO or a device (length 0, or behind a link) could block.
            if (SourceFile.Target(path) is not { Exists: true, Length: > 0 } info) return true;
            using var zip = ZipFile.OpenRead(info.FullName);
            long read = 0;
            int figures = 0;
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)
                                                         && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                if (read > MaxBytes) return true;
                using var reader = new StreamReader(entry.Open());
                var buffer = new char[Math.Min(entry.Length, MaxBytes - read) is var n and > 0 ? (int)n : 0];
                int length = reader.ReadBlock(buffer, 0, buffer.Length);
                read += length;
                figures += NumericCell().Matches(new string(buffer, 0, length)).Count;
                if (figures >= MinFigures) return true;
            }
            return false;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }
}
