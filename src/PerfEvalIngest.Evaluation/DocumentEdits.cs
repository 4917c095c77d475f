using PerfEvalIngest.Ingest;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Evaluation;

/// <summary>Edits on a read document, each returning a new document: the fault injector works on the model, so it
/// plants the same fault whatever format the report came in.</summary>
internal static class DocumentEdits
{
    /// <summary>Replaces a span of a paragraph (offsets are the same in its printed and folded text).</summary>
    public static Document ReplaceInParagraph(Document document, int blockIndex, int start, int length, string replacement)
    {
        var p = (Paragraph)document.Blocks[blockIndex];
        var original = p.Original[..start] + replacement + p.Original[(start + length)..];
        return WithBlock(document, blockIndex, p with { Original = original, Text = TextFold.Fold(original) });
    }

    /// <summary>Replaces the text of the table cell that starts at a grid position.</summary>
    public static Document ReplaceCell(Document document, int blockIndex, int row, int col, string text)
    {
        var t = (Table)document.Blocks[blockIndex];
        var cells = t.Cells.Select(c => c.Row == row && c.Col == col ? c with { Text = TextFold.Fold(text) } : c).ToList();
        return WithBlock(document, blockIndex, t with { Cells = cells });
    }

    /// <summary>Removes blocks [from, to) and renumbers the rest, as if the section had never been written.</summary>
    public static Document RemoveBlocks(Document document, int from, int to)
    {
        var kept = document.Blocks.Where(b => b.Index < from || b.Index >= to).ToList();
        var renumbered = kept.Select((b, i) => b switch
        {
            Paragraph p => (Block)(p with { Index = i }),
            Table t => t with { Index = i },
            _ => b,
        }).ToList();
        return document with { Blocks = renumbered };
    }

    private static Document WithBlock(Document document, int index, Block block)
    {
        var blocks = document.Blocks.ToList();
        blocks[index] = block;
        return document with { Blocks = blocks };
    }
}
