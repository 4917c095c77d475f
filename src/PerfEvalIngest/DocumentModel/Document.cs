namespace PerfEvalIngest.DocumentModel;

/// <summary>
/// What every reader produces, whatever the format: blocks in reading order. Nothing after the readers knows
/// about file formats. <see cref="Error"/> is set when the read failed; <see cref="Blocks"/> then holds whatever
/// was read before the failure.
/// </summary>
public sealed record Document(SourceInfo Source, IReadOnlyList<Block> Blocks, ReadError? Error = null,
    IReadOnlyList<Figure>? Figures = null,
    IReadOnlyList<ExtractionIssue>? Issues = null)
{
    /// <summary>What the reader could not read in a document it otherwise read.</summary>
    public IReadOnlyList<ExtractionIssue> IssueList => Issues ?? [];

    /// <summary>Images counted by formats that have them (Word); empty for the others.</summary>
    public IReadOnlyList<Figure> FigureList => Figures ?? [];

    public IEnumerable<Paragraph> Paragraphs => Blocks.OfType<Paragraph>();
    public IEnumerable<Table> Tables => Blocks.OfType<Table>();
    public bool Failed => Error != null;
}
