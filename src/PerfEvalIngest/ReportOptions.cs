namespace PerfEvalIngest;

/// <summary>How to process a report: which rubric (null = best match), and the largest file each format
/// accepts.</summary>
public sealed record ReportOptions(string? Rubric = null, bool RunChecks = true)
{
    /// <summary>A text report of a hundred pages is a few hundred kilobytes; past this a .txt is not a report.</summary>
    public long MaxTextBytes { get; init; } = 16L << 20;

    /// <summary>Word, Excel and PDF files carry images; they may be larger.</summary>
    public long MaxBinaryBytes { get; init; } = 200L << 20;

    /// <summary>How long one file may take in a batch before it is reported as <c>timeout</c> and the batch goes on.
    /// Real reports take well under a second each; a file built to stall the reader is stopped here.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Whether a batch into a folder that holds an earlier run's results reuses the reports whose file, tool
    /// version and outputs are unchanged (see <see cref="Output.DatasetBuilder"/>); off, every file is checked again.</summary>
    public bool Resume { get; init; } = true;

    /// <summary>How much memory one file may take in a batch whose files are checked in worker processes
    /// (<see cref="Workers"/>) before it is stopped and reported as <c>too-large</c>.</summary>
    public long MemoryBudget { get; init; } = 1L << 30;

    /// <summary>How to start worker processes: set, a batch checks each file in one (<see cref="Isolation.WorkerPool"/>),
    /// so the time and memory budgets are enforced by stopping the process; null, files are checked in this process.</summary>
    public Isolation.WorkerStart? Workers { get; init; }
}
