using System.Text;
using PerfEvalIngest.Batch.Workers;

namespace PerfEvalIngest.Tests.BatchWorkers;

public sealed class WorkerProtocolTests
{
    private static byte[] Line(IEnumerable<(string Table, object?[] Values)> rows)
    {
        using var stream = new MemoryStream();
        WorkerProtocol.WriteResponse(stream, rows);
        return stream.ToArray();
    }

    [Fact]
    public void An_answer_is_one_line_and_reads_back_as_SQLite_would_store_it()
    {
        var bytes = Line([
            ("reports", ["年度部门整体支出绩效自评报告", "第一行\n第二行 \"引号\"", null, 12, 3_000_000_000L]),
            ("facts", [12.50m, 0.25, -7m, ""]),
        ]);
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.Equal(1, bytes.Count(b => b == (byte)'\n'));
        // Chinese as UTF-8, not as \u escapes; the line end inside a value escaped.
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("年度部门整体支出绩效自评报告", text);
        Assert.Contains("第一行\\n第二行", text);

        var rows = WorkerProtocol.ReadResponse(bytes.AsSpan(0, bytes.Length - 1));
        Assert.Equal(["reports", "facts"], rows.Select(r => r.Table));
        // Whole numbers as long and the rest as double: the types SQLite gives INTEGER and REAL columns.
        Assert.Equal(new object?[] { "年度部门整体支出绩效自评报告", "第一行\n第二行 \"引号\"", null, 12L, 3_000_000_000L }, rows[0].Values);
        Assert.Equal(new object?[] { 12.5, 0.25, -7L, "" }, rows[1].Values);
    }

    [Fact]
    public void A_report_without_rows_is_an_empty_answer()
    {
        var bytes = Line([]);
        Assert.Equal("[]\n", Encoding.UTF8.GetString(bytes));
        Assert.Empty(WorkerProtocol.ReadResponse(bytes.AsSpan(0, 2)));
    }

    [Theory]
    [InlineData("[[\"reports\",[1]]")]
    [InlineData("[[\"reports\",1]]")]
    [InlineData("{\"reports\":[]}")]
    public void A_broken_answer_is_refused_not_half_read(string line)
    {
        Assert.ThrowsAny<Exception>(() => WorkerProtocol.ReadResponse(Encoding.UTF8.GetBytes(line)));
    }

    [Fact]
    public void The_ready_line_is_recognised()
    {
        using var stream = new MemoryStream();
        WorkerProtocol.WriteReady(stream);
        var bytes = stream.ToArray();
        Assert.Equal("ready\n", Encoding.UTF8.GetString(bytes));
        Assert.True(WorkerProtocol.IsReady(bytes.AsSpan(0, bytes.Length - 1)));
        Assert.False(WorkerProtocol.IsReady("[]"u8));
    }
}
