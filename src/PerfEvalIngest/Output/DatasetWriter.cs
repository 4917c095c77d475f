using System.Globalization;
using Microsoft.Data.Sqlite;
using PerfEvalIngest.Checks;
using PerfEvalIngest.Facts;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Output;

/// <summary>
/// The comparable dataset across units, years and batches (<see cref="DatasetSchema"/>): one row per report, key
/// figure, fact, finding and heading. Analysts query by concept id (budget.rate) and join on <c>report_id</c>.
/// </summary>
public static class DatasetWriter
{
    /// <summary>Builds the whole dataset from results held in memory (see <see cref="DatasetBuilder"/> for a batch
    /// that streams them).</summary>
    public static void Write(string path, IReadOnlyList<ReportResult> reports)
    {
        using var builder = new DatasetBuilder(path);
        foreach (var r in reports) builder.Add(r);
        builder.Complete();
    }

    internal static void CreateSchema(SqliteConnection connection)
    {
        using var create = connection.CreateCommand();
        // The pragmas first: the tables and indexes are then made without a journal and a sync each. Pages of 16 KB
        // rather than 4: a batch's rows go in with fewer page splits (1,139 text reports at one job took 0.96x the
        // processor time, 1,000 mixed files 0.97x); the dataset the staging file starts from keeps its own size.
        create.CommandText = "PRAGMA page_size = 16384; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + DatasetSchema.Ddl(SqliteType, ifNotExists: false);
        create.ExecuteNonQuery();
    }

    private static string SqliteType(ColumnType type) => type switch
    {
        ColumnType.Integer => "INTEGER", ColumnType.Real => "REAL", _ => "TEXT",
    };

    /// <summary>The key of a report across batches: its content hash, or a hash of its path when it has none (a file
    /// that could not be opened).</summary>
    public static string ReportId(ReportResult r) => ReportId(r.Source.Sha256, r.Source.Path);

    public static string ReportId(string sha256, string path) => sha256.Length > 0
        ? sha256
        : "path:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(path)));

    /// <summary>Every row of one report, as the tables take them (columns in <see cref="DatasetSchema"/> order).</summary>
    internal static IEnumerable<(DatasetTable Table, object?[] Values)> Rows(ReportResult r)
    {
        var id = ReportId(r);
        var meta = r.Metadata;
        yield return (DatasetSchema.Reports, [
            r.Name, r.Source.Path, r.Source.Format, r.Source.Sha256, r.Status, r.Error?.Code, r.Error?.Message,
            meta?.Title, meta?.Unit, meta?.Year, meta?.Kind, meta?.DocumentKind,
            r.Rubric?.Id, r.Rubric?.Score, r.Rubric?.Max, r.Count(Severity.Error), r.Count(Severity.Warning), r.Count(Severity.Info),
            ReportPipeline.Version, id, meta?.Scope, r.Rubric is { } rubric ? rubric.Max + rubric.NeedsHumanMax : null, r.Rubric?.NeedsHumanMax,
        ]);
        int seq = 0;
        foreach (var k in r.KeyFigures)
            yield return (DatasetSchema.Figures, [
                id, r.Name, seq++, k.Concept, k.Name, k.Measure, Invariant(k.Value), (double)k.Value, k.Unit,
                k.ValueWan is decimal wan ? (double)wan : null, k.Origin, k.Text, .. LocationValues(k.Location),
            ]);
        seq = 0;
        foreach (var f in r.Facts?.Facts ?? [])
            yield return (DatasetSchema.Facts, [
                r.Name, seq++, f.Concept, f.Label, f.Measure, Invariant(f.Value), (double)f.Value, f.Unit, f.Quantity.Qualifier,
                f.Row, f.Column, f.Text, .. LocationValues(f.Location), id,
                Units.KindOf(f.Unit) == UnitKind.Money ? (double)(f.Value * Units.Factor(f.Unit) / 10000m) : null,
            ]);
        seq = 0;
        foreach (var f in r.Findings)
            yield return (DatasetSchema.Findings, [
                r.Name, seq++, f.Rule, f.Category, f.Severity.Name(), f.Message, f.Evidence, f.Expected, f.Actual,
                .. LocationValues(f.Location), id,
            ]);
        seq = 0;
        foreach (var h in r.Structure?.Outline ?? [])
            yield return (DatasetSchema.Outline, [r.Name, seq++, h.Level, h.Label, h.Title, h.Category, h.Path,
                string.Join("、", r.Keywords?.Of(h.BlockIndex) ?? []), id]);
    }

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static object?[] LocationValues(Location l) => [l.Section, l.Paragraph, l.Page, l.Table, l.Row, l.Col];
}
