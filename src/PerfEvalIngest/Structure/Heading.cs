using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Structure;

/// <summary>
/// A heading of the outline. <see cref="Label"/> is the numbering as printed ("一、", "（二）", "3、", "" when the
/// heading has none); <see cref="Path"/> is the section path of labels from level 1 down ("一、/（二）").
/// </summary>
public sealed record Heading(
    int BlockIndex,
    int Level,
    string Label,
    string Title,
    NumberingStyle Style,
    int? Ordinal,
    string Path,
    int? Parent,
    string? Category,
    Location Location);
