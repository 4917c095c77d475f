using System.Collections.Frozen;

namespace PerfEvalIngest.Output;

/// <summary>The type of a dataset column, as both databases understand it.</summary>
internal enum ColumnType { Text, Integer, Real }

internal sealed record DatasetColumn(string Name, ColumnType Type);

/// <summary>One table of the dataset and the columns that sort its rows (so the file is the same at any --jobs).</summary>
internal sealed record DatasetTable(string Name, IReadOnlyList<DatasetColumn> Columns, string OrderBy, IReadOnlyList<string> Indexes)
{
    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));

    /// <summary>The name of the table's index on <paramref name="column"/>.</summary>
    public string IndexName(string column) => Name + "_" + column;

    /// <summary>A table of a few columns, for working tables that are not part of the dataset.</summary>
    public static DatasetTable Of(string name, params (string Name, ColumnType Type)[] columns) =>
        new(name, columns.Select(c => new DatasetColumn(c.Name, c.Type)).ToList(), columns[0].Name, []);
}

/// <summary>
/// The dataset's tables once, for SQLite and PostgreSQL alike. Every table carries <c>report_id</c> — the source's
/// content hash (or, for a file that could not be hashed, a hash of its path) — which is the key across batches: a
/// report checked again replaces its rows, and a dataset can hold many batches, units and years. <c>report</c> is the
/// report's name in the batch that made it. Columns are only ever added, at the end of a table (contract.md).
/// </summary>
internal static class DatasetSchema
{
    private static DatasetColumn T(string name) => new(name, ColumnType.Text);
    private static DatasetColumn I(string name) => new(name, ColumnType.Integer);
    private static DatasetColumn R(string name) => new(name, ColumnType.Real);

    private static readonly DatasetColumn[] Location = [T("section"), I("paragraph"), I("page"), T("table_id"), I("row_index"), I("col_index")];

    public static DatasetTable Reports { get; } = new("reports",
    [
        T("name"), T("path"), T("format"), T("sha256"), T("status"), T("error_code"), T("error_message"), T("title"), T("unit"),
        I("year"), T("kind"), T("document_kind"), T("rubric_id"), R("rubric_score"), R("rubric_max"), I("errors"), I("warnings"),
        I("infos"), T("tool_version"), T("report_id"), T("scope"), R("rubric_full"), R("rubric_needs_human"),
    ], "report_id", ["report_id", "path", "name"]);

    public static DatasetTable Figures { get; } = new("figures",
    [
        T("report_id"), T("report"), I("seq"), T("concept"), T("label"), T("measure"), T("value"), R("value_num"), T("unit"),
        R("value_wan"), T("origin"), T("text"), .. Location,
    ], "report_id, seq", ["report_id", "concept"]);

    public static DatasetTable Facts { get; } = new("facts",
    [
        T("report"), I("seq"), T("concept"), T("label"), T("measure"), T("value"), R("value_num"), T("unit"), T("qualifier"),
        T("row_label"), T("column_label"), T("text"), .. Location, T("report_id"), R("value_wan"),
    ], "report_id, seq", ["report_id", "concept"]);

    public static DatasetTable Findings { get; } = new("findings",
    [
        T("report"), I("seq"), T("rule"), T("category"), T("severity"), T("message"), T("evidence"), T("expected"), T("actual"),
        .. Location, T("report_id"),
    ], "report_id, seq", ["report_id", "category", "rule"]);

    public static DatasetTable Outline { get; } = new("outline",
    [
        T("report"), I("seq"), I("level"), T("label"), T("title"), T("category"), T("section"), T("keywords"), T("report_id"),
    ], "report_id, seq", ["report_id"]);

    /// <summary>In the order rows are written: a report before what belongs to it.</summary>
    public static IReadOnlyList<DatasetTable> Tables { get; } = [Reports, Figures, Facts, Findings, Outline];

    /// <summary>The table of this name; looked up for every row a batch writes.</summary>
    public static DatasetTable Table(string name) => ByName[name];

    private static readonly FrozenDictionary<string, DatasetTable> ByName =
        Tables.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>CREATE TABLE and CREATE INDEX statements; <paramref name="ifNotExists"/> for a shared database that
    /// may already hold them.</summary>
    public static string Ddl(Func<ColumnType, string> typeName, bool ifNotExists)
    {
        var guard = ifNotExists ? "IF NOT EXISTS " : "";
        var sb = new System.Text.StringBuilder();
        foreach (var t in Tables)
        {
            sb.Append("CREATE TABLE ").Append(guard).Append(t.Name).Append(" (")
              .Append(string.Join(", ", t.Columns.Select(c => c.Name + " " + typeName(c.Type)))).Append(");\n");
            foreach (var column in t.Indexes)
                sb.Append("CREATE INDEX ").Append(guard).Append(t.IndexName(column)).Append(" ON ").Append(t.Name)
                  .Append('(').Append(column).Append(");\n");
        }
        return sb.ToString();
    }
}
