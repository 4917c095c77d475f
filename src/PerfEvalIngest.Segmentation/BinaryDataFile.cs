using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace PerfEvalIngest.Segmentation;

/// <summary>
/// Sequential reader of the little-endian files make-data.py writes. Arrays are read straight into their final
/// typed storage, with no intermediate byte buffer, because loading time counts towards the first token.
/// </summary>
internal sealed class BinaryDataFile : IDisposable
{
    private readonly SafeFileHandle _handle;
    private long _offset;

    public string Path { get; }

    private BinaryDataFile(string path)
    {
        Path = path;
        _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
    }

    /// <summary>Opens a file and checks its magic and version, so that a stale or foreign file fails loudly.</summary>
    public static BinaryDataFile Open(string path, string magic, int version)
    {
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("the jieba data files are little-endian and are read without conversion");
        var file = new BinaryDataFile(path);
        try
        {
            Span<byte> header = stackalloc byte[8];
            file.ReadExactly(header);
            if (Encoding.ASCII.GetString(header) != magic)
                throw new InvalidDataException($"{path} is not a {magic} file; regenerate it with models/jieba/make-data.sh");
            var found = file.ReadInt32();
            if (found != version)
                throw new InvalidDataException($"{path} has layout version {found}, expected {version}; regenerate it with models/jieba/make-data.sh");
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public int ReadInt32() => ReadValue<int>();

    public long ReadInt64() => ReadValue<long>();

    public double ReadDouble() => ReadValue<double>();

    public T[] ReadArray<T>(int count) where T : unmanaged
    {
        if (count < 0)
            throw new InvalidDataException($"{Path}: negative array length {count}");
        var array = GC.AllocateUninitializedArray<T>(count);
        ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    /// <summary>Skips the padding make-data.py inserts to keep the next array aligned.</summary>
    public void AlignTo(int boundary)
    {
        var remainder = _offset % boundary;
        if (remainder != 0)
            _offset += boundary - remainder;
    }

    private T ReadValue<T>() where T : unmanaged
    {
        T value = default;
        ReadExactly(MemoryMarshal.AsBytes(new Span<T>(ref value)));
        return value;
    }

    private void ReadExactly(Span<byte> destination)
    {
        while (!destination.IsEmpty)
        {
            var read = RandomAccess.Read(_handle, destination, _offset);
            if (read == 0)
                throw new InvalidDataException($"{Path} ends early; regenerate it with models/jieba/make-data.sh");
            _offset += read;
            destination = destination[read..];
        }
    }

    public void Dispose() => _handle.Dispose();
}
