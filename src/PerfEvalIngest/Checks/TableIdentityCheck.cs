using PerfEvalIngest.Facts;
using PerfEvalIngest.Structure;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks;

/// <summary>
/// cross-reference.table-table — "identities between the standard disclosure tables": the 一般公共预算基本支出表's
/// 合计 is the 基本支出 of the 一般公共预算支出表's 合计 row, and so on. The identities are data
/// (models/checks/table-identities.json): each names two cells by table title, row label and column header.
/// </summary>
/// <remarks>Traps: a table is known by its own name (caption or the title lines just above it), never by its
/// position; a name that fits several tables, or a cell that cannot be found, leaves the identity unjudged;
/// rounding and 元 against 万元 (intervals after conversion); an empty table (all zeros or no figures) is not judged.</remarks>
internal sealed partial class TableIdentityCheck : ICheck
{
    /// <summary>The file's JSON contract, generated at build time: reflection-based reading cost a one-file check
    /// about a fifth of its start-up.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(IdentitiesFile))]
    private sealed partial class TableIdentityCheckJson : System.Text.Json.Serialization.JsonSerializerContext
    {
    }

    private const string Rule = "cross-reference.table-table";

    public sealed record CellRef(IReadOnlyList<string> Table, IReadOnlyList<string> Row, IReadOnlyList<string> Column);

    public sealed record Identity(string Id, string Title, CellRef A, CellRef B);

    private sealed record IdentitiesFile(IReadOnlyList<Identity> Identities);

    private readonly IReadOnlyList<Identity> _identities;

    public TableIdentityCheck(IReadOnlyList<Identity> identities) => _identities = identities;

    public static TableIdentityCheck Load() =>
        new(ModelDirectory.LoadJson(o => new TableIdentityCheckJson(o).IdentitiesFile, "checks", "table-identities.json").Identities);

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var structure = context.Structure;
        var titles = structure.Document.Tables.ToDictionary(t => t.Id, structure.TitleOf);
        foreach (var identity in _identities)
        {
            if (Cell(identity.A, titles, context) is not { } a || Cell(identity.B, titles, context) is not { } b) continue;
            if (a.Location.Table == b.Location.Table && a.Location.Row == b.Location.Row && a.Location.Col == b.Location.Col) continue;
            if (!Units.Comparable(a.Unit, b.Unit) || Interval.Of(a.Quantity).Overlaps(Interval.Of(b.Quantity))) continue;
            yield return new Finding(Rule, Severity.Warning,
                $"表间数据不一致（{identity.Title}）：{a.Location.Describe()} 为 {a.Show()}，{b.Location.Describe()} 为 {b.Show()}。/ {identity.Id}: {a.Show()} against {b.Show()}.",
                $"{a.Row}：{a.Column} {a.Quantity.Printed}；{b.Row}：{b.Column} {b.Quantity.Printed}", a.Show(), b.Show(), b.Location);
        }
    }

    /// <summary>The one figure of the one table the reference names, or null.</summary>
    private static Fact? Cell(CellRef cell, IReadOnlyDictionary<string, string> titles, CheckContext context)
    {
        var tables = titles.Where(t => cell.Table.Any(p => TitlePhrase.Matches(t.Value, p))).Select(t => t.Key).ToList();
        if (tables.Count != 1) return null;
        var figures = context.Facts.Facts.Where(f => f.Location.Table == tables[0] && f.Quantity.Kind == UnitKind.Money && f.Quantity.IsExact).ToList();
        if (figures.Count == 0 || figures.All(f => f.Value == 0)) return null;
        foreach (var row in cell.Row)
            foreach (var column in cell.Column)
            {
                var found = figures.Where(f => TitlePhrase.Fold(f.Row ?? "") == row && TitlePhrase.Fold(f.Column ?? "").Contains(column, StringComparison.Ordinal)).ToList();
                if (found.Count == 1) return found[0];
                if (found.Count > 1) return null;
            }
        return null;
    }
}
