using System.Text;

namespace PerfEvalIngest.Corpus.Output;

/// <summary>
/// The byte forms of a report. Reports arrive as UTF-8 (no BOM, like the seeds), but also as GB18030 from
/// older Chinese Windows tools and as UTF-16 LE with BOM from Word's "Unicode text" export.
/// </summary>
static class TextEncodings
{
    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    public static byte[] Gb18030(string text) => RoundTrip(Encoding.GetEncoding("GB18030"), text, []);

    public static byte[] Utf16LeWithBom(string text) => RoundTrip(new UnicodeEncoding(false, true), text, [0xFF, 0xFE]);

    /// <summary>Encodes and proves the bytes decode to the same text, so a copy is never silently lossy.</summary>
    static byte[] RoundTrip(Encoding encoding, string text, byte[] bom)
    {
        var body = encoding.GetBytes(text);
        if (encoding.GetString(body) != text) throw new InvalidOperationException($"{encoding.WebName} does not round-trip the report");
        return [.. bom, .. body];
    }
}
