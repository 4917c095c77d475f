using PerfEvalIngest.Ingest;
using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Batch.Workers;

/// <summary>
/// One worker process, watched while it checks a file: past the time budget, or past the memory budget (its resident
/// memory, polled; its GC heap is also capped, so it usually fails the file itself first), it is killed and the file
/// fails as <c>timeout</c> or <c>too-large</c>; if it dies (a stack overflow in a dependency), the file fails as
/// <c>internal</c>. Either way the batch goes on with a new process.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastErrors = new();

    /// <summary>The worker's answers, one line each (its bytes, in a pooled buffer, without the line's end), read by a
    /// thread of its own: waiting on them never needs a thread-pool thread, which the batch's own threads may all be
    /// holding (an async read would starve behind them).</summary>
    private readonly System.Collections.Concurrent.BlockingCollection<AnswerLine?> _answers = new();

    /// <summary>Reads <see cref="_answers"/>; it ends once the worker's output closes, and the answers are disposed
    /// only after it has (it adds a last null when the worker is gone).</summary>
    private readonly Thread _reader;

    private sealed record AnswerLine(byte[] Buffer, int Length)
    {
        public ReadOnlySpan<byte> Bytes => Buffer.AsSpan(0, Length);
        public void Return() => ArrayPool<byte>.Shared.Return(Buffer);
    }

    private WorkerProcess(Process process)
    {
        _process = process;
        var reader = _reader = new Thread(ReadAnswers) { IsBackground = true, Name = "perfeval worker reader" };
        reader.Start();
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data == null) return;
            lock (_lastErrors)
            {
                _lastErrors.Enqueue(e.Data);
                if (_lastErrors.Count > 5) _lastErrors.Dequeue();
            }
        };
        _process.BeginErrorReadLine();
    }

    /// <summary>The worker's output as lines of bytes: an answer is decoded once, by its reader, not first into a
    /// string.</summary>
    private void ReadAnswers()
    {
        try
        {
            ByteLines.Split(_process.StandardOutput.BaseStream, (buffer, length) => _answers.Add(new AnswerLine(buffer, length)));
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The worker is gone; the null below says so.
        }
        _answers.Add(null);
    }

    public bool Alive => !_process.HasExited;

    /// <summary>Starts a worker; <paramref name="everyCoreBusy"/> when the batch runs a job on every core.</summary>
    public static WorkerProcess Start(WorkerStart start, string outputDirectory, BatchOptions options, bool everyCoreBusy)
    {
        var info = new ProcessStartInfo(start.Program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        foreach (var a in start.Arguments) info.ArgumentList.Add(a);
        foreach (var a in new[] { "worker", "--out", outputDirectory }) info.ArgumentList.Add(a);
        if (options.Report.Rubric != null)
        {
            info.ArgumentList.Add("--rubric");
            info.ArgumentList.Add(options.Report.Rubric);
        }
        // The GC heap capped at the budget plus room for the tool's own dictionaries and models: a file that needs
        // far more fails inside the worker with OutOfMemoryException, before the process is stopped from outside.
        info.Environment["DOTNET_GCHeapHardLimit"] = "0x" + (options.MemoryBudget + OwnMemoryAllowance).ToString("X", CultureInfo.InvariantCulture);
        // With a job on every core, the runtime's background recompilation of hot code competes with the files: it
        // took a quarter of all processor time of 1,000 mixed files at --jobs 2 on two cores, where workers that run
        // the precompiled code as it is took 0.91× the time. With a core to spare it is free, and worth having (without
        // it --jobs 1 took 1.10× as long).
        if (everyCoreBusy) info.Environment["DOTNET_TieredCompilation"] = "0";
        var worker = new WorkerProcess(Process.Start(info)!);
        worker.AwaitReady();
        return worker;
    }

    /// <summary>What the tool itself may hold beside a file: the runtime, the segmenter's dictionary, the models.</summary>
    private const long OwnMemoryAllowance = 512L << 20;

    /// <summary>The process's resident memory once loaded: a file's budget is counted from here.</summary>
    private long _baseline;

    private void AwaitReady()
    {
        // A worker that does not come up (a broken install) is found by the first file, which then fails as internal.
        if (!_answers.TryTake(out var line, TimeSpan.FromSeconds(60)) || line == null) return;
        if (WorkerProtocol.IsReady(line.Bytes)) _baseline = ResidentBytes();
        line.Return();
    }

    /// <summary>The report's dataset rows, or the error the file fails with when the worker had to be stopped or died
    /// (the worker is then gone).</summary>
    public (List<(string Table, object?[] Values)>? Rows, ReadError? Error) Run(Submission input, BatchOptions options)
    {
        try
        {
            _process.StandardInput.WriteLine(WorkerProtocol.Request(input));
            _process.StandardInput.Flush();
        }
        catch (IOException)
        {
            return (null, Died());
        }
        var clock = Stopwatch.StartNew();
        AnswerLine? line;
        while (!_answers.TryTake(out line, TimeSpan.FromMilliseconds(50)))
        {
            if (clock.Elapsed > options.TimeBudget)
            {
                Kill();
                return (null, new ReadError("timeout",
                    $"处理超时（超过 {options.TimeBudget.TotalSeconds:0} 秒），已停止 / took longer than {options.TimeBudget.TotalSeconds:0} s; stopped"));
            }
            if (ResidentBytes() - _baseline > options.MemoryBudget)
            {
                Kill();
                return (null, new ReadError("too-large",
                    $"处理该文件所需内存超过 {options.MemoryBudget >> 20} MB，已停止 / needed more than {options.MemoryBudget >> 20} MB of memory; stopped"));
            }
        }
        if (line == null) return (null, Died());
        try
        {
            return (WorkerProtocol.ReadResponse(line.Bytes), null);
        }
        finally
        {
            line.Return();
        }
    }

    private ReadError Died()
    {
        _process.WaitForExit(5000);
        string last;
        lock (_lastErrors) last = string.Join(" | ", _lastErrors);
        var code = _process.HasExited ? _process.ExitCode.ToString(CultureInfo.InvariantCulture) : "?";
        return new ReadError("internal",
            $"处理该文件时程序崩溃，请将文件反馈给维护者（退出码 {code}）/ the worker checking this file crashed (exit {code}): {last}");
    }

    private long ResidentBytes()
    {
        try
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>Closes the worker's input, which ends it once it has answered; <see cref="Dispose"/> then waits.</summary>
    public void Finish()
    {
        try
        {
            if (!_process.HasExited) _process.StandardInput.Close();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            // Gone already, or its input closed: Dispose sees to it.
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.StandardInput.Close();
                if (!_process.WaitForExit(5000)) Kill();
            }
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            Kill();
        }
        _process.Dispose();
        // A killed or closed worker's output ends, so the reader finishes; should it not, the answers are left to
        // the collector rather than disposed under its feet.
        if (_reader.Join(TimeSpan.FromSeconds(5))) _answers.Dispose();
    }
}
