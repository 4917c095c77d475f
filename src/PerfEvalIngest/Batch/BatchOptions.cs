namespace PerfEvalIngest.Batch;

/// <summary>How a batch runs: how each report is checked (<see cref="Report"/>), and the budgets, resuming and
/// isolation that only a batch has.</summary>
public sealed record BatchOptions
{
    public ReportOptions Report { get; init; } = new();

    /// <summary>How long one file may take in a batch before it is reported as <c>timeout</c> and the batch goes on.
    /// Real reports take well under a second each; a file built to stall the reader is stopped here.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Whether a batch into a folder that holds an earlier run's results reuses the reports whose file, tool
    /// version and outputs are unchanged (see <see cref="Output.DatasetBuilder"/>); off, every file is checked again.</summary>
    public bool Resume { get; init; } = true;

    /// <summary>How much memory one file may take in a batch whose files are checked in worker processes
    /// (<see cref="Workers"/>) before it is stopped and reported as <c>too-large</c>.</summary>
    public long MemoryBudget { get; init; } = 1L << 30;

    /// <summary>How to start worker processes: set, a batch checks each file in one (<see cref="Batch.Workers.WorkerPool"/>),
    /// so the time and memory budgets are enforced by stopping the process; null, files are checked in this process.</summary>
    public Workers.WorkerStart? Workers { get; init; }
}
