namespace PerfEvalIngest.Output.Export;

/// <summary>
/// RFC 4180 records: fields separated by commas, a field quoted when it holds a comma, a quote, CR or LF (a quote
/// inside doubled), records ended by CRLF as the RFC says — Excel, LibreOffice, Python's csv module and pandas all
/// read it; a line break inside a quoted field is kept as it is. NULL is an empty field.
/// </summary>
internal static partial class CsvFormat
{
    public const string RecordEnd = "\r\n";

    /// <summary>A text a spreadsheet would take for a formula (=, +, -, @ first, or a tab or CR), kept as text with a
    /// leading apostrophe: a report's own words (「=SUM(…)」, 「@某处」, a link formula slipped into a submission) must
    /// not run when an analyst opens the CSV in Excel. A plain signed number (-3.5) is left as it is.</summary>
    public static string? Inert(string? text) =>
        text is { Length: > 0 } && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) && !SignedNumber().IsMatch(text) ? "'" + text : text;

    [System.Text.RegularExpressions.GeneratedRegex(@"^[+-]?\d+(\.\d+)?%?$")]
    private static partial System.Text.RegularExpressions.Regex SignedNumber();

    public static void WriteRecord(TextWriter writer, IEnumerable<string?> fields)
    {
        bool first = true;
        foreach (var field in fields)
        {
            if (!first) writer.Write(',');
            first = false;
            WriteField(writer, field);
        }
        writer.Write(RecordEnd);
    }

    private static void WriteField(TextWriter writer, string? field)
    {
        if (string.IsNullOrEmpty(field)) return;
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(field);
            return;
        }
        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
