namespace PerfEvalIngest.Structure;

/// <summary>What the title block and the overview say about the report: its title, unit, year and kind
/// (department-overall, project or unknown), and the attachments it lists.</summary>
public sealed record ReportMetadata(string? Title, string? Unit, int? Year, string Kind, IReadOnlyList<string> Attachments)
{
    /// <summary>What the document is (<see cref="DocumentKinds"/>): a self-evaluation, a budget or accounts
    /// disclosure, a target table, another kind, or <c>other</c>.</summary>
    public string DocumentKind { get; init; } = DocumentKinds.Other;

    /// <summary>The words that decided <see cref="DocumentKind"/>, for the reviewer to see.</summary>
    public string? KindEvidence { get; init; }

    /// <summary>Whose money the document covers: <c>department</c>, <c>unit</c>, or null (<see cref="DocumentScopes"/>).</summary>
    public string? Scope { get; init; }

    public static ReportMetadata Unknown { get; } = new(null, null, null, "unknown", []);
}
