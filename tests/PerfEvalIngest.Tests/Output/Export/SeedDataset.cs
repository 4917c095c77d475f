using PerfEvalIngest.Batch;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Output.Export;

/// <summary>One batch over the shared seed reports, as `perfeval check` runs it, into a folder of its own: the
/// dataset.sqlite the export tests read. Nothing is built where the seeds are absent (the tests skip).</summary>
public sealed class SeedDataset : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("perfeval-export-").FullName;

    public string Output => Path.Combine(Root, "out");

    public string Dataset => Path.Combine(Output, "dataset.sqlite");

    public SeedDataset()
    {
        if (RepositoryPaths.SeedsPresent) Run();
    }

    /// <summary>Runs the batch (again) into <see cref="Output"/>.</summary>
    public IReadOnlyList<ReportResult> Run(bool fresh = false)
    {
        var (inputs, missing) = InputDiscovery.Discover([RepositoryPaths.Seeds]);
        Assert.Empty(missing);
        return new BatchRunner(TestPipeline.Instance).Run(inputs, new BatchOptions { Resume = !fresh }, jobs: 2, Output);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
