using PerfEvalIngest.Model;

namespace PerfEvalIngest.Structure;

/// <summary>
/// The document with its structure: the outline (headings in document order), the section each block belongs to,
/// the metadata, and table captions without their numbering.
/// </summary>
public sealed record StructuredDocument(
    Document Document,
    ReportMetadata Metadata,
    IReadOnlyList<Heading> Outline,
    IReadOnlyList<string?> SectionPathOfBlock,
    IReadOnlyDictionary<int, Heading> HeadingOfBlock,
    IReadOnlyDictionary<string, string?> TableCaptions)
{
    /// <summary>The blocks of the 目录 (its title and entries), kept out of the outline.</summary>
    public IReadOnlySet<int> TableOfContents { get; init; } = new HashSet<int>();

    /// <summary>The block's location with its section path filled in.</summary>
    public Location LocationOf(Block block) => block.Location.WithSection(SectionPathOfBlock[block.Index]);

    public bool IsHeading(int blockIndex) => HeadingOfBlock.ContainsKey(blockIndex);
}
