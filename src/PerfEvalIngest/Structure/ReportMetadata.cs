namespace PerfEvalIngest.Structure;

/// <summary>What the title block and the overview say about the report: its title, unit, year and kind
/// (department-overall, project or unknown), and the attachments it lists.</summary>
public sealed record ReportMetadata(string? Title, string? Unit, int? Year, string Kind, IReadOnlyList<string> Attachments)
{
    public static ReportMetadata Unknown { get; } = new(null, null, null, "unknown", []);
}
