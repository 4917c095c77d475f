using System.Buffers;

namespace PerfEvalIngest.Batch.Workers;

/// <summary>Splits a stream into lines of bytes, each handed over in a buffer rented from the shared pool, which the
/// receiver returns once it is done with it.</summary>
internal static class ByteLines
{
    /// <summary>A line's first buffer: most answers of a worker fit in it; a longer line gets a larger one.</summary>
    public const int FirstBufferBytes = 1 << 18;

    /// <summary>Calls <paramref name="line"/> with each line's buffer and length (without its end) until the stream
    /// ends; bytes after the last line end are dropped (a worker that died mid-answer).</summary>
    public static void Split(Stream input, Action<byte[], int> line)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(FirstBufferBytes);
        int length = 0;
        try
        {
            for (int read; (read = input.Read(buffer, length, buffer.Length - length)) > 0;)
            {
                // The new bytes may end this line and hold more: each line found goes out, the rest starts the next.
                int scanned = length;
                length += read;
                for (int end; (end = buffer.AsSpan(scanned, length - scanned).IndexOf((byte)'\n')) >= 0;)
                {
                    end += scanned;
                    int rest = length - end - 1;
                    var next = ArrayPool<byte>.Shared.Rent(Math.Max(FirstBufferBytes, rest + 1));
                    buffer.AsSpan(end + 1, rest).CopyTo(next);
                    var done = buffer;
                    (buffer, length, scanned) = (next, rest, 0);
                    line(done, end);
                }
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(2 * buffer.Length);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
