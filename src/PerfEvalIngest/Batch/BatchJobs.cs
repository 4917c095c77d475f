using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace PerfEvalIngest.Batch;

/// <summary>
/// The jobs of a batch: threads that each take the next input, in a given order, and see it through. A report read in
/// this process is read on the job's own thread: handing each file to a thread of its own, and waiting for it, cost a
/// text batch at two jobs a fifth of its time (a thread started per file, and a core left idle while one thread woke
/// the other). The time budget is kept by a watch (the calling thread): a guarded run that outlasts it is finished by
/// the watch as timed out, and a new thread takes the job's place, leaving the stuck one to end unheard.
/// </summary>
internal sealed class BatchJobs
{
    private readonly int[] _order;
    private readonly Action<int, Guard> _run;
    private readonly Action<int> _timedOut;
    private readonly TimeSpan _budget;
    private readonly CountdownEvent _left;
    private readonly List<Guard> _live = [];
    private int _next = -1;
    private ExceptionDispatchInfo? _failure;

    private BatchJobs(int[] order, TimeSpan budget, Action<int, Guard> run, Action<int> timedOut)
    {
        _order = order;
        _budget = budget;
        _run = run;
        _timedOut = timedOut;
        _left = new CountdownEvent(order.Length);
    }

    /// <summary>
    /// Runs <paramref name="run"/> for every index of <paramref name="order"/>, in that order, on
    /// <paramref name="jobs"/> threads. Whatever part of a run goes through <see cref="Guard.Run{T}"/> may take the
    /// time budget at most; past it, <paramref name="timedOut"/> finishes that input instead. Returns once every input
    /// is finished; an exception from a run (a bug) is thrown here once the running inputs are done.
    /// </summary>
    public static void Run(int[] order, int jobs, TimeSpan budget, Action<int, Guard> run, Action<int> timedOut)
    {
        if (order.Length == 0) return;
        var batch = new BatchJobs(order, budget, run, timedOut);
        using (batch._left)
        {
            for (int j = 0; j < Math.Clamp(jobs, 1, order.Length); j++) batch.Start();
            batch.Watch();
        }
        batch._failure?.Throw();
    }

    /// <summary>A job's hold on the input it is running: where the guarded part started, and who finishes it.</summary>
    public sealed class Guard
    {
        internal int Input = -1;
        internal long Since;
        private int _state;
        private const int Outside = 0, Inside = 1, TakenOver = 2;

        /// <summary>Runs <paramref name="work"/> under the time budget: its result, or null when the watch found it over
        /// budget and finished the input itself (the caller then leaves the input alone).</summary>
        public T? Run<T>(Func<T> work) where T : class
        {
            Volatile.Write(ref Since, Stopwatch.GetTimestamp());
            Volatile.Write(ref _state, Inside);
            var result = work();
            return Interlocked.CompareExchange(ref _state, Outside, Inside) == Inside ? result : null;
        }

        internal bool IsTakenOver => Volatile.Read(ref _state) == TakenOver;

        internal bool OverBudget(TimeSpan budget) =>
            Volatile.Read(ref _state) == Inside && Stopwatch.GetElapsedTime(Volatile.Read(ref Since)) > budget;

        internal bool TryTakeOver() => Interlocked.CompareExchange(ref _state, TakenOver, Inside) == Inside;
    }

    private void Start()
    {
        var guard = new Guard();
        lock (_live) _live.Add(guard);
        new Thread(() => Work(guard)) { IsBackground = true, Name = "perfeval job" }.Start();
    }

    private void Work(Guard guard)
    {
        try
        {
            while (Volatile.Read(ref _failure) == null)
            {
                int k = Interlocked.Increment(ref _next);
                if (k >= _order.Length) break;
                guard.Input = _order[k];
                _run(guard.Input, guard);
                // Taken over: the watch finished the input and put another thread in this one's place.
                if (guard.IsTakenOver) return;
                _left.Signal();
            }
        }
#pragma warning disable CA1031 // A bug in a run ends the batch, but from the watch, once the other jobs are done.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
        }
        lock (_live) _live.Remove(guard);
    }

    /// <summary>Waits for every input, looking in on the guarded runs every tenth of a second. After a failure no input
    /// is started and no job replaced; it waits for the jobs still running.</summary>
    private void Watch()
    {
        while (!_left.Wait(TimeSpan.FromMilliseconds(100)))
        {
            List<Guard> live;
            lock (_live) live = [.. _live];
            foreach (var guard in live.Where(g => g.OverBudget(_budget)))
            {
                if (!guard.TryTakeOver()) continue;
                lock (_live) _live.Remove(guard);
                _timedOut(guard.Input);
                _left.Signal();
                if (Volatile.Read(ref _failure) == null) Start();
            }
            if (Volatile.Read(ref _failure) != null)
                lock (_live)
                    if (_live.Count == 0) return;
        }
    }
}
