namespace PerfEvalIngest.Checks;

/// <summary>models/checks/tolerances.json: what widens rounding tolerance, and the trap lists.</summary>
public sealed record CheckTolerances(
    decimal SumExtraRelative,
    decimal ShareExtraPoints,
    decimal RateExtraPoints,
    double UnitSlipMinOrders,
    double UnitSlipMaxOrdersAfterFix,
    int EnumerationMaxCount,
    IReadOnlyList<string> OverlappingCategories,
    IReadOnlyDictionary<string, string> DifferenceWords,
    IReadOnlyList<string> EnumerationClassifiers,
    IReadOnlyList<string> CrossReferenceConcepts,
    IReadOnlyList<string> CrossReferenceTableOnly,
    IReadOnlyList<string> PriorPeriodMarkers,
    IReadOnlyList<string> TotalRowWords)
{
    public static CheckTolerances Load() => ModelDirectory.LoadJson<CheckTolerances>("checks", "tolerances.json");
}
