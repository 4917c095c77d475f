namespace PerfEvalIngest.Output.Export;

/// <summary>
/// RFC 4180 records: fields separated by commas, a field quoted when it holds a comma, a quote, CR or LF (a quote
/// inside doubled), records ended by CRLF as the RFC says — Excel, LibreOffice, Python's csv module and pandas all
/// read it; a line break inside a quoted field is kept as it is. NULL is an empty field.
/// </summary>
internal static class CsvFormat
{
    public const string RecordEnd = "\r\n";

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
