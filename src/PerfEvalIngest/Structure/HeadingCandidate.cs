using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Structure;

/// <summary>A paragraph that might be a heading, with the title it would have and whether, on its own, it reads
/// like one (short, a title rather than a sentence of figures).</summary>
internal sealed record HeadingCandidate(
    Paragraph Paragraph,
    NumberingLabel? Label,
    NumberingStyle Style,
    int Level,
    string Title,
    bool LooksLikeHeading)
{
    public int BlockIndex => Paragraph.Index;
    public int? Ordinal => Label?.Ordinal;
    public string LabelText => Style == NumberingStyle.Attachment ? "附件" : Label?.Text.Trim() ?? "";
}
