namespace PerfEvalIngest.Output;

/// <summary>One way a reviewer's checklist is written: its file extension and its writer.</summary>
internal sealed record ChecklistFormat(string Extension, Action<ChecklistView, Stream> Write);

/// <summary>
/// The checklist formats a batch writes into checklists/, once: Markdown for a quick read and for diffs, Word for a
/// reviewer who annotates and files it (Word and WPS), HTML for a browser and the batch overview's links. The batch writes, resumes and tidies by this list.
/// </summary>
internal static class ChecklistFormats
{
    public static IReadOnlyList<ChecklistFormat> All { get; } =
    [
        new(".md", (view, stream) => stream.Write(System.Text.Encoding.UTF8.GetBytes(ChecklistWriter.Write(view)))),
        new(".docx", Word.ChecklistDocxWriter.Write),
        new(".html", (view, stream) => stream.Write(System.Text.Encoding.UTF8.GetBytes(Html.ChecklistHtmlWriter.Write(view)))),
    ];
}
