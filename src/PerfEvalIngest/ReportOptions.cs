namespace PerfEvalIngest;

/// <summary>How to process a report: which rubric (null = best match), whether to run the checks, and the largest
/// file each format accepts. A batch adds its own (<see cref="Batch.BatchOptions"/>).</summary>
public sealed record ReportOptions(string? Rubric = null, bool RunChecks = true)
{
    /// <summary>A text report of a hundred pages is a few hundred kilobytes; past this a .txt is not a report.</summary>
    public long MaxTextBytes { get; init; } = 16L << 20;

    /// <summary>Word, Excel and PDF files carry images; they may be larger.</summary>
    public long MaxBinaryBytes { get; init; } = 200L << 20;

    /// <summary>Threads one file's reader may use. One, as a batch keeps a report on every core; a file checked alone
    /// may give a long PDF a second core.</summary>
    public int ReadThreads { get; init; } = 1;
}
