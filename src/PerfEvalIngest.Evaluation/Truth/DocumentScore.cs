namespace PerfEvalIngest.Evaluation.Truth;

/// <summary>How the tool did on one document against its truth. Findings counted are errors and warnings; a
/// finding is matched when it points at an annotated defect, unexplained otherwise.</summary>
internal sealed record DocumentScore(
    string Name,
    DocumentTruth Truth,
    string Status,
    string? ErrorCode,
    bool ReadRight,
    bool KindRight,
    bool TitleRight,
    bool UnitRight,
    bool YearRight,
    int Findings,
    int Matched,
    IReadOnlyList<string> Unexplained,
    int DefectsFound,
    IReadOnlyList<string> DefectsMissed,
    int FiguresRight,
    IReadOnlyList<string> FiguresMissed,
    int TocLinesInOutline,
    int BlankPagesCalledScans,
    bool ScopeRight = true)
{
    public int Defects => DefectsFound + DefectsMissed.Count;
    public int Figures => FiguresRight + FiguresMissed.Count;
}
