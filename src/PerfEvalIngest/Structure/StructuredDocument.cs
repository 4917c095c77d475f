using PerfEvalIngest.DocumentModel;

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

    /// <summary>The text before the first heading or table (the cover and title lines), the 目录 left out, its
    /// paragraphs joined by ｜.</summary>
    public string TitleBlock { get; init; } = "";

    /// <summary>The block's location with its section path filled in.</summary>
    public Location LocationOf(Block block) => block.Location.WithSection(SectionPathOfBlock[block.Index]);

    public bool IsHeading(int blockIndex) => HeadingOfBlock.ContainsKey(blockIndex);

    /// <summary>The last heading at or before a block, found by halving the outline (in block order): a check asks
    /// this for every figure, and an outline may have thousands of headings.</summary>
    public Heading? HeadingAtOrBefore(int blockIndex)
    {
        int lo = 0, hi = Outline.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Outline[mid].BlockIndex <= blockIndex)
            {
                found = mid;
                lo = mid + 1;
            }
            else hi = mid - 1;
        }
        return found < 0 ? null : Outline[found];
    }

    /// <summary>What names a table: its caption and the short lines just above it — a disclosure prints the table's
    /// name a line or two over 「编制单位：…单位：万元」.</summary>
    public string TitleOf(Table table)
    {
        var above = Enumerable.Range(Math.Max(0, table.Index - 3), Math.Min(3, table.Index))
            .Select(i => Document.Blocks[i]).OfType<Paragraph>().Where(p => p.Text.Length <= 60).Select(p => p.Text);
        return string.Join("|", above.Prepend(TableCaptions.GetValueOrDefault(table.Id) ?? ""));
    }
}
