namespace PerfEvalIngest.Cli;

/// <summary>
/// A command that reads one file and exits (<c>check --json</c>, <c>extract</c>) allocates a few tens of megabytes: a
/// 25-page PDF about 100 MB, a text report about 20 MB, most of it the knowledge loaded at start. Left to itself the
/// collector ran 14 collections, 4 of them full, while the process loaded its models (their large arrays fill the
/// large-object budget at once); in a profile they took a quarter of its processor time and paused the threads
/// reading the file. Such a process collects nothing until it has allocated <see cref="Budget"/> (one collection sets
/// the memory aside, while the heap is still small); a larger file ends that and is collected as usual.
/// </summary>
internal static class OneFileRun
{
    public const long Budget = 256L << 20, LargeObjects = 64L << 20;

    /// <summary>Sets the process up for <paramref name="path"/>, before the pipeline loads: no collections, and the
    /// file's reader starts its one-time work (<see cref="ReportPipeline.PrepareReaders"/>).</summary>
    public static void Begin(string path)
    {
        CollectorHugePages.Advise();
        SkipCollections();
        ReportPipeline.PrepareReaders([path]);
    }

    /// <summary>The options for the one file: alone in the process, its reader may take every core.</summary>
    public static ReportOptions Alone(ReportOptions options) => options with { ReadThreads = Environment.ProcessorCount };

    private static void SkipCollections()
    {
        try
        {
            GC.TryStartNoGCRegion(Budget, LargeObjects);
        }
        catch (ArgumentOutOfRangeException)
        {
            // The collector cannot set aside that much here (a small heap limit): it collects as usual.
        }
    }
}
