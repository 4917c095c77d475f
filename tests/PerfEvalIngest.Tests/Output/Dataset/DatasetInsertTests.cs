using Microsoft.Data.Sqlite;
using PerfEvalIngest.Output;

namespace PerfEvalIngest.Tests.Output.Dataset;

public sealed class DatasetInsertTests
{
    [Fact]
    public void Text_is_stored_as_given_and_an_empty_string_stays_text()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (a, b, c, d)";
            create.ExecuteNonQuery();
        }
        // Longer than the insert's first buffer, so that it grows once.
        var longText = string.Concat(Enumerable.Repeat("项目支出绩效自评", 300));
        using (var insert = new DatasetInsert(connection, "INSERT INTO t VALUES (?, ?, ?, ?)"))
        {
            insert.Run(["", "一般公共预算财政拨款", longText, 12.50m]);
            insert.Run([null, "a", "b", 3]);
        }
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT typeof(a), a, b, c = $long, d, typeof(d) FROM t ORDER BY rowid";
        read.Parameters.AddWithValue("$long", longText);
        using var row = read.ExecuteReader();
        Assert.True(row.Read());
        Assert.Equal("text", row.GetString(0));
        Assert.Equal("", row.GetString(1));
        Assert.Equal("一般公共预算财政拨款", row.GetString(2));
        Assert.Equal(1L, row.GetInt64(3));
        Assert.Equal("12.5", row.GetString(4));
        Assert.True(row.Read());
        Assert.Equal("null", row.GetString(0));
    }
}
