using Microsoft.Data.Sqlite;
using PerfEvalIngest.Checks;
using PerfEvalIngest.Model;

namespace PerfEvalIngest.Output;

/// <summary>
/// The comparable dataset across units and years, as SQLite: one row per report, fact, finding and heading, keyed
/// by report name. Analysts query facts by concept id (income.total) across reports.
/// </summary>
public static class DatasetWriter
{
    private const string SchemaSql = """
        CREATE TABLE reports (name TEXT PRIMARY KEY, path TEXT, format TEXT, sha256 TEXT, status TEXT, error_code TEXT,
            error_message TEXT, title TEXT, unit TEXT, year INTEGER, kind TEXT, document_kind TEXT, rubric_id TEXT, rubric_score REAL,
            rubric_max REAL, errors INTEGER, warnings INTEGER, infos INTEGER);
        CREATE TABLE facts (report TEXT, seq INTEGER, concept TEXT, label TEXT, measure TEXT, value TEXT, value_num REAL,
            unit TEXT, qualifier TEXT, row_label TEXT, column_label TEXT, text TEXT, section TEXT, paragraph INTEGER,
            page INTEGER, table_id TEXT, row_index INTEGER, col_index INTEGER);
        CREATE TABLE findings (report TEXT, seq INTEGER, rule TEXT, category TEXT, severity TEXT, message TEXT,
            evidence TEXT, expected TEXT, actual TEXT, section TEXT, paragraph INTEGER, page INTEGER, table_id TEXT,
            row_index INTEGER, col_index INTEGER);
        CREATE TABLE outline (report TEXT, seq INTEGER, level INTEGER, label TEXT, title TEXT, category TEXT, section TEXT, keywords TEXT);
        CREATE INDEX facts_concept ON facts(concept);
        CREATE INDEX findings_category ON findings(category);
        """;

    /// <summary>Builds the dataset beside <paramref name="path"/> and moves it into place only when complete, so that
    /// a batch stopped while writing leaves the previous dataset as it was.</summary>
    public static void Write(string path, IReadOnlyList<ReportResult> reports)
    {
        var building = path + ".building";
        if (File.Exists(building)) File.Delete(building);
        Build(building, reports);
        File.Move(building, path, overwrite: true);
    }

    private static void Build(string path, IReadOnlyList<ReportResult> reports)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = SchemaSql;
            create.ExecuteNonQuery();
        }
        using (var pragma = connection.CreateCommand())
        {
            // The file is built from scratch beside the dataset and moved into place when complete: no journal needed.
            pragma.CommandText = "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;";
            pragma.ExecuteNonQuery();
        }
        using var tx = connection.BeginTransaction();
        var inserts = new Dictionary<string, SqliteCommand>();
        void Insert(string table, object?[] values)
        {
            if (!inserts.TryGetValue(table, out var command))
            {
                command = connection.CreateCommand();
                command.Transaction = tx;
                command.CommandText = $"INSERT INTO {table} VALUES ({string.Join(", ", values.Select((_, i) => "$p" + i))})";
                for (int i = 0; i < values.Length; i++) command.Parameters.Add(new SqliteParameter("$p" + i, null));
                command.Prepare();
                inserts[table] = command;
            }
            for (int i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
            command.ExecuteNonQuery();
        }

        foreach (var r in reports.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            Insert("reports", [
                r.Name, r.Source.Path, r.Source.Format, r.Source.Sha256, r.Status, r.Error?.Code, r.Error?.Message,
                r.Structure?.Metadata.Title, r.Structure?.Metadata.Unit, r.Structure?.Metadata.Year, r.Structure?.Metadata.Kind,
                r.Structure?.Metadata.DocumentKind,
                r.Rubric?.Id, r.Rubric?.Score, r.Rubric?.Max, r.Count(Severity.Error), r.Count(Severity.Warning), r.Count(Severity.Info),
            ]);
            int seq = 0;
            foreach (var f in r.Facts?.Facts ?? [])
                Insert("facts", [
                    r.Name, seq++, f.Concept, f.Label, f.Measure, f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    (double)f.Value, f.Unit, f.Quantity.Qualifier, f.Row, f.Column, f.Text, .. LocationValues(f.Location),
                ]);
            seq = 0;
            foreach (var f in r.Findings)
                Insert("findings", [
                    r.Name, seq++, f.Rule, f.Category, f.Severity.Name(), f.Message, f.Evidence, f.Expected, f.Actual,
                    .. LocationValues(f.Location),
                ]);
            seq = 0;
            foreach (var h in r.Structure?.Outline ?? [])
                Insert("outline", [r.Name, seq++, h.Level, h.Label, h.Title, h.Category, h.Path,
                    string.Join("、", r.Keywords?.Of(h.BlockIndex) ?? [])]);
        }
        tx.Commit();
        foreach (var command in inserts.Values) command.Dispose();
    }

    private static object?[] LocationValues(Location l) => [l.Section, l.Paragraph, l.Page, l.Table, l.Row, l.Col];

}
