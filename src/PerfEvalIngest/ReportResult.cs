using PerfEvalIngest.Checks;
using PerfEvalIngest.Facts;
using PerfEvalIngest.DocumentModel;
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
    Structure.SectionKeywords? Keywords = null)
{
    /// <summary>The metadata, also of a result slimmed after its outputs were written (<see cref="Slim"/>).</summary>
    public ReportMetadata? Metadata => Structure?.Metadata ?? KeptMetadata;

    private ReportMetadata? KeptMetadata { get; init; }

    /// <summary>The report-level figures (<see cref="KeyFigures"/>); of a slimmed or reused result, only those a batch
    /// still reads after writing its outputs.</summary>
    public IReadOnlyList<KeyFigure> KeyFigures => Facts?.KeyFigures ?? KeptFigures;

    private IReadOnlyList<KeyFigure> KeptFigures { get; init; } = [];

    /// <summary>What a batch keeps of a report once its outputs are written: name, source, error, metadata, the rubric's
    /// score, the key figures the overview reads and each finding's rule, category and severity — enough for the summary and the exit code, not the
    /// document, structure, facts, keywords, rubric items or the findings' texts.</summary>
    public ReportResult Slim() => this with
    {
        Structure = null,
        Facts = null,
        Keywords = null,
        KeptMetadata = Metadata,
        KeptFigures = Bare(KeyFigures),
        Rubric = Rubric == null ? null : Rubric with { Items = [] },
        Findings = Findings.Select(f => new Finding(f.Rule, f.Severity, "", "", null, null, Location.None)).ToList(),
    };

    /// <summary>A report as <see cref="Slim"/> keeps one, from the rows it left in the dataset (an earlier run's, or a
    /// worker process's).</summary>
    internal static ReportResult Kept(string name, SourceInfo source, ReadError? error, ReportMetadata metadata, RubricResult? rubric,
        IReadOnlyList<Finding> findings, IReadOnlyList<KeyFigure>? figures = null) =>
        new(name, source, error, null, null, rubric, findings) { KeptMetadata = metadata, KeptFigures = Bare(figures ?? []) };

    /// <summary>The key figures a batch still reads once a report's outputs are written (the overview's execution rate,
    /// <see cref="PerfEvalIngest.Facts.KeyFigures.KeptAfterWriting"/>), without the sentence each came from and its
    /// place: every figure of 10,000 reports, with its sentence, would make memory grow with the batch.</summary>
    private static IReadOnlyList<KeyFigure> Bare(IReadOnlyList<KeyFigure> figures) =>
        figures.Where(f => PerfEvalIngest.Facts.KeyFigures.KeptAfterWriting(f.Concept))
            .Select(f => f with { Text = "", Location = Location.None }).ToList();

    /// <summary>Whether the report is an earlier run's, kept because nothing it depends on changed.</summary>
    public bool Reused { get; init; }

    public bool Failed => Error != null;
    public string Status => Failed ? "failed" : "ok";
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}
