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
    Location Location);
