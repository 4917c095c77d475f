using System.IO.Compression;
using System.Text;
using System.Xml;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Ingest;

/// <summary>
/// Looks at an Office file's bytes before the SDK opens them. The SDK answers a password-protected file, a legacy
/// binary file and a truncated zip with the same exception, and it inflates whatever a part declares; telling these
/// apart here gives the reviewer an error that says what to do, and keeps a zip bomb from being inflated at all.
/// </summary>
internal sealed class OfficePackageGuard
{
    public const long DefaultMaxPartBytes = 256L * 1024 * 1024;
    public const long DefaultMaxTotalBytes = 512L * 1024 * 1024;

    /// <summary>Elements nested deeper than this are refused: the SDK loads XML recursively, and some ten thousand
    /// levels overflow the stack, which no handler can catch. Real documents stay under a hundred.</summary>
    public const int MaxXmlDepth = 1000;

    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public long MaxPartBytes { get; }
    public long MaxTotalBytes { get; }

    public OfficePackageGuard(long maxPartBytes = DefaultMaxPartBytes, long maxTotalBytes = DefaultMaxTotalBytes)
    {
        MaxPartBytes = maxPartBytes;
        MaxTotalBytes = maxTotalBytes;
    }

    public static OfficePackageGuard Default { get; } = new();

    public static ReadError Encrypted() => new("encrypted",
        "文件已加密（设有打开密码），请去除密码后重新保存 / the file is password-protected; save it without a password");

    /// <summary>Null when the bytes look like a zip package whose parts stay within the limits.</summary>
    /// <param name="legacyHint">What to tell the reviewer when the file is an old binary Office file.</param>
    public ReadError? Check(byte[] bytes, string legacyHint)
    {
        if (bytes.Length == 0) return ReadError.Empty("0 字节 / 0 bytes");
        if (bytes.AsSpan().StartsWith(OleSignature)) return ClassifyOle(bytes, legacyHint);
        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
            return ReadError.Corrupt("不是 Office Open XML（zip）文件 / not a zip package");
        return CheckZip(bytes);
    }

    private static ReadError ClassifyOle(byte[] bytes, string legacyHint)
    {
        // Stream names sit in the OLE directory as UTF-16; a byte search is enough to tell the kinds apart.
        if (ContainsUtf16(bytes, "EncryptedPackage")) return Encrypted();
        if (ContainsUtf16(bytes, "WordDocument") || ContainsUtf16(bytes, "Workbook") || ContainsUtf16(bytes, "Book"))
            return ReadError.Unsupported(legacyHint);
        return ReadError.Unsupported("OLE 复合文档，不是 Office Open XML 文件 / an OLE compound file, not an Office Open XML file");
    }

    private static bool ContainsUtf16(byte[] bytes, string name) =>
        bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(name)) >= 0;

    private ReadError? CheckZip(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > MaxPartBytes)
                    return PartTooLarge(entry.FullName, entry.Length, MaxPartBytes);
                total += entry.Length;
                if (total > MaxTotalBytes)
                    return PartTooLarge("（全部部件 / all parts）", total, MaxTotalBytes);
            }
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                                                         || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
                if (DeepestNesting(entry) is > MaxXmlDepth)
                    return new ReadError("too-large",
                        $"文件结构嵌套过深：{entry.FullName} 超过 {MaxXmlDepth} 层 / {entry.FullName} nests elements deeper than {MaxXmlDepth} levels");
            return null;
        }
        catch (InvalidDataException e)
        {
            return ReadError.Corrupt($"zip 结构损坏或被截断 / damaged or truncated zip ({e.Message})");
        }
    }

    /// <summary>How deep the part's elements nest, read as a stream (no recursion), stopping once past the limit; null
    /// when the part is not well-formed XML, which the SDK reports in its own words.</summary>
    private static int? DeepestNesting(ZipArchiveEntry entry)
    {
        try
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            int deepest = 0;
            while (reader.Read())
                if (reader.NodeType == XmlNodeType.Element && reader.Depth + 1 > deepest)
                {
                    deepest = reader.Depth + 1;
                    if (deepest > MaxXmlDepth) break;
                }
            return deepest;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static ReadError PartTooLarge(string part, long bytes, long limit) =>
        new("too-large", string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"解压后过大：{part} 声明 {bytes:N0} 字节，上限 {limit:N0} 字节 / part {part} inflates to {bytes:N0} bytes, limit {limit:N0}"));
}
