using System.Text;
using System.Text.Unicode;

namespace PerfEvalIngest.Ingest.Text;

/// <summary>
/// Decides a text file's encoding from its bytes: a byte-order mark first; then strict UTF-8; then UTF-16 without
/// a mark (zero bytes in alternate positions); then GB18030, which also covers GBK and GB2312. A decoding that is
/// mostly control characters or replacement characters is not text at all.
/// </summary>
internal static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public sealed record Decoded(string Text, string EncodingName);

    /// <summary>Share of characters that may be control or replacement characters before we call it binary.</summary>
    private const double MaxJunkShare = 0.005;

    public static (Decoded? Result, string? Problem) Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Accept(new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3), "utf-8-bom");
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Accept(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "utf-16le");
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Accept(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "utf-16be");

        if (Utf8.IsValid(bytes))
            return Accept(Encoding.UTF8.GetString(bytes), "utf-8");

        var utf16 = GuessUtf16WithoutMark(bytes);
        if (utf16 != null)
            return Accept(utf16.GetString(bytes), utf16 == Encoding.Unicode ? "utf-16le" : "utf-16be");

        return Accept(Encoding.GetEncoding("GB18030").GetString(bytes), "gb18030");
    }

    private static Encoding? GuessUtf16WithoutMark(byte[] bytes)
    {
        int sample = Math.Min(bytes.Length & ~1, 8192);
        if (sample < 8) return null;
        int zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < sample; i += 2)
        {
            if (bytes[i] == 0) zeroEven++;
            if (bytes[i + 1] == 0) zeroOdd++;
        }
        int pairs = sample / 2;
        // Line breaks, digits and spaces put a zero in the high byte of every ASCII character; a few Han characters
        // (一 is U+4E00) put one in the low byte, far more rarely.
        if (zeroOdd > pairs / 20 && zeroEven * 4 < zeroOdd) return Encoding.Unicode;
        if (zeroEven > pairs / 20 && zeroOdd * 4 < zeroEven) return Encoding.BigEndianUnicode;
        return null;
    }

    private static (Decoded?, string?) Accept(string text, string encoding)
    {
        if (text.Length == 0) return (new Decoded(text, encoding), null);
        int junk = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v')))
                junk++;
        }
        if (junk > Math.Max(2, text.Length * MaxJunkShare))
            return (null, $"按 {encoding} 解码后含 {junk} 个控制符或无效字符（共 {text.Length} 字符），不像文本 / {junk} control or invalid characters in {text.Length}: not text");
        return (new Decoded(text, encoding), null);
    }
}
