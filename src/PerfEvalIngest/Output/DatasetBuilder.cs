using PerfEvalIngest.Ingest;
using Microsoft.Data.Sqlite;
using PerfEvalIngest.Checks;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Rubrics;
using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Output;

/// <summary>
/// Builds dataset.sqlite while a batch runs, so that no result has to be kept until the end, so that a batch can be
/// resumed, and so that the dataset accumulates across batches.
/// <list type="bullet">
/// <item>Each report's rows go into a staging file (dataset.sqlite.staging) as the report finishes, one at a time,
/// committed every few reports, replacing the rows an earlier batch left for the same content or the same file; a
/// report's rows of each table lie together there, found by their range of row ids (<see cref="Spans"/>).</item>
/// <item>The staging file starts from the last complete dataset (or from the rows of a stopped batch), and
/// <see cref="TryReuse"/> hands back a report whose file, tool version and outputs are unchanged instead of
/// redoing it.</item>
/// <item><see cref="Complete"/> copies every row in key order into a new file that replaces the dataset only when
/// whole: the same file at any number of jobs, and the previous dataset untouched if the batch is stopped.</item>
/// </list>
/// </summary>
internal sealed class DatasetBuilder : IDisposable
{
    private readonly string _path, _staging;
    private readonly SqliteConnection _connection;
    private readonly object _lock = new();
    private readonly Dictionary<string, DatasetInsert> _inserts = [];
    private SqliteTransaction? _transaction;
    private int _pending;

    private bool _completed;

    /// <summary>The columns the staging file's reports table is searched by (<see cref="Add"/>, <see cref="TryReuse"/>).</summary>
    private static readonly string[] SearchedBy = ["report_id", "path", "name"];

    /// <summary>The tables that hold many rows per report (figures, facts, findings, headings), whose rows are found
    /// in the staging file through <see cref="Spans"/> rather than through an index.</summary>
    private static readonly IReadOnlyList<DatasetTable> Spanned = DatasetSchema.Tables.Where(t => t.OrderBy != "report_id").ToList();

    /// <summary>
    /// Where each report's rows lie in each of the <see cref="Spanned"/> tables of the staging file: a report's rows
    /// are added together, in order, so they take consecutive row ids, and the first and last of them find them all.
    /// This stands in for an index on (report, order) in each of those tables, which cost the writer a third of its
    /// inserts; <see cref="Complete"/> copies each report's range in report order. Never part of the dataset.
    /// </summary>
    private const string Spans = "staged_spans";

    /// <summary>The condition that selects the rows of the report <c>$id</c> in a <see cref="Spanned"/> table.</summary>
    private static string InSpan(DatasetTable table) =>
        $"rowid BETWEEN (SELECT first FROM {Spans} WHERE table_name = '{table.Name}' AND report_id = $id) " +
        $"AND (SELECT last FROM {Spans} WHERE table_name = '{table.Name}' AND report_id = $id)";

    /// <summary>
    /// The staging file's indexes, made from those of the dataset: on the reports table only what it is searched by,
    /// and none on the <see cref="Spanned"/> tables, since the analysts' indexes (concept, category, rule) and the
    /// report index would cost every insert and Complete builds them all in the file it makes.
    /// </summary>
    private static string StagingIndexes() => string.Concat(DatasetSchema.Tables.Select(t =>
        string.Concat(t.Indexes.Where(c => Spanned.Contains(t) || !SearchedBy.Contains(c)).Select(c => $"DROP INDEX IF EXISTS {t.IndexName(c)};"))
        // The index on (report, order) a staging file of an earlier version carries.
        + (Spanned.Contains(t) ? $"DROP INDEX IF EXISTS {t.IndexName("order")};" : "")));

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
        // The spans first, while the dataset's report indexes still find each report's rows.
        RecordSpans();
        using (var indexes = _connection.CreateCommand())
        {
            indexes.CommandText = StagingIndexes();
            indexes.ExecuteNonQuery();
        }
        _transaction = _connection.BeginTransaction();
    }

    /// <summary>
    /// The <see cref="Spans"/> of a staging file that has none: one made from a complete dataset, whose rows
    /// <see cref="Complete"/> wrote report by report, or by an earlier version. A table where some report's range
    /// would take in another's rows is first rewritten in report order, so that it holds for every table.
    /// </summary>
    private void RecordSpans()
    {
        using var tx = _connection.BeginTransaction();
        if (Scalar($"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{Spans}'", tx) > 0) return;
        Execute($"CREATE TABLE {Spans} (table_name TEXT NOT NULL, report_id TEXT NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL, " +
                "PRIMARY KEY (table_name, report_id)) WITHOUT ROWID;", tx);
        foreach (var t in Spanned)
        {
            var spans = $"INSERT INTO {Spans} SELECT '{t.Name}', report_id, MIN(rowid), MAX(rowid) FROM {t.Name} GROUP BY report_id;";
            Execute(spans, tx);
            long mixed = Scalar($"SELECT COUNT(*) FROM {Spans} s WHERE s.table_name = '{t.Name}' AND " +
                                $"(SELECT COUNT(*) FROM {t.Name} WHERE rowid BETWEEN s.first AND s.last) != " +
                                $"(SELECT COUNT(*) FROM {t.Name} WHERE report_id = s.report_id)", tx);
            if (mixed == 0) continue;
            Execute($"CREATE TEMP TABLE reordered AS SELECT {t.ColumnList} FROM {t.Name} ORDER BY {t.OrderBy};" +
                    $"DELETE FROM {t.Name}; INSERT INTO {t.Name} ({t.ColumnList}) SELECT {t.ColumnList} FROM temp.reordered ORDER BY rowid;" +
                    $"DROP TABLE temp.reordered; DELETE FROM {Spans} WHERE table_name = '{t.Name}';" + spans, tx);
        }
        tx.Commit();
    }

    private void Execute(string sql, SqliteTransaction tx)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql, SqliteTransaction tx)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The report an earlier run made of this input, when the file, the tool version and both outputs are as
    /// they were then; null when the input must be checked again.</summary>
    public ReportResult? TryReuse(Submission input, string outputDirectory, string? rubric = null)
    {
        // A name that is not UTF-8 is checked again: it cannot be opened by its path to see whether it changed.
        if (input.Refused != null || input.Attachments.Count > 0 || input.RawPath != null) return null;
        if (!File.Exists(Path.Combine(outputDirectory, "reports", input.Name + ".json"))
            || ChecklistFormats.All.Any(f => !File.Exists(Path.Combine(outputDirectory, "checklists", input.Name + f.Extension)))) return null;
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
            using var known = Command("SELECT rubric_id FROM reports WHERE name = $name AND sha256 = $sha AND tool_version = $version");
            known.Parameters.AddWithValue("$name", input.Name);
            known.Parameters.AddWithValue("$sha", sha);
            known.Parameters.AddWithValue("$version", ReportPipeline.Version);
            using var row = known.ExecuteReader();
            if (!row.Read()) return null;
            // A rubric asked for by name must be the one the earlier run used.
            if (rubric != null && (row.IsDBNull(0) ? null : row.GetString(0)) != rubric) return null;
            Claim(sha, input.Name);
            return Load(sha)! with { Reused = true };
        }
    }

    /// <summary>A report as its rows in the dataset keep it (what <see cref="ReportResult.Slim"/> keeps), read the way a
    /// worker's rows are (<see cref="DatasetRows"/>). Null when the dataset has no such report.</summary>
    public ReportResult? Load(string reportId)
    {
        lock (_lock)
        {
            var rows = new List<(string Table, object?[] Values)>();
            foreach (var table in new[] { DatasetSchema.Reports, DatasetSchema.Findings, DatasetSchema.Figures })
            {
                using var select = Spanned.Contains(table)
                    ? Command($"SELECT {table.ColumnList} FROM {table.Name} WHERE {InSpan(table)} ORDER BY rowid")
                    : Command($"SELECT {table.ColumnList} FROM {table.Name} WHERE report_id = $id ORDER BY {table.OrderBy}");
                select.Parameters.AddWithValue("$id", reportId);
                using var row = select.ExecuteReader();
                while (row.Read())
                    rows.Add((table.Name, Enumerable.Range(0, table.Columns.Count).Select(i => row.IsDBNull(i) ? null : row.GetValue(i)).ToArray()));
            }
            return rows.Count == 0 || rows[0].Table != DatasetSchema.Reports.Name ? null : DatasetRows.Slim(rows);
        }
    }

    /// <summary>The report's rows, replacing any an earlier run left for the same content (its <c>report_id</c>) or
    /// for the same file since changed (its path): a report checked again is never in the dataset twice.</summary>
    public void Add(ReportResult report) => Add(DatasetWriter.Rows(report).Select(r => (r.Table.Name, r.Values)).ToList());

    /// <summary>A report's rows as <see cref="DatasetWriter.Rows"/> gives them (from this process or a worker's);
    /// returns the report's id.</summary>
    public string Add(IReadOnlyList<(string Table, object?[] Values)> rows)
    {
        var reports = rows.Single(r => r.Table == DatasetSchema.Reports.Name).Values;
        var id = (string)reports[ReportIdColumn]!;
        var path = (string?)reports[PathColumn];
        lock (_lock)
        {
            if (!Claim(id, (string)reports[NameColumn]!)) return id;
            // One command for the batch, so that its statement is prepared once rather than for every report.
            var known = _earlier ??= EarlierCommand();
            known.Transaction = _transaction;
            known.Parameters[0].Value = id;
            known.Parameters[1].Value = (object?)path ?? DBNull.Value;
            var earlier = new List<string>();
            using (var found = known.ExecuteReader())
                while (found.Read()) earlier.Add(found.GetString(0));
            foreach (var old in earlier)
                foreach (var table in DatasetSchema.Tables)
                {
                    using var delete = Spanned.Contains(table)
                        ? Command($"DELETE FROM {table.Name} WHERE {InSpan(table)};" +
                                  $"DELETE FROM {Spans} WHERE table_name = '{table.Name}' AND report_id = $id;")
                        : Command($"DELETE FROM {table.Name} WHERE report_id = $id");
                    delete.Parameters.AddWithValue("$id", old);
                    delete.ExecuteNonQuery();
                }
            // Each table's rows of the report take consecutive row ids: the first and the last are its span.
            var spans = new Dictionary<string, (long First, long Last)>(StringComparer.Ordinal);
            foreach (var (table, values) in rows)
            {
                var rowId = Insert(DatasetSchema.Table(table), values);
                spans[table] = spans.TryGetValue(table, out var span) ? (span.First, rowId) : (rowId, rowId);
            }
            foreach (var (table, (first, last)) in spans)
                if (Spanned.Any(t => t.Name == table))
                    Insert(SpanRow, [table, id, first, last]);
            if (++_pending >= ReportsPerCommit) Commit();
        }
        return id;
    }

    /// <summary>The reports an earlier run left for the same content or the same path.</summary>
    private SqliteCommand EarlierCommand()
    {
        var command = _connection.CreateCommand();
        command.CommandText = "SELECT report_id FROM reports WHERE report_id = $id OR path = $path";
        command.Parameters.Add("$id", SqliteType.Text);
        command.Parameters.Add("$path", SqliteType.Text);
        return command;
    }

    private SqliteCommand? _earlier;

    /// <summary>Whether a report of this batch may stand for its content in the dataset. Two files of one batch with the
    /// same content are one report there (report_id is the content's hash): the one whose name sorts first, whichever
    /// finished first, so the dataset is the same at any number of jobs.</summary>
    private bool Claim(string reportId, string name)
    {
        if (_claimed.TryGetValue(reportId, out var kept) && string.CompareOrdinal(kept, name) <= 0) return false;
        _claimed[reportId] = name;
        return true;
    }

    /// <summary>The name each report_id of this batch stands under.</summary>
    private readonly Dictionary<string, string> _claimed = new(StringComparer.Ordinal);

    private static readonly int NameColumn = IndexOf(DatasetSchema.Reports, "name");
    private static readonly int ReportIdColumn = IndexOf(DatasetSchema.Reports, "report_id");
    private static readonly int PathColumn = IndexOf(DatasetSchema.Reports, "path");

    private static int IndexOf(DatasetTable table, string column) => table.Columns.Select(c => c.Name).ToList().IndexOf(column);

    /// <summary>Every report the staging file holds — this batch's and those of earlier batches into the same folder —
    /// into a new file in key order, moved into place when complete.</summary>
    public void Complete()
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
                copy.CommandText = "ATTACH DATABASE $staging AS staging;";
                copy.Parameters.AddWithValue("$staging", _staging);
                copy.ExecuteNonQuery();
                using (var tx = final.BeginTransaction())
                {
                    foreach (var t in DatasetSchema.Tables)
                    {
                        if (!Spanned.Contains(t))
                        {
                            using var rows = final.CreateCommand();
                            rows.Transaction = tx;
                            rows.CommandText = $"INSERT INTO {t.Name} ({t.ColumnList}) SELECT {t.ColumnList} FROM staging.{t.Name} ORDER BY {t.OrderBy};";
                            rows.ExecuteNonQuery();
                            continue;
                        }
                        // Report by report in key order, each report's rows in the order they were added: the order
                        // (report, seq) that an index would have given.
                        var ranges = new List<object?[]>();
                        using (var spans = final.CreateCommand())
                        {
                            spans.Transaction = tx;
                            spans.CommandText = $"SELECT first, last FROM staging.{Spans} WHERE table_name = $table ORDER BY report_id";
                            spans.Parameters.AddWithValue("$table", t.Name);
                            using var read = spans.ExecuteReader();
                            while (read.Read()) ranges.Add([read.GetInt64(0), read.GetInt64(1)]);
                        }
                        using var byRange = new DatasetInsert(final,
                            $"INSERT INTO {t.Name} ({t.ColumnList}) SELECT {t.ColumnList} FROM staging.{t.Name} WHERE rowid BETWEEN ? AND ? ORDER BY rowid");
                        foreach (var range in ranges) byRange.Run(range);
                    }
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
        _earlier?.Dispose();
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
        _pending = 0;
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>The staging file's span rows, inserted as a table's rows are.</summary>
    private static readonly DatasetTable SpanRow = DatasetTable.Of(Spans,
        ("table_name", ColumnType.Text), ("report_id", ColumnType.Text), ("first", ColumnType.Integer), ("last", ColumnType.Integer));

    /// <summary>Inserts a row; returns its row id.</summary>
    private long Insert(DatasetTable table, object?[] values)
    {
        if (!_inserts.TryGetValue(table.Name, out var insert))
        {
            insert = new DatasetInsert(_connection,
                $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", values.Select(_ => "?"))})");
            _inserts[table.Name] = insert;
        }
        return insert.Run(values);
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
        // The last column added to each table: a dataset of an older schema is started afresh.
        check.CommandText = "SELECT " + string.Join(" + ", DatasetSchema.Tables.Select(t =>
            $"(SELECT COUNT(*) FROM pragma_table_info('{t.Name}') WHERE name = '{t.Columns[^1].Name}')"));
        return Convert.ToInt64(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == DatasetSchema.Tables.Count;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
