namespace PerfEvalIngest.DocumentModel;

/// <summary>
/// Something a reader could not read but that does not make the whole file unreadable: pages of a PDF without a
/// text layer, say. The pipeline reports each as an <c>extraction</c> finding, so the reviewer knows what the checks
/// did not see. A <paramref name="Minor"/> issue is a note, not a warning (a blank last page).
/// </summary>
public sealed record ExtractionIssue(string Code, string Message, Location Location, bool Minor = false);
