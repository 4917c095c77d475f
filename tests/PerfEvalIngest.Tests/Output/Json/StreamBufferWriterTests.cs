using System.Text;
using System.Text.Json;
using PerfEvalIngest.Output;

namespace PerfEvalIngest.Tests.Output.Json;

public sealed class StreamBufferWriterTests
{
    /// <summary>Many values, a value longer than the writer's 64 KB chunk, and flushes between them.</summary>
    private static void WriteDocument(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartArray("facts");
        for (int i = 0; i < 20_000; i++)
        {
            w.WriteStartObject();
            w.WriteNumber("n", i);
            w.WriteString("text", "第" + i + "项：预算执行率 98.5%");
            w.WriteEndObject();
            if (i % 1000 == 0) w.Flush();
        }
        w.WriteEndArray();
        w.WriteString("long", new string('款', 100_000));
        w.WriteEndObject();
    }

    [Fact]
    public void The_stream_receives_the_same_bytes_as_when_written_to_directly()
    {
        var options = new JsonWriterOptions { Indented = true };
        using var direct = new MemoryStream();
        using (var w = new Utf8JsonWriter(direct, options)) WriteDocument(w);

        using var through = new MemoryStream();
        using (var sink = new StreamBufferWriter(through))
        using (var w = new Utf8JsonWriter(sink, options))
            WriteDocument(w);

        Assert.True(direct.Length > 1_000_000);
        Assert.Equal(direct.ToArray(), through.ToArray());
        using var parsed = JsonDocument.Parse(through.ToArray());
        Assert.Equal(100_000, parsed.RootElement.GetProperty("long").GetString()!.Length);
        Assert.Equal("第19999项：预算执行率 98.5%", parsed.RootElement.GetProperty("facts")[19_999].GetProperty("text").GetString());
    }

    [Fact]
    public void Nothing_reaches_the_stream_before_a_chunk_fills_or_the_writer_is_disposed()
    {
        using var target = new MemoryStream();
        var sink = new StreamBufferWriter(target);
        Encoding.UTF8.GetBytes("部门", sink.GetSpan(6));
        sink.Advance(6);
        Assert.Equal(0, target.Length);
        sink.Dispose();
        Assert.Equal("部门", Encoding.UTF8.GetString(target.ToArray()));
    }
}
