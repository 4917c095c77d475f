using Microsoft.Data.Sqlite;

namespace PerfEvalIngest.Tests.Output.Export;

/// <summary>What a dataset holds, asked of SQLite directly, to hold the exports against.</summary>
internal static class SqliteRows
{
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static long Count(string dataset, string table)
    {
        using var connection = Open(dataset);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    public static List<string> Tables(string dataset) =>
        Query(dataset, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").Select(r => (string)r[0]!).ToList();

    /// <summary>The rows of a query, as SQLite's values (long, double, string; null for NULL).</summary>
    public static List<object?[]> Query(string dataset, string sql)
    {
        using var connection = Open(dataset);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    public static void Execute(string dataset, string sql)
    {
        using var connection = Open(dataset);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
