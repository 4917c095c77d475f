using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Rubrics;

/// <summary>How a report fares against a rubric: the score of what the tool can see, its maximum, and each item
/// with its status (present, missing, partial, needs-human), score and evidence.</summary>
public sealed record RubricResult(string Id, string Title, decimal Score, decimal Max, decimal NeedsHumanMax,
    IReadOnlyList<RubricItemResult> Items);

public sealed record RubricItemResult(
    string Id,
    string Title,
    string Group,
    string Status,
    decimal? Score,
    decimal Max,
    string? Evidence,
    Location? Location);
