namespace PerfEvalIngest.Benchmarks;

/// <summary>The repository root, found from the benchmark assembly upwards (BenchmarkDotNet runs it from a
/// generated folder below bin/).</summary>
internal static class BenchmarkPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PerfEvalIngest.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("PerfEvalIngest.sln not found above " + AppContext.BaseDirectory);
    }
}
