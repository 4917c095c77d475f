using PerfEvalIngest.Knowledge;
namespace PerfEvalIngest.Facts;

/// <summary>A concept a report states (收入总额 → income.total), its wordings, and the complete sets of parts
/// it decomposes into.</summary>
internal sealed record Concept(
    string Id,
    string Label,
    string Kind,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<IReadOnlyList<string>>? Decompositions = null,
    bool Residual = false,
    string? ImpliedMeasure = null,
    bool YieldsToRow = false)
{
    public IReadOnlyList<IReadOnlyList<string>> Parts => Decompositions ?? [];

    /// <summary>Whether a unit fits the concept: money concepts need money, people concepts 人/名 …</summary>
    public bool Accepts(UnitKind unit) => Kind switch
    {
        "money" => unit == UnitKind.Money,
        "percent" => unit == UnitKind.Percent,
        "people" => unit == UnitKind.People,
        "count" => unit is UnitKind.Count or UnitKind.People,
        _ => true,
    };
}
