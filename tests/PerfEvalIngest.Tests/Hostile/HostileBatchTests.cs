using PerfEvalIngest.Batch;
namespace PerfEvalIngest.Tests.Hostile;

/// <summary>One batch over the hostile corpus (<see cref="HostileCorpus"/>): every entry gets a report, none ends
/// the batch, none fails inside the tool, and every output is in place — with every file checked in the batch's own
/// process, and with Word, PDF and Excel files checked in worker processes, as the command does by default.</summary>
public sealed class HostileBatchTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("perfeval-hostile-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_hostile_file_gets_a_report_and_none_is_an_internal_error(bool inWorkers)
    {
        var input = Path.Combine(_root, "in");
        var output = Path.Combine(_root, "out");
        int expected = HostileCorpus.Write(input);
        Assert.True(expected >= 80, $"only {expected} hostile entries");

        var (inputs, missing) = InputDiscovery.Discover([input]);
        var results = new BatchRunner(Support.TestPipeline.Instance)
            .Run(inputs, new BatchOptions
            {
                TimeBudget = TimeSpan.FromSeconds(60),
                Workers = inWorkers ? new Batch.Workers.WorkerStart("dotnet", [typeof(PerfEvalIngest.Cli.PerfevalCommandLine).Assembly.Location]) : null,
            }, jobs: 2, output);

        Assert.Empty(missing);
        Assert.Equal(expected, results.Count);
        var internalErrors = results.Where(r => r.Error?.Code is "internal" or "timeout").Select(r => $"{r.Name}: {r.Error!.Message}").ToList();
        Assert.True(internalErrors.Count == 0, string.Join("\n", internalErrors));
        foreach (var r in results)
        {
            Assert.True(File.Exists(Path.Combine(output, "reports", r.Name + ".json")), r.Name);
            Assert.True(File.Exists(Path.Combine(output, "checklists", r.Name + ".md")), r.Name);
        }
        Assert.True(File.Exists(Path.Combine(output, "summary.json")));
        Assert.True(File.Exists(Path.Combine(output, "dataset.sqlite")));
        Assert.Empty(Directory.GetFiles(output, "*.partial", SearchOption.AllDirectories));
    }
}
