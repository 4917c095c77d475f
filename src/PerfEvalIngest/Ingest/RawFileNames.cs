using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace PerfEvalIngest.Ingest;

/// <summary>
/// File names that are not UTF-8 — GBK names from a zip made on Chinese Windows — which .NET on Linux turns into
/// U+FFFD and then cannot open. Such folders are listed and such files opened by their bytes through the C library, and
/// each name is shown decoded as GB18030 (GBK's superset), as the Windows that wrote it meant it. Linux only; elsewhere
/// every name is already Unicode.
/// </summary>
internal static class RawFileNames
{
    /// <summary>A name .NET could not decode: at least one byte sequence became U+FFFD.</summary>
    public static bool IsLossy(string name) => name.Contains('\uFFFD', StringComparison.Ordinal);

    public static bool Supported => OperatingSystem.IsLinux();

    /// <summary>A folder's entries as bytes: name, and whether each is a folder, a link or something else. Null when the
    /// folder cannot be listed.</summary>
    public static List<(byte[] Name, EntryType Type)>? List(byte[] folder)
    {
        var dir = OpenDir(Terminated(folder));
        if (dir == IntPtr.Zero) return null;
        try
        {
            var entries = new List<(byte[], EntryType)>();
            for (IntPtr entry; (entry = ReadDir(dir)) != IntPtr.Zero;)
            {
                // struct dirent on Linux (glibc and musl, 64-bit): d_ino 8, d_off 8, d_reclen 2, d_type 1, d_name.
                byte type = Marshal.ReadByte(entry, 18);
                var name = ReadName(entry + 19);
                if (name.Length == 0 || name is [(byte)'.'] or [(byte)'.', (byte)'.']) continue;
                entries.Add((name, type switch { 4 => EntryType.Folder, 10 => EntryType.Link, _ => EntryType.File }));
            }
            return entries;
        }
        finally
        {
            _ = CloseDir(dir);
        }
    }

    /// <summary>Opens a file by its bytes for reading; null when it cannot be opened. Never blocks on a FIFO.</summary>
    public static SafeFileHandle? OpenRead(byte[] path)
    {
        const int ReadOnly = 0, NonBlocking = 0x800, CloseOnExec = 0x80000;
        int fd = Open(Terminated(path), ReadOnly | NonBlocking | CloseOnExec);
        return fd < 0 ? null : new SafeFileHandle(fd, ownsHandle: true);
    }

    /// <summary>The bytes of a command-line argument that .NET decoded lossily (a GBK name typed or pasted into a
    /// shell): the process's own command line says what was given. Null when no argument decodes to it.</summary>
    public static byte[]? ArgumentBytes(string lossy)
    {
        if (!Supported || !IsLossy(lossy)) return null;
        byte[] line;
        try
        {
            line = File.ReadAllBytes("/proc/self/cmdline");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var utf8 = new UTF8Encoding(false);
        foreach (var range in line.AsSpan().Split((byte)0))
        {
            var argument = line[range];
            if (argument.Length > 0 && utf8.GetString(argument) == lossy) return argument;
        }
        return null;
    }

    /// <summary>A name as its writer meant it: UTF-8 when it is, else GB18030.</summary>
    public static string Display(byte[] name)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(name);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(name);
        }
    }

    public static byte[] Join(byte[] folder, byte[] name) => [.. folder, (byte)'/', .. name];

    private static byte[] ReadName(IntPtr at)
    {
        int length = 0;
        while (Marshal.ReadByte(at, length) != 0) length++;
        var bytes = new byte[length];
        Marshal.Copy(at, bytes, 0, length);
        return bytes;
    }

    private static byte[] Terminated(byte[] path) => [.. path, 0];

    public enum EntryType { File, Folder, Link }

    [DllImport("libc", EntryPoint = "opendir", SetLastError = true)]
    private static extern IntPtr OpenDir(byte[] path);

    [DllImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static extern IntPtr ReadDir(IntPtr dir);

    [DllImport("libc", EntryPoint = "closedir")]
    private static extern int CloseDir(IntPtr dir);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] path, int flags);
}
