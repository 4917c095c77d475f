using System.Text;

namespace PerfEvalIngest.Tests.Output.Export;

/// <summary>A reader of RFC 4180 text written for the tests, independent of the exporter's writer: quoted fields
/// with doubled quotes and line breaks, records ended by CRLF or LF.</summary>
internal static class Rfc4180
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; any = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); any = true; break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\n':
                    fields.Add(field.ToString());
                    records.Add([.. fields]);
                    fields.Clear(); field.Clear(); any = false;
                    break;
                default: field.Append(c); any = true; break;
            }
        }
        if (any || field.Length > 0) { fields.Add(field.ToString()); records.Add([.. fields]); }
        return records;
    }

    /// <summary>A file as the exporter writes it: the byte-order mark required, then the records.</summary>
    public static List<string[]> ReadFile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan().StartsWith("\uFEFF"u8), $"{path} has no UTF-8 byte-order mark");
        return Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }
}
