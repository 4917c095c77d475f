using PerfEvalIngest.Knowledge;
namespace PerfEvalIngest.Output.Export;

/// <summary>
/// The Chinese names of the dataset's tables and columns (models/output/columns.json), beside their ids: a column's
/// own name in one table over its name everywhere, and the id itself where the file names neither, so a column added
/// to the dataset exports before anyone names it.
/// </summary>
internal sealed partial record ColumnNames(
    IReadOnlyList<string> Order,
    IReadOnlyDictionary<string, string> TableNames,
    IReadOnlyDictionary<string, string> Columns,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Tables)
{
    /// <summary>The file's JSON contract, generated at build time: reflection-based reading cost a one-file check
    /// about a fifth of its start-up.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(ColumnNames))]
    private sealed partial class ColumnNamesJson : System.Text.Json.Serialization.JsonSerializerContext
    {
    }

    private static readonly Lazy<ColumnNames> Default = new(() => ModelDirectory.LoadJson(o => new ColumnNamesJson(o).ColumnNames, "output", "columns.json"));

    /// <summary>The names in models/output/columns.json.</summary>
    public static ColumnNames Load() => Default.Value;

    /// <summary>No names at all: every table and column by its id.</summary>
    public static ColumnNames None { get; } = new([], new Dictionary<string, string>(), new Dictionary<string, string>(),
        new Dictionary<string, IReadOnlyDictionary<string, string>>());

    public string Table(string table) => TableNames.GetValueOrDefault(table) ?? table;

    public string Column(string table, string column) =>
        Tables.GetValueOrDefault(table)?.GetValueOrDefault(column) ?? Columns.GetValueOrDefault(column) ?? column;
}
