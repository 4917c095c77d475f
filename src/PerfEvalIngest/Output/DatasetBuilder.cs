using Microsoft.Data.Sqlite;

namespace PerfEvalIngest.Output;

/// <summary>
/// Builds dataset.sqlite while a batch runs, so that no result has to be kept until the end: each report's rows go
/// into a staging file as the report finishes (from any worker; one at a time), and <see cref="Complete"/> copies
/// them in name order into a new file that replaces the dataset only when whole. The order makes the file the same
/// at any number of jobs; the replacement leaves the previous dataset as it was if the batch is stopped.
/// </summary>
public sealed class DatasetBuilder : IDisposable
{
    private readonly string _path, _staging;
    private readonly SqliteConnection _connection;
    private readonly object _lock = new();
    private readonly Dictionary<string, SqliteCommand> _inserts = [];
    private SqliteTransaction _transaction;
    private int _pending;

    /// <summary>Reports per transaction of the staging file.</summary>
    private const int ReportsPerCommit = 50;

    public DatasetBuilder(string path)
    {
        _path = path;
        _staging = path + ".staging";
        if (File.Exists(_staging)) File.Delete(_staging);
        _connection = Open(_staging);
        DatasetWriter.CreateSchema(_connection);
        _transaction = _connection.BeginTransaction();
    }

    public void Add(ReportResult report)
    {
        lock (_lock)
        {
            foreach (var (table, values) in DatasetWriter.Rows(report)) Insert(table, values);
            if (++_pending >= ReportsPerCommit)
            {
                _transaction.Commit();
                _transaction.Dispose();
                _transaction = _connection.BeginTransaction();
                foreach (var command in _inserts.Values) command.Transaction = _transaction;
                _pending = 0;
            }
        }
    }

    /// <summary>The rows in name order into a new file, moved into place when complete.</summary>
    public void Complete()
    {
        lock (_lock)
        {
            _transaction.Commit();
            var building = _path + ".building";
            if (File.Exists(building)) File.Delete(building);
            using (var final = Open(building))
            {
                DatasetWriter.CreateSchema(final);
                using var copy = final.CreateCommand();
                copy.CommandText = $"ATTACH DATABASE $staging AS staging; BEGIN;" +
                    "INSERT INTO reports SELECT * FROM staging.reports ORDER BY name;" +
                    string.Concat(DatasetWriter.Tables.Skip(1).Select(t => $"INSERT INTO {t} SELECT * FROM staging.{t} ORDER BY report, seq;")) +
                    "COMMIT; DETACH DATABASE staging;";
                copy.Parameters.AddWithValue("$staging", _staging);
                copy.ExecuteNonQuery();
            }
            File.Move(building, _path, overwrite: true);
        }
    }

    public void Dispose()
    {
        foreach (var command in _inserts.Values) command.Dispose();
        _transaction.Dispose();
        _connection.Dispose();
        if (File.Exists(_staging)) File.Delete(_staging);
    }

    private void Insert(string table, object?[] values)
    {
        if (!_inserts.TryGetValue(table, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = $"INSERT INTO {table} VALUES ({string.Join(", ", values.Select((_, i) => "$p" + i))})";
            for (int i = 0; i < values.Length; i++) command.Parameters.Add(new SqliteParameter("$p" + i, null));
            command.Prepare();
            _inserts[table] = command;
        }
        for (int i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
