namespace PerfEvalIngest.Corpus.Faults;

/// <summary>The kinds of error a reviewer looks for (domain.md, "What a reviewer checks").</summary>
enum FaultType { Sum, Share, Rate, Difference, Unit, Numbering, Enumeration, MissingSection }

static class FaultTypeNames
{
    public static string Name(this FaultType t) => t switch
    {
        FaultType.MissingSection => "missing-section",
        _ => t.ToString().ToLowerInvariant(),
    };

    public static string Rule(this FaultType t) => t switch
    {
        FaultType.Sum => "arithmetic.sum",
        FaultType.Share => "arithmetic.share",
        FaultType.Rate => "arithmetic.rate",
        FaultType.Difference => "arithmetic.difference",
        FaultType.Unit => "unit",
        FaultType.Numbering => "numbering",
        FaultType.Enumeration => "enumeration",
        FaultType.MissingSection => "completeness",
        _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };
}
