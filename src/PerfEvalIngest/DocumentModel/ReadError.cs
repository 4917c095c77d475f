namespace PerfEvalIngest.DocumentModel;

/// <summary>
/// Why a file could not be read (fully). Codes are the contract's: empty, too-large, corrupt, unsupported,
/// unreadable, encrypted, no-text-layer; and timeout (a file over its time budget) and internal (a fault in the
/// tool). The message is Chinese first, then English.
/// </summary>
public sealed record ReadError(string Code, string Message)
{
    public static ReadError Empty(string detail) => new("empty", $"文件为空（{detail}） / file is empty");
    public static ReadError TooLarge(long bytes, long limit) =>
        new("too-large", string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"文件过大：{bytes:N0} 字节，上限 {limit:N0} 字节 / file is {bytes:N0} bytes, limit {limit:N0}"));
    public static ReadError Corrupt(string detail) => new("corrupt", $"文件内容无法识别：{detail} / unreadable content");
    public static ReadError Unsupported(string detail) => new("unsupported", $"不支持的文件类型：{detail} / unsupported file type");
    public static ReadError Unreadable(string detail) => new("unreadable", $"无法读取文件：{detail} / cannot read file");
}
