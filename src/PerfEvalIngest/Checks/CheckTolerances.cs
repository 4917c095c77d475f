using PerfEvalIngest.Knowledge;
namespace PerfEvalIngest.Checks;

/// <summary>models/checks/tolerances.json: what widens rounding tolerance, and the trap lists.</summary>
internal sealed partial record CheckTolerances(
    decimal SumExtraRelative,
    decimal ShareExtraPoints,
    decimal RateExtraPoints,
    double UnitSlipMinOrders,
    double UnitSlipMaxOrdersAfterFix,
    int EnumerationMaxCount,
    IReadOnlyList<string> OverlappingCategories,
    IReadOnlyDictionary<string, string> DifferenceWords,
    IReadOnlyList<string> CrossReferenceConcepts,
    IReadOnlyList<string> CrossReferenceTableOnly,
    IReadOnlyList<string> PriorPeriodMarkers,
    IReadOnlyList<string> ScopeWords,
    IReadOnlyList<string> ClauseOnlyScopeWords,
    IReadOnlyList<string> TotalRowWords,
    IReadOnlyList<IReadOnlyList<string>> CompletePartSets,
    IReadOnlyList<string> CountRatioWords,
    IReadOnlyList<string> WholeMarkers,
    IReadOnlyList<GradeBand> GradeBands)
{
    /// <summary>The file's JSON contract, generated at build time: reflection-based reading cost a one-file check
    /// about a fifth of its start-up.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(CheckTolerances))]
    private sealed partial class CheckTolerancesJson : System.Text.Json.Serialization.JsonSerializerContext
    {
    }

    /// <summary>The grade a self-score earns from <see cref="GradeBand.Min"/> up (优 ≥ 90, 良 80–89 …).</summary>
    public string? GradeFor(decimal score) => GradeBands.OrderByDescending(b => b.Min).FirstOrDefault(b => score >= b.Min)?.Grade;

    public static CheckTolerances Load() => ModelDirectory.LoadJson(o => new CheckTolerancesJson(o).CheckTolerances, "checks", "tolerances.json");
}

/// <summary>A grade and the lowest score that earns it.</summary>
internal sealed record GradeBand(string Grade, decimal Min);
