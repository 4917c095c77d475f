using System.Security.Cryptography;
using PerfEvalIngest.Model;

namespace PerfEvalIngest.Ingest;

/// <summary>
/// A file's bytes, loaded once with a size limit, plus its hash. Loading never throws for expected trouble
/// (missing, unreadable, too large, empty): it returns an error instead.
/// </summary>
public sealed class SourceFile
{
    public string Path { get; }
    public byte[] Bytes { get; }
    public string Sha256 { get; }

    private SourceFile(string path, byte[] bytes)
    {
        Path = path;
        Bytes = bytes;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public static SourceFile FromBytes(string path, byte[] bytes) => new(path, bytes);

    /// <summary>Reads a file of at most <paramref name="maxBytes"/>. A link is judged by what it finally points at (a
    /// link to /dev/zero is a device, not a nine-byte file); a non-regular file (FIFO, device) reports a length of 0
    /// and is refused as empty before it is opened, so it cannot block the batch; a loop of links is unreadable.</summary>
    public static (SourceFile? File, ReadError? Error) Load(string path, long maxBytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.LinkTarget != null)
            {
                if (File.ResolveLinkTarget(path, returnFinalTarget: true) is not FileInfo target || !target.Exists)
                    return (null, ReadError.Unreadable("链接指向的文件不存在或不是文件 / the link points at nothing or at a folder"));
                info = target;
            }
            if (!info.Exists)
                return (null, ReadError.Unreadable("文件不存在或链接已失效 / missing or dangling link"));
            if (info.Length == 0)
                return (null, ReadError.Empty("0 字节 / 0 bytes"));
            if (info.Length > maxBytes)
                return (null, ReadError.TooLarge(info.Length, maxBytes));
            return (new SourceFile(path, File.ReadAllBytes(info.FullName)), null);
        }
        catch (UnauthorizedAccessException e)
        {
            return (null, ReadError.Unreadable($"没有读取权限 / permission denied ({e.Message})"));
        }
        catch (IOException e)
        {
            return (null, ReadError.Unreadable(e.Message));
        }
    }

    public SourceInfo Info(string format, int? pages = null, string? encoding = null) =>
        new(Path, format, Sha256, pages, encoding);
}
