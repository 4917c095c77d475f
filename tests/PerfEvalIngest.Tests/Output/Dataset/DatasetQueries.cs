using System.Data.Common;
using System.Globalization;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Output.Dataset;

/// <summary>The analysts' queries of queries/*.sql, run as the README shows them, with each value as invariant text
/// (null as "", numbers as the database returns them), so SQLite and PostgreSQL answers can be compared.</summary>
internal static class DatasetQueries
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "queries", name + ".sql"));

    public static List<string[]> Run(DbConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Text(name);
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i) switch
            {
                double d => d.ToString(CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var v => v.ToString() ?? "",
            }).ToArray());
        return rows;
    }

    /// <summary>Rows as sorted lines, for comparing answers whose order depends on the database's collation.</summary>
    public static List<string> AsSet(IEnumerable<string[]> rows) => rows.Select(r => string.Join("|", r)).Order(StringComparer.Ordinal).ToList();
}
