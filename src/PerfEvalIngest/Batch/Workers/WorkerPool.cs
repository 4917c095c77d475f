using PerfEvalIngest.Ingest;
using System.Collections.Concurrent;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Batch.Workers;

/// <summary>
/// The worker processes of a batch, one per job, started when first needed and replaced when one is stopped or dies.
/// Each file of the batch is checked in one of them, so that no file — however it behaves — can take the batch's
/// memory, stall it past the time budget or crash it.
/// </summary>
internal sealed class WorkerPool : IDisposable
{
    private readonly WorkerStart _start;
    private readonly string _outputDirectory;
    private readonly BatchOptions _options;
    private readonly bool _everyCoreBusy;
    private readonly ConcurrentBag<WorkerProcess> _idle = [];
    private readonly ConcurrentBag<WorkerProcess> _all = [];

    public WorkerPool(WorkerStart start, string outputDirectory, BatchOptions options, int jobs)
    {
        _start = start;
        _outputDirectory = outputDirectory;
        _options = options;
        _everyCoreBusy = jobs >= Environment.ProcessorCount;
    }

    /// <summary>Checks one input in a worker: its dataset rows, or why it failed without any.</summary>
    public (List<(string Table, object?[] Values)>? Rows, ReadError? Error) Run(Submission input)
    {
        if (!_idle.TryTake(out var worker) || !worker.Alive)
        {
            worker = WorkerProcess.Start(_start, _outputDirectory, _options, _everyCoreBusy);
            _all.Add(worker);
        }
        var outcome = worker.Run(input, _options);
        if (worker.Alive) _idle.Add(worker);
        return outcome;
    }

    public void Dispose()
    {
        // Every worker told to finish first, so that they wind down together rather than one after another.
        foreach (var worker in _all) worker.Finish();
        foreach (var worker in _all) worker.Dispose();
    }
}
