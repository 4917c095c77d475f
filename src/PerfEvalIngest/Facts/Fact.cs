using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Facts;

/// <summary>
/// A quantity the report states, with what it measures: <see cref="Concept"/> (income.total), the wording that
/// named it (<see cref="Label"/>), a <see cref="Measure"/> when the figure is one view of the concept (budget,
/// actual, share), <see cref="Of"/> for a share's whole, the sentence or cell it came from, and its location.
/// Table facts also carry their row and column headers, the row that holds that column header (a 自评表
/// appended under a budget table starts a header row of its own), and the concept the column header names
/// (<see cref="ColumnConcept"/>: indicator.target for 指标目标值), even where the fact's own concept is the row's.
/// </summary>
public sealed record Fact(
    Quantity Quantity,
    string? Concept,
    string? Label,
    string? Measure,
    string? Of,
    string Text,
    Location Location,
    int BlockIndex,
    int SentenceIndex,
    string? Row = null,
    string? Column = null,
    int? HeaderRow = null,
    string? ColumnConcept = null)
{
    public decimal Value => Quantity.Value;
    public string Unit => Quantity.Unit;
    public bool InTable => Location.Table != null;
}
