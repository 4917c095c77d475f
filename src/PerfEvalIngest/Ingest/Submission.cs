namespace PerfEvalIngest.Ingest;

/// <summary>One submission and its output name: its main file's path relative to the PATH it was found
/// under, with / replaced by __ (the contract's naming). <see cref="Attachments"/> are the workbooks that belong to
/// the main file and are read into the same report.</summary>
public sealed record Submission(string Path, string Name)
{
    public IReadOnlyList<string> Attachments { get; init; } = [];

    /// <summary>Why the input was refused before any reading (a folder that cannot be listed): its report fails
    /// with this error, so the reviewer sees it among the results.</summary>
    public DocumentModel.ReadError? Refused { get; init; }

    /// <summary>The main file's path as the bytes on disk, for a name that is not UTF-8 (<see cref="RawFileNames"/>);
    /// <see cref="Path"/> then shows it decoded as GB18030.</summary>
    internal byte[]? RawPath { get; init; }

    /// <summary>A single file with the workbooks that belong to it (<see cref="SubmissionFiles.AttachmentsOf"/>).</summary>
    public static Submission Of(string path, string name) => new(path, name) { Attachments = SubmissionFiles.AttachmentsOf(path) };
}
