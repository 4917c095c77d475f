using PerfEvalIngest.Facts;
using System.Globalization;
using PerfEvalIngest.Checks;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Rubrics;
using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Output;

/// <summary>
/// A report as its dataset rows (<see cref="DatasetWriter.Rows"/>) keep it, read back without the database: what
/// <see cref="ReportResult.Slim"/> keeps, for a report a worker process checked and sent as rows, and for one an earlier
/// run left in the dataset (<see cref="DatasetBuilder.Load"/> reads its rows and hands them here).
/// </summary>
internal static class DatasetRows
{
    public static ReportResult Slim(IReadOnlyList<(string Table, object?[] Values)> rows)
    {
        var report = Row(rows, DatasetSchema.Reports);
        string? Text(string column) => report(column) as string;
        decimal? Points(string column) => report(column) is { } v ? (decimal)Convert.ToDouble(v, CultureInfo.InvariantCulture) : null;
        int? Year = report("year") is { } y ? Convert.ToInt32(y, CultureInfo.InvariantCulture) : null;

        var error = Text("error_code") is { } code ? new ReadError(code, Text("error_message") ?? "") : null;
        var metadata = new ReportMetadata(Text("title"), Text("unit"), Year, Text("kind") ?? "unknown", [])
        {
            DocumentKind = Text("document_kind") ?? DocumentKinds.Other,
            Scope = Text("scope"),
        };
        var rubric = Text("rubric_id") is { } id
            ? new RubricResult(id, "", Points("rubric_score") ?? 0, Points("rubric_max") ?? 0, Points("rubric_needs_human") ?? 0, [])
            : null;
        var source = new SourceInfo(Text("path") ?? "", Text("format") ?? "", Text("sha256") ?? "");

        var findings = Of(rows, DatasetSchema.Findings).Select(f =>
            new Finding((string)f("rule")!, Severities.Parse((string)f("severity")!) ?? Severity.Info, "", "", null, null, Location.None)).ToList();
        var figures = Of(rows, DatasetSchema.Figures).Select(k => new KeyFigure(
            (string)k("concept")!, (string)k("label")!, k("measure") as string,
            decimal.Parse((string)k("value")!, CultureInfo.InvariantCulture), (string)k("unit")!,
            k("value_wan") is { } wan ? (decimal)Convert.ToDouble(wan, CultureInfo.InvariantCulture) : null, (string)k("origin")!,
            new Location(k("section") as string, Int(k("paragraph")), Int(k("page")), k("table_id") as string, Int(k("row_index")), Int(k("col_index"))),
            (string)k("text")!)).ToList();
        return ReportResult.Kept(Text("name")!, source, error, metadata, rubric, findings, figures);
    }

    private static int? Int(object? value) => value is null ? null : Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static Func<string, object?> Row(IReadOnlyList<(string Table, object?[] Values)> rows, DatasetTable table) =>
        Of(rows, table).Single();

    /// <summary>The rows of one table, each as a lookup by column name.</summary>
    private static IEnumerable<Func<string, object?>> Of(IReadOnlyList<(string Table, object?[] Values)> rows, DatasetTable table)
    {
        var index = table.Columns.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        return rows.Where(r => r.Table == table.Name).Select(r => (Func<string, object?>)(column => r.Values[index[column]]));
    }
}
