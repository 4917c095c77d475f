using System.Collections.Concurrent;
using PerfEvalIngest.Batch;

namespace PerfEvalIngest.Tests.BatchWorkers;

public sealed class BatchJobsTests
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);

    [Fact]
    public void One_job_takes_the_inputs_in_the_order_given()
    {
        var seen = new List<int>();
        BatchJobs.Run([3, 0, 2, 1], 1, Long, (i, _) => seen.Add(i), _ => Assert.Fail("nothing is over budget"));
        Assert.Equal([3, 0, 2, 1], seen);
    }

    [Fact]
    public void Two_jobs_run_two_inputs_at_once()
    {
        // Each of the first two runs waits for the other: one thread alone would never get past the barrier.
        using var both = new Barrier(2);
        var finished = new ConcurrentBag<int>();
        BatchJobs.Run([0, 1, 2, 3, 4], 2, Long, (i, guard) =>
        {
            if (i < 2) Assert.True(both.SignalAndWait(TimeSpan.FromSeconds(30)), "the other job never came");
            Assert.Equal("done", guard.Run(() => "done"));
            finished.Add(i);
        }, _ => Assert.Fail("nothing is over budget"));
        Assert.Equal([0, 1, 2, 3, 4], finished.Order());
    }

    [Fact]
    public void A_run_over_budget_is_finished_as_timed_out_and_the_batch_goes_on()
    {
        using var release = new ManualResetEventSlim();
        var finished = new ConcurrentDictionary<int, string>();
        string? late = "not yet";
        var started = DateTime.UtcNow;
        BatchJobs.Run([0, 1, 2, 3], 1, TimeSpan.FromMilliseconds(300), (i, guard) =>
        {
            var result = guard.Run(() =>
            {
                if (i == 1) release.Wait(TimeSpan.FromSeconds(30));
                return "read";
            });
            if (i == 1) late = result;
            if (result != null) Assert.True(finished.TryAdd(i, result));
        }, i => Assert.True(finished.TryAdd(i, "timeout")));
        var took = DateTime.UtcNow - started;

        // The stuck input is finished by the watch, once; the ones after it ran on the job that replaced it.
        Assert.Equal(["read", "timeout", "read", "read"], Enumerable.Range(0, 4).Select(i => finished[i]));
        Assert.True(took < TimeSpan.FromSeconds(20), $"the batch waited for the stuck run ({took})");
        // Released at last, the stuck run learns that its result is no longer wanted.
        release.Set();
        SpinWait.SpinUntil(() => late != "not yet", TimeSpan.FromSeconds(10));
        Assert.Null(late);
        Assert.Equal("timeout", finished[1]);
    }

    [Fact]
    public void A_failing_run_ends_the_batch_with_its_exception_after_the_running_ones()
    {
        var finished = new ConcurrentBag<int>();
        var e = Assert.Throws<InvalidOperationException>(() => BatchJobs.Run(Enumerable.Range(0, 50).ToArray(), 2, Long, (i, _) =>
        {
            if (i == 3) throw new InvalidOperationException("a bug");
            Thread.Sleep(5);
            finished.Add(i);
        }, _ => Assert.Fail("nothing is over budget")));
        Assert.Equal("a bug", e.Message);
        // No new input is started once the failure is known: far fewer than the 49 others ran.
        Assert.InRange(finished.Count, 3, 10);
    }

    [Fact]
    public void No_inputs_no_jobs()
    {
        BatchJobs.Run([], 4, Long, (_, _) => Assert.Fail("no input"), _ => Assert.Fail("no input"));
    }
}
