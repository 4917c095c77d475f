namespace PerfEvalIngest.Tests.Support;

/// <summary>Locations the tests read from, found from the test assembly upwards.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>The reference token streams of the segmenter's conformance tests.</summary>
    public static string SegmentationReference => Path.Combine(Root, "tests", "PerfEvalIngest.Tests", "Segmentation", "Reference");

    /// <summary>The shared seed reports live beside the repository, not in it.</summary>
    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    public static bool SeedsPresent => Directory.Exists(Seeds) && Directory.EnumerateFiles(Seeds, "*.txt").Any();

    /// <summary>The corpus's text reports, and the seed reports when they are present: the real and generated text a
    /// fast path is compared with its plain form on.</summary>
    public static IEnumerable<string> TextReports() => Directory.EnumerateFiles(Path.Combine(Corpus, "reports"), "*.txt")
        .Concat(SeedsPresent ? Directory.EnumerateFiles(Seeds, "*.txt") : []);

    /// <summary>The real pool's truth files, committed (corpus/real/truth).</summary>
    public static string RealTruth => Path.Combine(Root, "corpus", "real", "truth");

    /// <summary>The real pool's documents, never committed: PERFEVAL_REAL, or ../real-pool beside the repository
    /// (corpus/real/lay-out.py puts them there).</summary>
    public static string RealPool =>
        Environment.GetEnvironmentVariable("PERFEVAL_REAL") is { Length: > 0 } set ? set : Path.GetFullPath(Path.Combine(Root, "..", "real-pool"));

    public static bool RealPoolPresent => Directory.Exists(RealPool) && Directory.EnumerateFiles(RealPool, "*", SearchOption.AllDirectories).Any();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PerfEvalIngest.slnx")) || File.Exists(Path.Combine(dir.FullName, "PerfEvalIngest.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException($"no PerfEvalIngest solution above {AppContext.BaseDirectory}");
    }
}
