using System.Data.Common;

namespace PerfEvalIngest.Output.Export;

/// <summary>
/// Reads any dataset's tables from the database itself — names, columns, rows — so the export follows the schema as
/// it grows (a new column, a new table) without a list of its own, and works on any ADO.NET connection whose
/// <see cref="SchemaDialect"/> is known.
/// </summary>
internal static class DatasetTables
{
    /// <summary>The tables, those named in <paramref name="preferredOrder"/> first in that order, then the others by
    /// name (ordinal), so a new table lands in a stable place.</summary>
    public static IReadOnlyList<DatasetTable> Read(DbConnection connection, IReadOnlyList<string> preferredOrder)
    {
        using var command = connection.CreateCommand();
        command.CommandText = SchemaDialect.For(connection).ColumnsSql;
        var columns = new Dictionary<string, List<DatasetColumn>>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var table = reader.GetString(0);
                if (!columns.TryGetValue(table, out var list)) columns[table] = list = [];
                list.Add(new DatasetColumn(reader.GetString(1), reader.IsDBNull(2) ? "" : reader.GetString(2)));
            }
        var rank = preferredOrder.Select((t, i) => (t, i)).DistinctBy(p => p.t).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        int Rank(string table) => rank.GetValueOrDefault(table, preferredOrder.Count);
        return columns.OrderBy(t => Rank(t.Key)).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new DatasetTable(t.Key, t.Value)).ToList();
    }

    /// <summary>
    /// The table's rows, streamed, as the provider's values (long, double, string, byte[]; null for NULL), ordered by
    /// every column in declared order with NULLs first. Ordering by all columns needs no knowledge of a table's key
    /// and makes the order total, so two exports of the same data are the same file; since the dataset declares its
    /// key columns first (reports.name; report, seq elsewhere) it is also the natural order — by report, then as the
    /// report reads. Text sorts by the database's collation (binary in SQLite).
    /// </summary>
    public static IEnumerable<object?[]> Rows(DbConnection connection, DatasetTable table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => Quote(c.Name)))} FROM {Quote(table.Name)} " +
                              $"ORDER BY {string.Join(", ", table.Columns.Select(c => Quote(c.Name) + " NULLS FIRST"))}";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new object?[table.Columns.Count];
            for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            yield return row;
        }
    }

    /// <summary>The number of rows, for a summary and for tests.</summary>
    public static long Count(DbConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {Quote(table)}";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>An identifier in double quotes, as both SQLite and PostgreSQL read it.</summary>
    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
