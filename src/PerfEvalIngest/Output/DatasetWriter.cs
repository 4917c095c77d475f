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
            rubric_max REAL, errors INTEGER, warnings INTEGER, infos INTEGER, tool_version TEXT);
        CREATE TABLE facts (report TEXT, seq INTEGER, concept TEXT, label TEXT, measure TEXT, value TEXT, value_num REAL,
            unit TEXT, qualifier TEXT, row_label TEXT, column_label TEXT, text TEXT, section TEXT, paragraph INTEGER,
            page INTEGER, table_id TEXT, row_index INTEGER, col_index INTEGER);
        CREATE TABLE findings (report TEXT, seq INTEGER, rule TEXT, category TEXT, severity TEXT, message TEXT,
            evidence TEXT, expected TEXT, actual TEXT, section TEXT, paragraph INTEGER, page INTEGER, table_id TEXT,
            row_index INTEGER, col_index INTEGER);
        CREATE TABLE outline (report TEXT, seq INTEGER, level INTEGER, label TEXT, title TEXT, category TEXT, section TEXT, keywords TEXT);
        CREATE INDEX facts_concept ON facts(concept);
        CREATE INDEX facts_report ON facts(report);
        CREATE INDEX findings_report ON findings(report);
        CREATE INDEX outline_report ON outline(report);
        CREATE INDEX findings_category ON findings(category);
        """;

    /// <summary>Builds the whole dataset from results held in memory (see <see cref="DatasetBuilder"/> for a batch
    /// that streams them).</summary>
    public static void Write(string path, IReadOnlyList<ReportResult> reports)
    {
        using var builder = new DatasetBuilder(path);
        foreach (var r in reports) builder.Add(r);
        builder.Complete(reports.Select(r => r.Name));
    }

    internal static void CreateSchema(SqliteConnection connection)
    {
        using var create = connection.CreateCommand();
        create.CommandText = SchemaSql + "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;";
        create.ExecuteNonQuery();
    }

    internal static readonly string[] Tables = ["reports", "facts", "findings", "outline"];

    /// <summary>Every row of one report, as the tables take them.</summary>
    internal static IEnumerable<(string Table, object?[] Values)> Rows(ReportResult r)
    {
        yield return ("reports", [
            r.Name, r.Source.Path, r.Source.Format, r.Source.Sha256, r.Status, r.Error?.Code, r.Error?.Message,
            r.Structure?.Metadata.Title, r.Structure?.Metadata.Unit, r.Structure?.Metadata.Year, r.Structure?.Metadata.Kind,
            r.Structure?.Metadata.DocumentKind,
            r.Rubric?.Id, r.Rubric?.Score, r.Rubric?.Max, r.Count(Severity.Error), r.Count(Severity.Warning), r.Count(Severity.Info),
            ReportPipeline.Version,
        ]);
        int seq = 0;
        foreach (var f in r.Facts?.Facts ?? [])
            yield return ("facts", [
                r.Name, seq++, f.Concept, f.Label, f.Measure, f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                (double)f.Value, f.Unit, f.Quantity.Qualifier, f.Row, f.Column, f.Text, .. LocationValues(f.Location),
            ]);
        seq = 0;
        foreach (var f in r.Findings)
            yield return ("findings", [
                r.Name, seq++, f.Rule, f.Category, f.Severity.Name(), f.Message, f.Evidence, f.Expected, f.Actual,
                .. LocationValues(f.Location),
            ]);
        seq = 0;
        foreach (var h in r.Structure?.Outline ?? [])
            yield return ("outline", [r.Name, seq++, h.Level, h.Label, h.Title, h.Category, h.Path,
                string.Join("、", r.Keywords?.Of(h.BlockIndex) ?? [])]);
    }

    private static object?[] LocationValues(Location l) => [l.Section, l.Paragraph, l.Page, l.Table, l.Row, l.Col];

}
