using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace PerfEvalIngest.Output;

/// <summary>
/// The dataset in PostgreSQL, for a team that shares one (<c>perfeval check … --db postgresql://…</c>): the same tables
/// as dataset.sqlite (<see cref="DatasetSchema"/>). A batch publishes its reports from its finished dataset.sqlite in
/// one transaction: the rows of each report's content or path are replaced, so a report checked again by anyone is
/// never there twice, and reports of other batches, units and years stay. Trouble with the server is expected input,
/// not a bug: every method returns a message instead of throwing.
/// </summary>
public static class SharedDataset
{
    /// <summary>Whether a --db value names a PostgreSQL database (a postgres:// URI or an Npgsql key=value string).</summary>
    public static bool IsPostgres(string db) =>
        db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>An Npgsql connection string from a libpq-style URI
    /// (postgresql://user:password@host:port/database?sslmode=require) or a key=value string as it is.</summary>
    public static string? ConnectionString(string db, out string? error)
    {
        error = null;
        if (!db.Contains("://", StringComparison.Ordinal)) return db;
        if (!Uri.TryCreate(db, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            error = $"无法解析数据库地址 / cannot read the database address: {Redact(db)}";
            return null;
        }
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } database ? database : null,
        };
        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0) builder.Username = Uri.UnescapeDataString(user[0]);
        if (user.Length == 2) builder.Password = Uri.UnescapeDataString(user[1]);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            try
            {
                builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            }
            catch (ArgumentException e)
            {
                error = $"数据库地址中的参数无效 / invalid parameter in the database address: {kv[0]} ({e.Message})";
                return null;
            }
        }
        return builder.ConnectionString;
    }

    /// <summary>Connects and creates the tables (or adds the columns a newer version has); null when the database is
    /// ready, else why not. Run before a batch, so that a wrong address fails at once, not after hours of work.</summary>
    public static string? Prepare(string connectionString)
    {
        try
        {
            using var connection = Open(connectionString);
            using var create = connection.CreateCommand();
            create.CommandText = "SELECT pg_advisory_xact_lock(hashtext('perfeval.dataset'));" + DatasetSchema.Ddl(PostgresType, ifNotExists: true)
                + string.Concat(DatasetSchema.Tables.SelectMany(t => t.Columns.Select(c =>
                    $"ALTER TABLE {t.Name} ADD COLUMN IF NOT EXISTS {c.Name} {PostgresType(c.Type)};")));
            using var tx = connection.BeginTransaction();
            create.Transaction = tx;
            create.ExecuteNonQuery();
            tx.Commit();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            return $"无法使用共享数据库 / cannot use the shared database: {e.Message}";
        }
    }

    /// <summary>The rows of <paramref name="reportIds"/> from a finished dataset.sqlite into the shared database, in
    /// one transaction; returns the number of reports published, or the reason nothing was.</summary>
    public static (int Reports, string? Error) Publish(string connectionString, string sqlitePath, IReadOnlyCollection<string> reportIds)
    {
        try
        {
            using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqlitePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            source.Open();
            using var target = Open(connectionString);
            using var tx = target.BeginTransaction();
            Execute(target, "SELECT pg_advisory_xact_lock(hashtext('perfeval.dataset'));" +
                            "CREATE TEMP TABLE batch (report_id TEXT, path TEXT) ON COMMIT DROP;");
            var ids = JsonArray(reportIds.Order(StringComparer.Ordinal));
            var batch = DatasetTable.Of("batch", ("report_id", ColumnType.Text), ("path", ColumnType.Text));
            Copy(source, target, batch, $"SELECT report_id, path FROM reports WHERE report_id IN (SELECT value FROM json_each($ids))", ids);
            // Earlier rows of the same content or of the same file since changed; children before their report.
            const string earlier = "(SELECT report_id FROM batch UNION SELECT r.report_id FROM reports r JOIN batch b ON r.path = b.path)";
            Execute(target, string.Concat(DatasetSchema.Tables.Reverse().Select(t => $"DELETE FROM {t.Name} WHERE report_id IN {earlier};")));
            foreach (var table in DatasetSchema.Tables)
                Copy(source, target, table,
                    $"SELECT {table.ColumnList} FROM {table.Name} WHERE report_id IN (SELECT value FROM json_each($ids)) ORDER BY {table.OrderBy}", ids);
            tx.Commit();
            return (reportIds.Count, null);
        }
        catch (Exception e) when (e is NpgsqlException or SqliteException or InvalidOperationException or ArgumentException)
        {
            return (0, $"写入共享数据库失败，本地 dataset.sqlite 不受影响 / the shared database was not updated (dataset.sqlite is complete): {e.Message}");
        }
    }

    /// <summary>Rows from SQLite into PostgreSQL by binary COPY, each value written as its column's type.</summary>
    private static void Copy(SqliteConnection source, NpgsqlConnection target, DatasetTable table, string select, string ids)
    {
        using var read = source.CreateCommand();
        read.CommandText = select;
        read.Parameters.AddWithValue("$ids", ids);
        using var rows = read.ExecuteReader();
        using var writer = target.BeginBinaryImport($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)");
        while (rows.Read())
        {
            writer.StartRow();
            for (int i = 0; i < table.Columns.Count; i++)
            {
                if (rows.IsDBNull(i))
                {
                    writer.WriteNull();
                    continue;
                }
                switch (table.Columns[i].Type)
                {
                    case ColumnType.Integer: writer.Write(rows.GetInt64(i), NpgsqlDbType.Bigint); break;
                    case ColumnType.Real: writer.Write(rows.GetDouble(i), NpgsqlDbType.Double); break;
                    default: writer.Write(rows.GetString(i), NpgsqlDbType.Text); break;
                }
            }
        }
        writer.Complete();
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static NpgsqlConnection Open(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static string PostgresType(ColumnType type) => type switch
    {
        ColumnType.Integer => "BIGINT", ColumnType.Real => "DOUBLE PRECISION", _ => "TEXT",
    };

    /// <summary>A database address without its password, for messages.</summary>
    public static string Redact(string db)
    {
        var uri = System.Text.RegularExpressions.Regex.Replace(db, "(://[^:/@]*:)[^@]*@", "$1***@");
        return System.Text.RegularExpressions.Regex.Replace(uri, "(Password=)[^;]*", "$1***", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    }

    /// <summary>The ids as a JSON array of strings, for SQLite's json_each.</summary>
    private static string JsonArray(IEnumerable<string> values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values) writer.WriteStringValue(value);
            writer.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
