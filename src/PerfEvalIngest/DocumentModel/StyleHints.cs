namespace PerfEvalIngest.DocumentModel;

/// <summary>
/// What a format says about a paragraph's look. Text dumps say nothing; Word and PDF readers fill what they know,
/// so the structure stage can find headings by typography as well as by numbering.
/// </summary>
public sealed record StyleHints(
    int? HeadingLevel = null,
    bool Bold = false,
    decimal? FontSize = null,
    string? ListLabel = null,
    bool Centered = false)
{
    public static StyleHints None { get; } = new();
}
