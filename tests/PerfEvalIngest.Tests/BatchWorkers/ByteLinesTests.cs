using System.Buffers;
using System.Text;
using PerfEvalIngest.Batch.Workers;

namespace PerfEvalIngest.Tests.BatchWorkers;

public sealed class ByteLinesTests
{
    /// <summary>A stream that gives at most <paramref name="most"/> bytes per read, as a pipe may.</summary>
    private sealed class Trickle(byte[] bytes, int most) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, most));
    }

    private static List<string> Lines(byte[] bytes, int most)
    {
        var lines = new List<string>();
        ByteLines.Split(new Trickle(bytes, most), (buffer, length) =>
        {
            lines.Add(Encoding.UTF8.GetString(buffer, 0, length));
            ArrayPool<byte>.Shared.Return(buffer);
        });
        return lines;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(65_536)]
    [InlineData(int.MaxValue)]
    public void Lines_come_out_whole_however_the_reads_fall(int most)
    {
        // Short lines, an empty one, and lines longer than the first buffer (one of them several times longer).
        var expected = new List<string> { "ready", "", "[[\"reports\",[\"部门\"]]]", new('a', ByteLines.FirstBufferBytes),
            new('b', ByteLines.FirstBufferBytes - 1), new('c', 3 * ByteLines.FirstBufferBytes + 5), "末行" };
        var bytes = Encoding.UTF8.GetBytes(string.Concat(expected.Select(l => l + "\n")));
        Assert.Equal(expected, Lines(bytes, most));
    }

    [Fact]
    public void Bytes_after_the_last_line_end_are_not_a_line()
    {
        Assert.Equal(["一", "二"], Lines(Encoding.UTF8.GetBytes("一\n二\n[[\"repo"), 4096));
        Assert.Empty(Lines([], 4096));
    }
}
