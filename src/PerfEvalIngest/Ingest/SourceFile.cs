using System.Security.Cryptography;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Ingest;

/// <summary>
/// A file's bytes, loaded once with a size limit, plus its hash. Loading never throws for expected trouble
/// (missing, unreadable, too large, empty): it returns an error instead.
/// </summary>
internal sealed class SourceFile
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
    public static (SourceFile? File, ReadError? Error) Load(string path, long maxBytes, byte[]? rawPath = null)
    {
        if (rawPath != null) return LoadRaw(path, rawPath, maxBytes);
        try
        {
            if (Target(path) is not { } info)
                return (null, ReadError.Unreadable("链接指向的文件不存在或不是文件 / the link points at nothing or at a folder"));
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

    /// <summary>A file whose name is not UTF-8, opened by its bytes (<see cref="RawFileNames"/>); the same refusals as
    /// <see cref="Load"/>: a FIFO or device has no length and is refused as empty before any read.</summary>
    private static (SourceFile? File, ReadError? Error) LoadRaw(string path, byte[] rawPath, long maxBytes)
    {
        using var handle = RawFileNames.OpenRead(rawPath);
        if (handle == null) return (null, ReadError.Unreadable("文件无法打开 / the file cannot be opened"));
        try
        {
            long length;
            try
            {
                length = RandomAccess.GetLength(handle);
            }
            catch (NotSupportedException)
            {
                // A pipe cannot tell its length (a device tells 0): neither is read, as with a file named in UTF-8.
                return (null, ReadError.Empty("不是普通文件（管道或设备），未读取 / not a regular file (a pipe or a device)"));
            }
            if (length == 0) return (null, ReadError.Empty("0 字节 / 0 bytes"));
            if (length > maxBytes) return (null, ReadError.TooLarge(length, maxBytes));
            var bytes = new byte[length];
            for (int read = 0, n; read < bytes.Length; read += n)
                if ((n = RandomAccess.Read(handle, bytes.AsSpan(read), read)) == 0)
                    return (null, ReadError.Unreadable("文件在读取时变短 / the file shrank while it was read"));
            return (new SourceFile(path, bytes), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return (null, ReadError.Unreadable(e.Message));
        }
    }

    /// <summary>What a path finally names: the file a link points at (a link to /dev/zero is a device, not a nine-byte
    /// file), the path itself otherwise; null for a link to nothing or to a folder. A loop of links throws
    /// <see cref="IOException"/>.</summary>
    internal static FileInfo? Target(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget == null) return info;
        return File.ResolveLinkTarget(path, returnFinalTarget: true) is FileInfo { Exists: true } target ? target : null;
    }

    public SourceInfo Info(string format, int? pages = null, string? encoding = null) =>
        new(Path, format, Sha256, pages, encoding);
}
