using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Checks;

/// <summary>
/// Something a reviewer should look at: the rule that raised it (arithmetic.sum), how serious it is, a message saying
/// in Chinese first what was expected and what was found, the exact source text, and where it is. Its category
/// (arithmetic) is the rule's first part, so the two never disagree.
/// </summary>
public sealed record Finding(
    string Rule,
    Severity Severity,
    string Message,
    string Evidence,
    string? Expected,
    string? Actual,
    Location Location)
{
    /// <summary>The contract's category: the rule id up to its first dot (arithmetic.sum → arithmetic; unit → unit).</summary>
    public string Category => CategoryOf(Rule);

    public static string CategoryOf(string rule) => rule.IndexOf('.', StringComparison.Ordinal) is int dot and >= 0 ? rule[..dot] : rule;

    /// <summary>What tells this finding apart from another of the report: its rule, place, source text and the value
    /// found — and for a finding without a place (a part missing) what it misses. A planted fault is caught by a
    /// finding whose identity the clean report lacks.</summary>
    public string Identity =>
        $"{Rule}|{Location.Describe()}|{Evidence}|{Actual}" + (Location == Location.None ? "|" + Expected : "");
}
