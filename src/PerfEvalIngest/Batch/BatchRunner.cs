using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.Output;

namespace PerfEvalIngest.Batch;

/// <summary>
/// Runs the pipeline over many files in parallel and writes every output of the contract: reports/NAME.json and
/// checklists/NAME.md, .docx, .html (<see cref="ChecklistFormats"/>) as each file finishes (so nothing is lost if the batch is stopped), then summary.json,
/// index.html (the batch overview) and dataset.sqlite; outputs an earlier batch left for inputs this one does not have are removed. A batch into a folder
/// that already holds results resumes: a file whose content, tool version and outputs are unchanged is not checked
/// again (<see cref="BatchOptions.Resume"/>), so a stopped batch loses at most the files in flight. A file that cannot be read becomes a failed report; a file that trips a bug in the tool also
/// becomes a failed report (code "internal"), and so does one that overruns its time budget (code "timeout") — the
/// batch goes on either way.
/// </summary>
public sealed class BatchRunner
{
    private readonly ReportPipeline _pipeline;

    public BatchRunner(ReportPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Called after each file with the number done so far and the file's result; from worker threads.</summary>
    public delegate void Progress(int done, int total, ReportResult result);

    public IReadOnlyList<ReportResult> Run(IReadOnlyList<Submission> inputs, BatchOptions options, int jobs,
        string? outputDirectory, Progress? progress = null)
    {
        if (outputDirectory != null)
        {
            Directory.CreateDirectory(Path.Combine(outputDirectory, "reports"));
            Directory.CreateDirectory(Path.Combine(outputDirectory, "checklists"));
        }
        var results = new ReportResult[inputs.Count];
        int done = 0;
        using var dataset = outputDirectory == null ? null : new DatasetBuilder(Path.Combine(outputDirectory, "dataset.sqlite"));
        // The dataset's rows are written by a thread of their own, so workers never wait on the writer; the queue is
        // short, so memory stays flat.
        // A report reaches the writer as a result of this process or as the rows a worker sent.
        using var written = new System.Collections.Concurrent.BlockingCollection<(ReportResult? Result, List<(string Table, object?[] Values)>? Rows)>(boundedCapacity: 16);
        var writer = dataset == null ? Task.CompletedTask : Task.Factory.StartNew(() =>
        {
            foreach (var (result, rows) in written.GetConsumingEnumerable())
                if (result != null) dataset.Add(result);
                else dataset.Add(rows!);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        using var workers = outputDirectory != null && options.Workers is { } start ? new Workers.WorkerPool(start, outputDirectory, options, jobs) : null;
        void Record(int i, ReportResult result)
        {
            results[i] = result;
            progress?.Invoke(Interlocked.Increment(ref done), inputs.Count, result);
        }
        // A report made here: its outputs written, its rows queued for the writer; only what the summary and the
        // caller need is kept, so memory does not grow with the batch.
        void Finish(int i, ReportResult result)
        {
            if (outputDirectory != null)
            {
                result = WriteOrFail(outputDirectory, result);
                written.Add((result, null));
                result = result.Slim();
            }
            Record(i, result);
        }
        // Results keep the inputs' order, whatever order the jobs take them in (LongestFirst).
        BatchJobs.Run(LongestFirst(inputs), jobs, options.TimeBudget, (i, guard) =>
        {
            // A report an earlier run into the same folder finished, for the same file and tool, is not redone.
            if (outputDirectory != null && options.Resume && dataset!.TryReuse(inputs[i], outputDirectory, options.Report.Rubric) is { } kept)
            {
                Record(i, kept);
                return;
            }
            if (workers != null && NeedsWorker(inputs[i]))
            {
                // In a worker process, which keeps the budgets itself, wrote the report's outputs and answers with its
                // dataset rows.
                var (rows, stopped) = workers.Run(inputs[i]);
                if (rows == null)
                {
                    Finish(i, Failed(inputs[i], stopped!));
                    return;
                }
                // The writer adds the rows while the worker goes on to its next file.
                written.Add((null, rows));
                Record(i, Output.DatasetRows.Slim(rows));
                return;
            }
            if (guard.Run(() => RunOne(inputs[i], options)) is { } result) Finish(i, result);
        }, i => Finish(i, TimedOut(inputs[i], options)));
        written.CompleteAdding();
        writer.Wait();

        if (outputDirectory != null)
        {
            WriteAtomically(Path.Combine(outputDirectory, "summary.json"), stream => SummaryWriter.Write(stream, results));
            var rows = results.Select(r => Output.Html.OverviewRow.Of(r, "checklists/" + Uri.EscapeDataString(r.Name + ".html"))).ToList();
            WriteAtomically(Path.Combine(outputDirectory, "index.html"), stream =>
            {
                using var text = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
                Output.Html.BatchOverviewWriter.Write(text, rows, "绩效自评报告审核总览");
            });
            dataset!.Complete();
            RemoveStale(outputDirectory, results);
        }
        return results;
    }

    /// <summary>
    /// The inputs' indexes in the order they are taken: the files a worker reads (Word, PDF, workbooks, which take
    /// several times as long per byte as text) before the text reports, and the larger before the smaller within each.
    /// A batch in path order ended with one job on its last long file while the others had nothing left.
    /// </summary>
    internal static int[] LongestFirst(IReadOnlyList<Submission> inputs)
    {
        var work = inputs.Select(input => (Worker: NeedsWorker(input), Bytes: input.Attachments.Prepend(input.Path).Sum(SizeOf))).ToArray();
        return Enumerable.Range(0, inputs.Count)
            .OrderByDescending(i => work[i].Worker).ThenByDescending(i => work[i].Bytes).ThenBy(i => i)
            .ToArray();
    }

    /// <summary>A file's length, or 0 for one that cannot be read (its own run reports why).</summary>
    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }

    /// <summary>The outputs of an earlier batch into the same folder whose inputs this batch did not have, and the
    /// half-written files of a batch that was stopped: removed, so that reports/ and checklists/ hold exactly what
    /// summary.json lists.</summary>
    private static void RemoveStale(string outputDirectory, IReadOnlyList<ReportResult> results)
    {
        var names = results.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var outputs = ChecklistFormats.All.Select(f => ("checklists", f.Extension)).Prepend(("reports", ".json"));
        foreach (var (folder, extension) in outputs)
            foreach (var file in Directory.EnumerateFiles(Path.Combine(outputDirectory, folder)))
            {
                var name = Path.GetFileName(file);
                bool stale = name.EndsWith(".partial", StringComparison.Ordinal)
                             || (name.EndsWith(extension, StringComparison.Ordinal) && !names.Contains(name[..^extension.Length]));
                if (stale) File.Delete(file);
            }
    }

    /// <summary>Writes a report's outputs; when that fails (a disk full, a name the file system refuses), the report
    /// becomes a failed one that says so, written without its facts if it can be, and the batch goes on.</summary>
    internal static ReportResult WriteOrFail(string outputDirectory, ReportResult result)
    {
        try
        {
            WriteReport(outputDirectory, result);
            return result;
        }
#pragma warning disable CA1031 // One report's outputs must not end the batch; the failure is reported in its place.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var failed = new ReportResult(result.Name, result.Source,
                new ReadError("internal", $"写出该报告的结果时出错：{e.GetType().Name}: {e.Message} / the report's outputs could not be written"),
                null, null, null, []);
            try
            {
                WriteReport(outputDirectory, failed);
            }
#pragma warning disable CA1031
            catch (Exception)
#pragma warning restore CA1031
            {
                // The summary still lists the report as failed.
            }
            return failed;
        }
    }

    /// <summary>One file within its time budget (<see cref="BatchOptions.TimeBudget"/>): past it the file is a failed
    /// report (<c>timeout</c>) and the batch goes on. The work runs on a thread of its own; a file that overruns is
    /// left to finish there and its result is dropped, since .NET cannot stop a thread.</summary>
    public ReportResult RunGuarded(Submission input, BatchOptions options)
    {
        var work = Task.Factory.StartNew(() => RunOne(input, options), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return work.Wait(options.TimeBudget) ? work.Result : TimedOut(input, options);
    }

    private static ReportResult TimedOut(Submission input, BatchOptions options) => Failed(input, new ReadError("timeout",
        $"处理超时（超过 {options.TimeBudget.TotalSeconds:0} 秒），已跳过 / took longer than {options.TimeBudget.TotalSeconds:0} s; skipped"));

    /// <summary>Whether a file is checked in a worker process: every file but plain text, whose cost is bounded by its
    /// size limit (16 MB) and which makes up most of a text batch, where a worker's round trip would cost a third of
    /// the time. Packages (zip bombs, deep XML), PDFs and legacy files are where memory and time run away.</summary>
    private static bool NeedsWorker(Submission input) =>
        input.Attachments.Count > 0 || !Path.GetExtension(input.Path).Equals(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>A report of an input that failed before anything was read of it.</summary>
    private static ReportResult Failed(Submission input, ReadError error) =>
        new(input.Name, new SourceInfo(input.Path, Path.GetExtension(input.Path).TrimStart('.').ToLowerInvariant(), ""), error, null, null, null, []);

    public ReportResult RunOne(Submission input, BatchOptions options)
    {
        try
        {
            return _pipeline.Run(input, options.Report);
        }
        catch (OutOfMemoryException)
        {
            // A worker's heap is capped at the memory budget (BatchOptions.MemoryBudget); this file needs more.
            return Failed(input, new ReadError("too-large",
                $"处理该文件所需内存超过限额（{options.MemoryBudget >> 20} MB），已停止 / needed more memory than a file may take; stopped"));
        }
#pragma warning disable CA1031 // The batch must outlive a bug in one file's processing; the bug is reported, not hidden.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Failed(input, new ReadError("internal",
                $"处理该文件时程序出错，请将文件反馈给维护者：{e.GetType().Name}: {e.Message} / internal error"));
        }
    }

    private static void WriteReport(string outputDirectory, ReportResult result)
    {
        WriteAtomically(Path.Combine(outputDirectory, "reports", result.Name + ".json"), stream => ReportJsonWriter.Write(stream, result));
        var view = ChecklistView.Of(result);
        foreach (var format in ChecklistFormats.All)
            WriteAtomically(Path.Combine(outputDirectory, "checklists", result.Name + format.Extension), stream => format.Write(view, stream));
    }

    private const int OutputBuffer = 1 << 16;

    /// <summary>Writes a file beside its place and renames it there: a batch stopped mid-write leaves the old file or
    /// the new one, never half of one.</summary>
    private static void WriteAtomically(string path, Action<Stream> write)
    {
        var partial = path + ".partial";
        // A report's JSON runs to a hundred kilobytes, which the default 4 KB buffer hands to the file system in a few
        // dozen writes; 64 KB takes two, and stays below the size the runtime keeps on its large-object heap.
        using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, OutputBuffer)) write(stream);
        File.Move(partial, path, overwrite: true);
    }
}
