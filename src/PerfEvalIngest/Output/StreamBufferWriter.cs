using System.Buffers;

namespace PerfEvalIngest.Output;

/// <summary>
/// Where a <see cref="System.Text.Json.Utf8JsonWriter"/> writes a large document: one pooled buffer, handed to the
/// stream whenever it fills. Given a stream, the JSON writer keeps a buffer of its own that starts at 4 KB and doubles
/// until it is flushed, allocating each size anew (the larger ones on the large-object heap) and zeroing it: for a
/// report's JSON that was more work than the stream's writes.
/// </summary>
internal sealed class StreamBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int ChunkBytes = 1 << 16;

    private readonly Stream _target;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
    private int _filled;

    public StreamBufferWriter(Stream target) => _target = target;

    public void Advance(int count) => _filled += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        // Reserved first: it may replace the buffer.
        int start = Reserve(sizeHint);
        return _buffer.AsMemory(start);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        int start = Reserve(sizeHint);
        return _buffer.AsSpan(start);
    }

    /// <summary>Makes room for at least <paramref name="sizeHint"/> bytes (one when zero); returns where it starts.</summary>
    private int Reserve(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _filled >= needed) return _filled;
        Drain();
        if (_buffer.Length < needed)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(needed);
        }
        return 0;
    }

    /// <summary>Hands what has been written to the stream.</summary>
    private void Drain()
    {
        if (_filled == 0) return;
        _target.Write(_buffer, 0, _filled);
        _filled = 0;
    }

    /// <summary>Drains what is left and returns the buffer; the stream stays open.</summary>
    public void Dispose()
    {
        if (_buffer.Length == 0) return;
        Drain();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
