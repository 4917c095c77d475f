using PerfEvalIngest.Model;

namespace PerfEvalIngest.Checks;

/// <summary>
/// Something a reviewer should look at: the rule that raised it (arithmetic.sum), its category (arithmetic), how
/// serious it is, a message saying in Chinese first what was expected and what was found, the exact source text,
/// and where it is.
/// </summary>
public sealed record Finding(
    string Rule,
    string Category,
    Severity Severity,
    string Message,
    string Evidence,
    string? Expected,
    string? Actual,
    Location Location)
{
    /// <summary>What tells this finding apart from another of the report: its rule, place, source text and the value
    /// found — and for a finding without a place (a part missing) what it misses. A planted fault is caught by a
    /// finding whose identity the clean report lacks.</summary>
    public string Identity =>
        $"{Rule}|{Location.Describe()}|{Evidence}|{Actual}" + (Location == Location.None ? "|" + Expected : "");
}
