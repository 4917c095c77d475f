using Microsoft.Data.Sqlite;
using PerfEvalIngest.Checks;
using PerfEvalIngest.Model;
using PerfEvalIngest.Rubrics;
using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Output;

/// <summary>
/// Builds dataset.sqlite while a batch runs, so that no result has to be kept until the end, and so that a batch can
/// be resumed.
/// <list type="bullet">
/// <item>Each report's rows go into a staging file (dataset.sqlite.staging) as the report finishes, from any worker,
/// one at a time, committed every few reports.</item>
/// <item>The staging file outlives a stopped batch; a new batch starts from it, or from the last complete dataset, and
/// <see cref="TryReuse"/> hands back a report whose file, tool version and outputs are unchanged instead of
/// redoing it.</item>
/// <item><see cref="Complete"/> copies the rows of this batch's reports in name order into a new file that replaces
/// the dataset only when whole: the same file at any number of jobs, and the previous dataset untouched if the batch
/// is stopped.</item>
/// </list>
/// </summary>
public sealed class DatasetBuilder : IDisposable
{
    private readonly string _path, _staging;
    private readonly SqliteConnection _connection;
    private readonly object _lock = new();
    private readonly Dictionary<string, SqliteCommand> _inserts = [];
    private SqliteTransaction? _transaction;
    private int _pending;
    private bool _completed;

    /// <summary>Reports per transaction of the staging file: what a stopped batch may have to redo.</summary>
    private const int ReportsPerCommit = 20;

    public DatasetBuilder(string path)
    {
        _path = path;
        _staging = path + ".staging";
        // Rows left by a stopped batch are its finished reports; otherwise the last complete dataset is the start.
        if (!Usable(_staging))
        {
            if (File.Exists(_staging)) File.Delete(_staging);
            if (Usable(path)) File.Copy(path, _staging);
        }
        _connection = Open(_staging);
        if (!HasCurrentSchema(_connection))
        {
            _connection.Dispose();
            File.Delete(_staging);
            _connection = Open(_staging);
            DatasetWriter.CreateSchema(_connection);
        }
        using (var pragma = _connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
            pragma.ExecuteNonQuery();
        }
        _transaction = _connection.BeginTransaction();
    }

    /// <summary>The report an earlier run made of this input, when the file, the tool version and both outputs are as
    /// they were then; null when the input must be checked again.</summary>
    public ReportResult? TryReuse(BatchInput input, string outputDirectory, string? rubric = null)
    {
        if (input.Refused != null || input.Attachments.Count > 0) return null;
        if (!File.Exists(Path.Combine(outputDirectory, "reports", input.Name + ".json"))
            || !File.Exists(Path.Combine(outputDirectory, "checklists", input.Name + ".md"))) return null;
        string sha;
        try
        {
            using var stream = File.OpenRead(input.Path);
            if (stream.Length == 0) return null;
            sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        lock (_lock)
        {
            using var report = Command("SELECT format, status, error_code, error_message, title, unit, year, kind, document_kind, rubric_id, rubric_score, rubric_max " +
                                       "FROM reports WHERE name = $name AND sha256 = $sha AND tool_version = $version");
            report.Parameters.AddWithValue("$name", input.Name);
            report.Parameters.AddWithValue("$sha", sha);
            report.Parameters.AddWithValue("$version", ReportPipeline.Version);
            using var row = report.ExecuteReader();
            if (!row.Read()) return null;
            string? Text(int i) => row.IsDBNull(i) ? null : row.GetString(i);
            var error = Text(2) is { } code ? new ReadError(code, Text(3) ?? "") : null;
            var metadata = new ReportMetadata(Text(4), Text(5), row.IsDBNull(6) ? null : row.GetInt32(6), Text(7) ?? "unknown", [])
            {
                DocumentKind = Text(8) ?? DocumentKinds.Other,
            };
            // A rubric asked for by name must be the one the earlier run used.
            if (rubric != null && Text(9) != rubric) return null;
            var kept = Text(9) is { } id ? new RubricResult(id, "", row.GetDecimal(10), row.GetDecimal(11), 0, []) : null;
            var source = new SourceInfo(input.Path, Text(0) ?? "", sha);

            using var findings = Command("SELECT rule, category, severity FROM findings WHERE report = $name ORDER BY seq");
            findings.Parameters.AddWithValue("$name", input.Name);
            using var f = findings.ExecuteReader();
            var list = new List<Finding>();
            while (f.Read())
                list.Add(new Finding(f.GetString(0), f.GetString(1), Severities.Parse(f.GetString(2)) ?? Severity.Info, "", "", null, null, Location.None));
            return ReportResult.Kept(input.Name, source, error, metadata, kept, list);
        }
    }

    /// <summary>The report's rows, replacing any an earlier run left under its name.</summary>
    public void Add(ReportResult report)
    {
        lock (_lock)
        {
            using (var known = Command("SELECT 1 FROM reports WHERE name = $name"))
            {
                known.Parameters.AddWithValue("$name", report.Name);
                if (known.ExecuteScalar() != null)
                    foreach (var table in DatasetWriter.Tables)
                    {
                        using var delete = Command($"DELETE FROM {table} WHERE {(table == "reports" ? "name" : "report")} = $name");
                        delete.Parameters.AddWithValue("$name", report.Name);
                        delete.ExecuteNonQuery();
                    }
            }
            foreach (var (table, values) in DatasetWriter.Rows(report)) Insert(table, values);
            if (++_pending >= ReportsPerCommit) Commit();
        }
    }

    /// <summary>The rows of <paramref name="names"/> — this batch's reports — in name order into a new file, moved into
    /// place when complete.</summary>
    public void Complete(IEnumerable<string> names)
    {
        lock (_lock)
        {
            // The staging file's last rows committed and no transaction left open on it, so it can be read from here.
            _transaction!.Commit();
            _transaction.Dispose();
            _transaction = null;
            var building = _path + ".building";
            if (File.Exists(building)) File.Delete(building);
            using (var final = Open(building))
            {
                DatasetWriter.CreateSchema(final);
                using var copy = final.CreateCommand();
                copy.CommandText = "ATTACH DATABASE $staging AS staging; CREATE TEMP TABLE batch (name TEXT PRIMARY KEY);";
                copy.Parameters.AddWithValue("$staging", _staging);
                copy.ExecuteNonQuery();
                using (var tx = final.BeginTransaction())
                {
                    using var add = final.CreateCommand();
                    add.Transaction = tx;
                    add.CommandText = "INSERT OR IGNORE INTO batch VALUES ($name)";
                    var name = add.Parameters.Add(new SqliteParameter("$name", null));
                    foreach (var n in names)
                    {
                        name.Value = n;
                        add.ExecuteNonQuery();
                    }
                    using var rows = final.CreateCommand();
                    rows.Transaction = tx;
                    rows.CommandText = "INSERT INTO reports SELECT * FROM staging.reports WHERE name IN batch ORDER BY name;" +
                        string.Concat(DatasetWriter.Tables.Skip(1).Select(t => $"INSERT INTO {t} SELECT * FROM staging.{t} WHERE report IN batch ORDER BY report, seq;"));
                    rows.ExecuteNonQuery();
                    tx.Commit();
                }
                using var detach = final.CreateCommand();
                detach.CommandText = "DETACH DATABASE staging;";
                detach.ExecuteNonQuery();
            }
            File.Move(building, _path, overwrite: true);
            _completed = true;
        }
    }

    /// <summary>Closes the staging file; it is removed once the dataset is complete, and kept after a stopped batch so
    /// the next one can resume from it.</summary>
    public void Dispose()
    {
        foreach (var command in _inserts.Values) command.Dispose();
        _transaction?.Dispose();
        _connection.Dispose();
        if (_completed)
            foreach (var file in new[] { _staging, _staging + "-wal", _staging + "-shm" })
                if (File.Exists(file)) File.Delete(file);
    }

    private void Commit()
    {
        _transaction!.Commit();
        _transaction.Dispose();
        _transaction = _connection.BeginTransaction();
        foreach (var command in _inserts.Values) command.Transaction = _transaction;
        _pending = 0;
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }

    private void Insert(string table, object?[] values)
    {
        if (!_inserts.TryGetValue(table, out var command))
        {
            command = Command($"INSERT INTO {table} VALUES ({string.Join(", ", values.Select((_, i) => "$p" + i))})");
            for (int i = 0; i < values.Length; i++) command.Parameters.Add(new SqliteParameter("$p" + i, null));
            command.Prepare();
            _inserts[table] = command;
        }
        for (int i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    /// <summary>A dataset file that opens and has this version's tables.</summary>
    private static bool Usable(string path)
    {
        if (!File.Exists(path)) return false;
        try
        {
            using var connection = Open(path);
            return HasCurrentSchema(connection);
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private static bool HasCurrentSchema(SqliteConnection connection)
    {
        using var check = connection.CreateCommand();
        check.CommandText = "SELECT COUNT(*) FROM pragma_table_info('reports') WHERE name = 'tool_version'";
        return Convert.ToInt64(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
