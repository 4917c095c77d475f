using PerfEvalIngest.Checks;
using PerfEvalIngest.Facts;
using PerfEvalIngest.Model;
using PerfEvalIngest.Rubrics;
using PerfEvalIngest.Structure;

namespace PerfEvalIngest;

/// <summary>
/// Everything the pipeline learned about one file: what was read, its structure and facts, the rubric evaluation
/// and the findings. <see cref="Name"/> is the output name (the path relative to the folder it was found under,
/// with / replaced by __). A failed read still carries whatever was read before the failure.
/// </summary>
public sealed record ReportResult(
    string Name,
    SourceInfo Source,
    ReadError? Error,
    StructuredDocument? Structure,
    FactSet? Facts,
    RubricResult? Rubric,
    IReadOnlyList<Finding> Findings,
    Segmentation.SectionKeywords? Keywords = null)
{
    public bool Failed => Error != null;
    public string Status => Failed ? "failed" : "ok";
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}
