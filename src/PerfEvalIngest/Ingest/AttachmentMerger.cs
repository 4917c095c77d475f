using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Ingest;

/// <summary>A workbook read for a submission: its path and what its reader made of it.</summary>
internal sealed record AttachmentDocument(string Path, Document Document);

/// <summary>
/// Joins a submission's main document and the workbooks sent beside it into one document. Each attachment's
/// tables follow the main document's blocks, preceded by a paragraph "附件：&lt;file name without extension&gt;" so
/// that the structure stage sees an attachment heading and the tables get a caption, as an attached 自评表 has on
/// paper. Blocks are numbered again from the start so paragraph and table numbers run on without a gap (the
/// attachment's first table after T3 of the report is T4).
/// </summary>
internal static class AttachmentMerger
{
    public static Document Merge(Document main, IReadOnlyList<AttachmentDocument> attachments)
    {
        var usable = attachments.Where(a => a.Document.Tables.Any()).ToList();
        if (usable.Count == 0) return main;
        var builder = new BlockListBuilder();
        foreach (var block in main.Blocks) Append(builder, block);
        foreach (var attachment in usable)
        {
            builder.AddParagraph("附件：" + System.IO.Path.GetFileNameWithoutExtension(attachment.Path));
            foreach (var table in attachment.Document.Tables) Append(builder, table);
        }
        return main with { Blocks = builder.Blocks };
    }

    /// <summary>What a workbook that gave nothing says about itself: its read error, or that it holds no table.</summary>
    public static ReadError? Problem(AttachmentDocument attachment) =>
        attachment.Document.Error
        ?? (attachment.Document.Tables.Any() ? null : ReadError.Empty("附件中没有表格 / no table in the attachment"));

    private static void Append(BlockListBuilder builder, Block block)
    {
        switch (block)
        {
            case Paragraph p:
                builder.AddParagraph(p.Original, p.Style, p.Location.Page);
                break;
            case Table t:
                builder.AddTable(t.Cells, t.RowCount, t.ColumnCount, t.Location.Page);
                break;
        }
    }
}
